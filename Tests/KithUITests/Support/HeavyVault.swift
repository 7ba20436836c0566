import Foundation
import KithCore
@testable import KithUI

/// A vault with one heavy person, as the vault's owner is: Jason Vallery is linked from every
/// transcript and named on two lines of each (60 transcripts: 60 backlinking notes, 120 unlinked
/// mentions), more than a card lists of any section.
enum HeavyVault {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    static let jason = "People/Jason Vallery.md"
    static let transcripts = 60

    static func files(transcripts n: Int = transcripts) -> [(String, String)] {
        var files = [
            (jason, "---\nlast_contact: 2026-11-24\n---\n# Jason Vallery\n\n## Profile\n**Role**: Staff Engineer at VAST Data\n"),
            ("People/Ana Lima.md", "---\nlast_contact: 2026-11-20\n---\n# Ana Lima\n\n## Profile\n**Role**: Engineer at Acme\n"),
            ("People/Ben Okoro.md", "---\nlast_contact: 2026-10-01\n---\n# Ben Okoro\n"),
        ]
        for i in 0..<n {
            let day = String(format: "2026-%02d-%02d", 1 + i / 28, 1 + i % 28)
            files.append(("Sources/Transcripts/\(day) - Sync \(i).md", """
            ---
            date: \(day)
            ---
            # Sync \(i)

            Participants: [[Jason Vallery]], [[Ana Lima]]

            Jason Vallery: item \(i) of the plan.
            Ana Lima: and Jason Vallery agreed.
            """))
        }
        return files
    }

    static func index(transcripts n: Int = transcripts) -> VaultIndex {
        VaultIndex(root: "/vault", parsed: files(transcripts: n).map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// The loaded app; `background`: cards are asked of the runtime, as in the browser.
    static func state(cols: Int = 120, rows: Int = 40, background: Bool = false) -> (AppState, [Effect]) {
        var (s, _) = AppState.start(vaultName: "~/vault", today: today, cols: cols, rows: rows)
        s.buildsCardsInBackground = background
        let index = index()
        return KithApp.update(s, .indexLoaded(index, search: SearchIndex(index)))
    }

    /// What the runtime builds for `.buildCard(key)` over the state's index.
    static func build(_ key: DocumentViews.Key, for s: AppState, mentions: CardMentions) -> CardBuild {
        let (view, lists) = DocumentViews.build(key, index: s.index!, policy: s.contactPolicy, today: s.today, mentions: mentions)
        return CardBuild(key: key, generation: s.views.generation, view: view, lists: lists)
    }
}

extension CellGrid {
    /// Every row, for `contains` checks.
    var rows: [String] { (0..<height).map { rowText($0) } }
}
