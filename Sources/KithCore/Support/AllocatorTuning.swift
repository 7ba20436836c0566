#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set for how kith uses memory: an index of hundreds of thousands of small
/// values is built, or decoded from a snapshot, on all cores at once, and working arrays are
/// freed and made again as it goes.
public enum AllocatorTuning {
    /// Bytes the heap grows by beyond each request, and keeps when freed memory at its top
    /// could be given back. By default the heap grows 128 KB at a time and hands back what is
    /// freed above 128 KB, so those pages are faulted in again and zeroed by the kernel each
    /// time: at 100,000 notes a warm start spent about a tenth of its time so (measured with
    /// `kith-bench warmbrowse`, beside `MALLOC_TOP_PAD_`; docs/performance.md). Untouched
    /// padding is address space, not resident memory: peak RSS is unchanged.
    public static let topPad = 64 << 20

    /// Applies the settings; called first thing by each executable, before the heap grows.
    /// `mallopt` is looked up at run time (`<malloc.h>` is not in Swift's Glibc module, and a
    /// C library without it, such as musl, is left as it is).
    public static func apply() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        // RTLD_DEFAULT: the symbol wherever the process has it.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let topPadParameter: Int32 = -2  // M_TOP_PAD
        _ = unsafeBitCast(symbol, to: Mallopt.self)(topPadParameter, Int32(topPad))
        #endif
    }
}
