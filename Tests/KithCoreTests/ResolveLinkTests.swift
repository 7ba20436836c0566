import XCTest
@testable import KithCore

/// Obsidian's resolution order: exact path, same folder, shortest path; case-insensitive, NFC.
final class ResolveLinkTests: XCTestCase {
    let resolver = LinkResolver(
        notes: ["Home.md", "Projects/Roadmap.md", "Projects/Archive/Roadmap.md", "Archive/Roadmap.md",
                "People/Zoë Ñúñez.md", "a/b/Note.md", "c/b/Note.md", "x/Note.md", "Daily/2026-01-01.md",
                "Some.Thing.md"],
        attachments: ["Attachments/photo.png", "Projects/spec.pdf"])

    func path(_ t: String, from s: String = "Home.md") -> String? { resolver.resolve(t, from: s).path }

    func testExactPathWinsWithOrWithoutExtension() {
        XCTAssertEqual(path("Projects/Archive/Roadmap"), "Projects/Archive/Roadmap.md")
        XCTAssertEqual(path("Projects/Archive/Roadmap.md"), "Projects/Archive/Roadmap.md")
        XCTAssertEqual(path("/Projects/Roadmap"), "Projects/Roadmap.md")
    }

    func testSameFolderBeatsShorterPathElsewhere() {
        XCTAssertEqual(path("Roadmap", from: "Projects/Archive/Plan.md"), "Projects/Archive/Roadmap.md")
    }

    func testShortestPathWhenNotInSameFolderAndAmbiguityRecorded() {
        let r = resolver.resolve("Roadmap", from: "Daily/2026-01-01.md")
        XCTAssertEqual(r.path, "Archive/Roadmap.md")  // 18 characters beat 19 and 27
        XCTAssertEqual(Set(r.candidates), ["Projects/Roadmap.md", "Projects/Archive/Roadmap.md", "Archive/Roadmap.md"])
    }

    func testFolderPrefixMatchesWholeSegmentsFromTheEnd() {
        XCTAssertEqual(path("b/Note"), "a/b/Note.md")
        XCTAssertNil(path("/Note/x"))
        XCTAssertNil(path("ab/Note"))  // "ab" is not the segment "b"
        XCTAssertEqual(path("c/b/Note"), "c/b/Note.md")
    }

    func testCaseInsensitiveAndNFC() {
        XCTAssertEqual(path("projects/roadmap"), "Projects/Roadmap.md")
        let decomposed = "Zoe\u{0308} N\u{0303}u\u{0301}n\u{0303}ez"
        XCTAssertEqual(path(decomposed), "People/Zoë Ñúñez.md")
        XCTAssertEqual(path("zoë ñúñez"), "People/Zoë Ñúñez.md")
    }

    func testKeysAreLowercasedAsTheStandardLibraryLowercases() {
        let samples = ["People/Zoë Ñúñez.md", "ÉMILE DUBOIS", "ΣΟΦΊΑ Σ", "İstanbul", "STRASSE ẞ", "王芳 Notes",
                       "Café 😀 NOTES/Ärger", "ǅemal Ǉ", "plain ascii", "MiXeD/Path/Ünïcödé.MD", ""]
        for s in samples { XCTAssertEqual(LinkResolver.lowercased(s), s.lowercased(), s) }
        XCTAssertEqual(path("ZOË ÑÚÑEZ"), "People/Zoë Ñúñez.md")
        XCTAssertEqual(path("PEOPLE/zoë ñúñez"), "People/Zoë Ñúñez.md")
    }

    func testAttachmentsNeedTheirExtension() {
        XCTAssertEqual(path("photo.png"), "Attachments/photo.png")
        XCTAssertNil(path("photo"))
        XCTAssertEqual(path("spec.pdf"), "Projects/spec.pdf")
    }

    func testDotsInNoteNamesAndRelativeMarkdownPaths() {
        XCTAssertEqual(path("Some.Thing"), "Some.Thing.md")
        XCTAssertEqual(path("../Home.md", from: "Projects/Roadmap.md"), "Home.md")
        XCTAssertEqual(path("./Archive/Roadmap.md", from: "Projects/Roadmap.md"), "Projects/Archive/Roadmap.md")
    }

    func testUnknownTargetIsUnresolved() {
        XCTAssertNil(path("Nobody"))
        XCTAssertNil(path(""))
    }
}
