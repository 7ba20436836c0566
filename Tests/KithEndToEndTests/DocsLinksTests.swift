import Foundation
import XCTest

/// Every relative link in README.md and docs/*.md reaches a file of the checkout and, with a
/// `#fragment`, a heading of that page (GitHub's anchors), so moving a section breaks a test
/// rather than a reader's click.
final class DocsLinksTests: XCTestCase {
    func testEveryRelativeLinkAndAnchorExists() throws {
        var checked = 0
        for page in DocsPage.all() {
            let text = try String(contentsOf: page.url, encoding: .utf8)
            for link in Self.links(in: text) where !link.contains("://") && !link.hasPrefix("mailto:") {
                checked += 1
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? page.url
                    : page.url.deletingLastPathComponent().appendingPathComponent(parts[0]).standardizedFileURL
                guard FileManager.default.fileExists(atPath: target.path) else {
                    XCTFail("\(page.name): link to \(link): no file \(target.path)")
                    continue
                }
                guard parts.count == 2 else { continue }
                let targetText = try String(contentsOf: target, encoding: .utf8)
                XCTAssertTrue(Self.anchors(in: targetText).contains(parts[1]),
                              "\(page.name): link to \(link): \(target.lastPathComponent) has no heading with that anchor")
            }
        }
        XCTAssertGreaterThan(checked, 10, "relative links found")
    }

    func testAnchorsAreGitHubs() {
        XCTAssertEqual(Self.anchors(in: "## `kith export --vcard|--csv|--json [--tag T]`\n## Which folder is the vault\n"),
                       ["kith-export---vcard--csv--json---tag-t", "which-folder-is-the-vault"])
    }

    /// The targets of Markdown links `[text](target)` outside code blocks and code spans.
    static func links(in text: String) -> [String] {
        var out: [String] = []
        var inCode = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            if inCode { continue }
            let prose = line.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            var rest = Substring(prose.joined(separator: " "))
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                out.append(String(after[..<close]))
                rest = after[after.index(after: close)...]
            }
        }
        return out
    }

    /// The anchors GitHub gives the page's headings: lowercased, punctuation dropped but `-`
    /// and `_`, spaces as `-` (repeats numbered, as GitHub does).
    static func anchors(in text: String) -> Set<String> {
        var seen: [String: Int] = [:]
        var out = Set<String>()
        var inCode = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            guard !inCode, line.hasPrefix("#") else { continue }
            let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            var slug = ""
            for ch in title.lowercased() {
                if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { slug.append(ch) }
                else if ch == " " { slug.append("-") }
            }
            let n = seen[slug, default: 0]
            seen[slug] = n + 1
            out.insert(n == 0 ? slug : "\(slug)-\(n)")
        }
        return out
    }
}
