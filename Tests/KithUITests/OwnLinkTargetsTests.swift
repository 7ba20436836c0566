import Foundation
import XCTest
@testable import KithCore
@testable import KithUI

/// A warm start builds the link resolver in the background and posts the index without
/// waiting for it: a note's own links are drawn as the index resolved them, and only a target
/// the note does not link to needs the resolver.
final class OwnLinkTargetsTests: XCTestCase {
    func testANotesOwnLinksResolveWithoutTheVaultsResolver() throws {
        var unresolved = 0
        for vault in ["SampleVault", "RealWorldVault"] {
            let fresh = try VaultLoader.load(root: DerivedRowsReferenceTests.fixtures.appendingPathComponent(vault).path)
            let bytes = try SnapshotCodec.encode(fresh)
            let warm = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, root: fresh.root) }
            XCTAssertFalse(warm.linkResolverIsBuilt, "\(vault): a warm load leaves the resolver for later")
            var compared = 0, resolved = 0
            for id in 0..<warm.notes.count {
                let note = warm.notes[id]
                let targets = LinkTargets(path: note.path, index: warm)
                for link in note.parsed.links {
                    let expected = link.target.isEmpty ? note.path : fresh.resolve(link.target, from: note.path)
                    XCTAssertEqual(targets.destination(link).path, expected, "\(vault): \(note.path): \(link.raw)")
                    compared += 1
                    if expected != nil { resolved += 1 }
                }
            }
            XCTAssertGreaterThan(resolved, 20, vault)
            unresolved += compared - resolved
            XCTAssertFalse(warm.linkResolverIsBuilt, "\(vault): no link of a note's own needed the resolver")

            // A target the note does not link to is the resolver's.
            let home = try XCTUnwrap(warm.notes.first { n in !n.links.contains { $0.target == warm.people.first?.path } })
            let person = try XCTUnwrap(warm.people.first)
            let link = LinkReference(raw: "[[\(person.name)]]", target: person.name, style: .wiki, line: 1)
            XCTAssertEqual(LinkTargets(path: home.path, index: warm).destination(link).path,
                           fresh.resolve(person.name, from: home.path), vault)
            XCTAssertTrue(warm.linkResolverIsBuilt, vault)
        }
        XCTAssertGreaterThan(unresolved, 0, "unresolved links are drawn as such too")
    }
}
