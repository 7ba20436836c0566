import KithCore
import XCTest
@testable import KithUI

/// The action table every key, hint, help line and palette row comes from: complete, one entry
/// per command, no key bound twice in one context.
final class ActionTableTests: XCTestCase {
    func testEveryCommandHasOneEntryWithHelpAndKeys() {
        for cmd in Command.allCases {
            let entries = ActionTable.entries.filter { $0.command == cmd }
            XCTAssertEqual(entries.count, 1, "\(cmd)")
            XCTAssertFalse(entries[0].help.isEmpty, "\(cmd)")
            XCTAssertFalse(entries[0].keys.isEmpty, "\(cmd)")
            XCTAssertFalse(entries[0].contexts.isEmpty, "\(cmd)")
        }
    }

    func testNoKeyBoundTwiceInOneContext() {
        for c in Context.allCases {
            var seen: [Key: Command] = [:]
            for e in ActionTable.entries(in: c) {
                for k in e.keys {
                    XCTAssertNil(seen[k], "\(k.name) bound to \(seen[k].map { "\($0)" } ?? "") and \(e.command) in \(c)")
                    seen[k] = e.command
                }
            }
        }
    }

    func testHelpListsEveryBinding() {
        let lines = HelpText.lines()
        for e in ActionTable.entries {
            XCTAssertTrue(lines.contains(.binding(keys: e.keys.map(\.displayName).joined(separator: " "), help: e.help)), "\(e.command)")
        }
        for c in Context.allCases { XCTAssertTrue(lines.contains(.heading(c.title))) }
    }

    func testKeysMapToCommandsByContext() {
        let k = Keymap.standard
        XCTAssertEqual(k.command(for: .char("j"), in: [.list, .global]), .listDown)
        XCTAssertEqual(k.command(for: .char("j"), in: [.card, .global]), .cardNext)
        XCTAssertEqual(k.command(for: .char("j"), in: [.reader, .global]), .readerDown)
        XCTAssertEqual(k.command(for: .tab, in: [.reader, .global]), .readerNextLink)
        XCTAssertEqual(k.command(for: .char("q"), in: [.card, .global]), .quit)
        XCTAssertEqual(k.command(for: .ctrl("d"), in: [.list, .global]), .listHalfDown)
        XCTAssertEqual(k.command(for: .alt(.left), in: [.reader, .global]), .back)
        // The search line is modal: letters are text, not commands.
        XCTAssertNil(k.command(for: .char("q"), in: [.search]))
        XCTAssertEqual(k.command(for: .ctrl("n"), in: [.search]), .searchNext)
    }
}
