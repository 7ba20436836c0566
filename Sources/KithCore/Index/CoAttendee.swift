/// A person who shares transcripts with another, ranked by how many.
public struct CoAttendee: Hashable, Sendable {
    public var path: String
    public var name: String
    public var shared: Int
}
