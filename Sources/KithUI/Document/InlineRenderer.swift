import KithCore

/// Renders a line's inline tokens (KithCore's one inline grammar, `InlineToken`) as Obsidian's
/// reading view shows them: markers become roles, links show their text and carry a
/// `LinkDestination`, comments and block IDs are hidden, inline HTML is rendered or dropped to
/// its text, and `<br>` breaks the line. Text outside tokens is shown as written.
struct InlineRenderer {
    let syntax: NoteSyntax
    let links: LinkTargets
    /// Line of each footnote definition (`[^label]: …`) of the note, by label.
    var footnoteLines: [String: Int] = [:]
    /// Render links only; every other construct stays as written (a property value).
    var onlyLinks = false

    /// The display lines of `range` (one, or more where `<br>` breaks it), from the tokens with
    /// indices `tokens` (those outside `range` are skipped). Plain text takes the role `base`.
    func lines(_ range: Range<Int>, tokens: Range<Int>, base: Role) -> [[StyledSpan]] {
        var walk = InlineWalk(base: base)
        var pos = range.lowerBound
        OperationCounter.tick(range.count + tokens.count)
        for t in tokens {
            let token = syntax.tokens[t]
            guard token.range.lowerBound >= pos else { continue }
            guard token.range.lowerBound < range.upperBound else { break }
            walk.text(syntax.string(pos..<token.range.lowerBound))
            render(token, into: &walk)
            pos = min(token.range.upperBound, range.upperBound)
        }
        walk.text(syntax.string(pos..<range.upperBound))
        return walk.finish()
    }

    /// A scanned line's content on one line: breaks become spaces.
    func joined(_ range: Range<Int>, tokens: Range<Int>, base: Role) -> [StyledSpan] {
        var b = SpanBuilder()
        for (i, line) in lines(range, tokens: tokens, base: base).enumerated() {
            if i > 0 { b.append(" ", base) }
            b.append(contentsOf: line)
        }
        return b.spans
    }

    /// One line of Markdown (a summary, an excerpt) rendered on one line, links resolved from
    /// the note at `from` when an index is given.
    static func spans(_ text: String, from path: String, in index: VaultIndex?, base: Role = .text) -> [StyledSpan] {
        let syntax = NoteSyntax(inline: text)
        let renderer = InlineRenderer(syntax: syntax, links: LinkTargets(path: path, index: index))
        return renderer.joined(0..<syntax.bytes.count, tokens: 0..<syntax.tokens.count, base: base)
    }

    /// One line of Markdown as a reader sees it, without styles: links as their text.
    static func plainText(_ text: String) -> String {
        spans(text, from: "", in: nil).map(\.text).joined()
    }

    private func render(_ token: InlineToken, into walk: inout InlineWalk) {
        if onlyLinks {
            switch token.kind {
            case .wikilink, .embed, .markdownLink, .image, .autolink, .url: break
            default: walk.text(syntax.string(token.range)); return
            }
        }
        switch token.kind {
        case .wikilink, .embed:
            guard let link = token.link else { walk.text(syntax.string(token.range)); return }
            let dest = links.destination(link)
            // A label is Markdown too (`[[Functions#hasTag|`hasTag`]]` shows `hasTag`).
            var text = link.label.map { Self.plainText($0) } ?? link.displayText
            // `![[photo.png|200]]` and `|200x100` give a size, not a caption.
            if token.kind == .embed, let label = link.label, label.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "x") }) {
                text = link.subpath.map { "\(link.target) > \($0)" } ?? link.target
            }
            let shown = token.kind == .embed ? "⎘ " + text : text
            walk.link(shown, dest.path == nil ? .unresolved : .link, dest)
        case .markdownLink, .image:
            let label = Self.plainText(syntax.string(token.inner))
            let target = syntax.string(token.destination)
            var shown = label.isEmpty ? target : label
            if token.kind == .image { shown = "⎘ " + shown }
            if let link = token.link {
                let dest = links.destination(link)
                walk.link(shown, dest.path == nil ? .unresolved : .link, dest)
            } else if LinkTargets.hasScheme(target) || target.hasPrefix("//") {
                walk.link(shown, .link, LinkTargets.external(target))
            } else {
                walk.text(shown)
            }
        case .autolink:
            let url = syntax.string(token.destination)
            walk.link(url, .link, LinkTargets.external(LinkTargets.hasScheme(url) ? url : "mailto:" + url))
        case .url:
            let url = syntax.string(token.range)
            walk.link(url, .link, LinkTargets.external(url.hasPrefix("www.") ? "https://" + url : url))
        case .code, .math:
            walk.styled(syntax.string(token.inner), .code)
        case .tag:
            walk.styled(syntax.string(token.range), .tag)
        case .footnote:
            let label = syntax.string(token.inner)
            if let line = footnoteLines[label] {
                walk.link("[\(label)]", .link, LinkDestination(path: links.path, raw: "^" + label, line: line))
            } else {
                walk.styled("[\(label)]", .dim)
            }
        case .escape:
            walk.text(syntax.string(token.inner))
        case .entity:
            walk.text(HTMLEntity.decode(syntax.string(token.inner)) ?? syntax.string(token.range))
        case .comment, .blockID:
            break
        case .html(let closing):
            html(token, closing: closing, into: &walk)
        case .emphasisOpen(let e):
            walk.emphasis(e, by: 1)
        case .emphasisClose(let e):
            walk.emphasis(e, by: -1)
        }
    }

    private func html(_ token: InlineToken, closing: Bool, into walk: inout InlineWalk) {
        let name = syntax.string(token.inner).lowercased()
        let attributes = syntax.string(token.destination)[...]
        if closing { walk.close(name); return }
        switch name {
        case "br", "hr":
            walk.lineBreak()
        case "p":
            if walk.hasText { walk.lineBreak() }
        case "img", "iframe":
            let src = InlineHTML.attribute("src", in: attributes) ?? ""
            let alt = InlineHTML.attribute("alt", in: attributes) ?? ""
            let shown = "⎘ " + (alt.isEmpty ? src : alt)
            if LinkTargets.hasScheme(src) {
                walk.link(shown, .link, LinkTargets.external(src))
            } else if !src.isEmpty {
                let ref = LinkReference(raw: src, target: src.removingPercentEncoding ?? src, style: .markdown, line: 0)
                let dest = links.destination(ref)
                walk.link(shown, dest.path == nil ? .unresolved : .link, dest)
            }
        case "a":
            let href = InlineHTML.attribute("href", in: attributes) ?? ""
            if LinkTargets.hasScheme(href) {
                walk.open(name, link: LinkTargets.external(href))
            } else if !href.isEmpty {
                let ref = LinkReference(raw: href, target: href.removingPercentEncoding ?? href, style: .markdown, line: 0)
                walk.open(name, link: links.destination(ref))
            }
        default:
            // `<b/>` and void elements open nothing.
            guard syntax.byte(token.range.upperBound - 2) != 0x2F else { return }
            // A classed span is a badge in Obsidian (`name<span class="flair">Title</span>`):
            // keep it apart from the word before it.
            if InlineHTML.attribute("class", in: attributes) != nil, walk.hasText, !walk.endsWithSpace { walk.text(" ") }
            walk.open(name, link: nil)
        }
    }
}
