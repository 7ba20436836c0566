import KithCore
import XCTest
@testable import KithUI

/// The `t` key, config key bindings and per-tag cadences, in the pure update.
final class ThemeKeyTests: XCTestCase {
    func testTCyclesTheThemeThroughAnEffect() {
        let s = TestVault.state(cols: 120, rows: 40)
        XCTAssertEqual(KithApp.update(s, .key(.char("t"))).1, [.cycleTheme])
        XCTAssertEqual(ActionTable.spec(.cycleTheme).keys, [.char("t")])
    }

    func testConfigNamesAreSnakeCase() {
        XCTAssertEqual(Command.listHalfDown.configName, "list_half_down")
        XCTAssertEqual(Role.borderFocus.configName, "border_focus")
        XCTAssertEqual(Band(configName: "selection_inactive"), .selectionInactive)
        XCTAssertEqual(Command(configName: "cycleTheme"), .cycleTheme)
        XCTAssertNil(Command(configName: "launch"))
    }

    func testCustomBindingReplacesTheDefaultKeys() {
        let keymap = KeyBindings.keymap(overriding: [.quit: [.char("x")]])
        let s = TestVault.state(cols: 120, rows: 40)
        XCTAssertEqual(KithApp.update(s, .key(.char("x")), keymap: keymap).1, [.quit])
        XCTAssertEqual(KithApp.update(s, .key(.char("q")), keymap: keymap).1, [], "q no longer quits")
        XCTAssertEqual(KithApp.update(s, .key(.char("q"))).1, [.quit], "the standard keymap is untouched")
    }

    func testARebindingTakesTheKeyFromClashingCommands() {
        // `j` moves down in lists; bound globally to quit, it must quit from a list too.
        let keymap = KeyBindings.keymap(overriding: [.quit: [.char("j")]])
        XCTAssertEqual(keymap.command(for: .char("j"), in: [.list, .global]), .quit)
        XCTAssertEqual(keymap.command(for: .down, in: [.list, .global]), .listDown, "other keys stay")
        XCTAssertEqual(keymap.command(for: .char("j"), in: [.help]), .helpDown, "modal contexts keep theirs")
        // A list-only rebinding leaves the card alone.
        let listOnly = KeyBindings.keymap(overriding: [.listDown: [.char("n")]])
        XCTAssertEqual(listOnly.command(for: .char("n"), in: [.list, .global]), .listDown)
        XCTAssertNil(listOnly.command(for: .char("j"), in: [.list, .global]))
        XCTAssertEqual(listOnly.command(for: .char("j"), in: [.card, .global]), .cardNext)
    }

    func testHelpAndStatusHintsShowReboundKeys() {
        let keymap = KeyBindings.keymap(overriding: [.quit: [.char("x")], .help: [.f(1), .char("H")]])
        let s = KithApp.update(TestVault.state(cols: 120, rows: 40), .tick(at: 0), keymap: keymap).0
        let status = KithApp.render(s).rowText(39)
        XCTAssertTrue(status.contains("x quit") && status.contains("F1 help"), status)
        XCTAssertFalse(status.contains("q quit"), status)
        // The keymap stays with the state: later updates without one keep it.
        let help = KithApp.update(s, .key(.char("H"))).0
        let g = KithApp.render(help)
        let rows = (0..<g.height).map { g.rowText($0) }
        XCTAssertTrue(rows.contains { $0.contains("F1 H") && $0.contains("help") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.range(of: #"│ +x +quit"#, options: .regularExpression) != nil }, rows.joined(separator: "\n"))
        XCTAssertEqual(HelpText.lines(keymap: keymap).count, HelpText.lines().count)
        // The standard keymap still shows the defaults.
        XCTAssertTrue(KithApp.render(TestVault.state(cols: 120, rows: 40)).rowText(39).contains("q quit"))
    }

    func testTagCadenceMarksAPersonStaleSooner() throws {
        var s = TestVault.state(cols: 120, rows: 40)
        let index = try XCTUnwrap(s.index)
        // A person with a tag and a last contact, without a cadence of their own.
        let person = try XCTUnwrap(index.notes.first { n in
            n.kind == .person && !n.tags.isEmpty && ContactCadence.days(of: n) == nil
                && index.lastContact(of: n.parsed.path, today: s.today).map { $0.date.days(until: s.today) > 1 } == true
        })
        let path = person.parsed.path
        XCTAssertEqual(s.contactPolicy.limit(for: person).days, 90)
        s.tagCadences = [person.tags[0].lowercased(): 1, "unrelated": 0]
        XCTAssertEqual(s.contactPolicy.limit(for: person), .init(days: 1, source: .tag(person.tags[0])))
        XCTAssertTrue(index.isDue(path, policy: s.contactPolicy, today: s.today))
    }
}
