import FuzzSupport
import KithCore

/// The input is a snapshot file (the seeds are real ones); its checksums are not checked, so
/// every change reaches the decoder. Whatever it decodes must answer every question the CLI and
/// the browser ask without trapping, and encode and decode again to the same notes.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSnapshot(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    guard let index = try? SnapshotCodec.decode(bytes, root: "/fuzz", checksums: false) else { return 0 }
    FuzzChecks.answers(index)
    guard let again = try? SnapshotCodec.encode(index) else { return 0 }
    let round = again.withUnsafeBytes { try? SnapshotCodec.decode($0, root: "/fuzz") }
    precondition(round?.notes.map(\.path) == index.notes.map(\.path), "a decoded snapshot encodes to itself")
    return 0
}

runFuzzer { fuzzSnapshot($0, $1) }
