import Foundation
import KithCore
@testable import KithUI

/// `Tests/Fixtures/SeedVault`: the seed person (`Deandre Jackson`, her note exactly as the
/// user's vault has it) with the notes around her: the transcripts her Recent Context links,
/// the owner (Jason Vallery) and the colleagues she meets, a daily note with open tasks.
/// `Tests/Fixtures/SeedVault.md` describes it. For the brief: it must fit 80×24 for her.
enum SeedVault {
    /// Two weeks after her last contact.
    static let today = CalendarDate(year: 2025, month: 11, day: 12)!

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/SeedVault").path

    static func index() -> VaultIndex {
        // The fixture is part of the package: a failure to read it is a broken checkout.
        var index = try! VaultLoader.load(root: root)
        index.buildSeconds = 0  // the status line shows it; keep golden screens stable
        return index
    }
}
