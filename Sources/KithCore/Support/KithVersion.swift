/// kith's version, in one place: `kith --version` prints it, the man page carries it, and
/// anything that must tell one kith's files from another's (a cache format) reads it here.
public enum KithVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
