import Foundation

/// The name of an entry returned by `readdir`, read in place.
///
/// A `dirent` from `readdir` is only as long as its name (`d_reclen`), so copying the
/// 256-byte `d_name` field (what `withUnsafePointer(to: entry.pointee.d_name)` does) reads past
/// the record: AddressSanitizer reports it when the entry sits at the end of the buffer.
func directoryEntryName(_ entry: UnsafeMutablePointer<dirent>) -> UnsafePointer<CChar> {
    UnsafeRawPointer(entry).advanced(by: direntNameOffset).assumingMemoryBound(to: CChar.self)
}

private let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
