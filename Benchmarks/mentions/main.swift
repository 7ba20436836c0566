// Built and run by run.sh against the release objects (not part of the package).
import Foundation
import KithCore
import KithUI

func now() -> Double { Date().timeIntervalSince1970 }
let root = CommandLine.arguments[1]
var t = now()
let index = try VaultLoader.load(root: root)
print(String(format: "index: %d notes, %.0f ms", index.notes.count, (now() - t) * 1000))
t = now()
let filter = MentionFilter(index)
print(String(format: "filter build: %.0f ms, %.1f MB", (now() - t) * 1000, Double(filter.byteCount) / 1e6))
let people = Array(index.people.prefix(40))
var plain: [Double] = [], filtered: [Double] = []
var mismatches = 0, total = 0
for p in people {
    t = now(); let a = index.unlinkedMentions(of: p.path); plain.append(now() - t)
    t = now(); let b = index.unlinkedMentions(of: p.path, filter: filter); filtered.append(now() - t)
    if a != b { mismatches += 1 }
    total += a.count
}
func med(_ x: [Double]) -> Double { x.sorted()[x.count / 2] * 1000 }
func mx(_ x: [Double]) -> Double { x.max()! * 1000 }
print(String(format: "mentions per person (%d people, %d mentions): full scan median %.1f ms max %.1f; filtered median %.2f ms max %.2f; mismatches %d",
             people.count, total, med(plain), mx(plain), med(filtered), mx(filtered), mismatches))

// What a list move costs in the browser: building the selected person's card (the card
// cache is empty for each new person), with the filter as the browser has it.
let today = CalendarDate(year: 2026, month: 11, day: 25)!
var cards: [Double] = []
for p in people {
    t = now()
    _ = CardBuilder.card(for: p.path, in: index, today: today, policy: ContactPolicy(), mentions: filter)
    cards.append(now() - t)
}
print(String(format: "card build per person (with filter): median %.1f ms, max %.1f ms", med(cards), mx(cards)))

// The browser's whole reaction to a loaded index (search structures, mention filter, lists,
// the first card), which runs on the UI thread.
var loaded: [Double] = []
for _ in 0..<3 {
    let start = AppState(vaultName: "v", today: today, cols: 140, rows: 40)
    t = now()
    _ = KithApp.update(start, .indexLoaded(index))
    loaded.append(now() - t)
}
print(String(format: "browser update on index loaded: median %.0f ms (filter build included)", med(loaded)))

