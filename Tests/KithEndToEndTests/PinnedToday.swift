/// The one "today" of the end-to-end tests. Every kith they start gets it as `KITH_TODAY`
/// (`CLI.run`, `TmuxSession`), so no expected age depends on the day the suite runs.
/// `ClockReadTests` keeps calendar reads out of the test sources.
enum PinnedToday {
    /// The sample vault's reference day (`Tests/Fixtures/SampleVault.md`).
    static let sample = "2026-11-25"
}
