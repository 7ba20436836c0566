import Foundation

/// `fzf --filter QUERY`: the lines matching an fzf query, best first.
///
/// Same matching and order as fzf's defaults (extended syntax, smart case, accent-
/// insensitive unless the term has accents, `--tiebreak=length`): higher score, then
/// shorter trimmed line, then input order. Queries made only of negations keep input
/// order, and an empty query prints every line, as fzf does.
public enum LineFilter {
    /// Filters in-memory lines.
    public static func filter(lines: [Substring], query: String) -> [Substring] {
        let pattern = SearchPattern(query, mode: .fzf)
        if pattern.isEmpty { return lines }
        let chunks = lines.count < 2048 ? 1 : Parallel.cores * 4
        let runs = Parallel.chunks(of: lines.count, into: chunks) { range -> [(key: UInt64, line: Int)] in
            let scorer = LineScorer(pattern)
            var found: [(key: UInt64, line: Int)] = []
            for i in range {
                var line = lines[i]
                let key = line.withUTF8 { scorer.key($0, index: i) }
                if let key { found.append((key, i)) }
            }
            found.sort { $0.key < $1.key }
            return found
        }
        return mergeSorted(runs) { $0.key < $1.key }.map { lines[$0.line] }
    }

    /// Filters newline-separated UTF-8 `input`; returns the matching lines' byte ranges
    /// (without the newline), best first.
    public static func filter(_ input: UnsafeBufferPointer<UInt8>, query: String) -> [Range<Int>] {
        let pattern = SearchPattern(query, mode: .fzf)
        let n = input.count
        guard let base = input.baseAddress, n > 0 else { return [] }
        // Split into byte regions that end on line boundaries, one batch per worker task.
        let chunks = n < 1 << 16 ? 1 : Parallel.cores * 4
        var bounds = [0]
        for c in 1..<chunks {
            var at = max(bounds.last!, c * n / chunks)
            while at < n && at > 0 && base[at - 1] != 0x0A { at += 1 }
            bounds.append(at)
        }
        bounds.append(n)
        let regions = bounds
        nonisolated(unsafe) let text = base
        // Each region's matches, best first, and how many lines it had.
        let scanned = Parallel.map(chunks) { chunk -> (found: [Match], lines: Int) in
            let scorer = LineScorer(pattern)
            var found: [Match] = []
            var lineIndex = 0
            let base = text
            var start = regions[chunk]
            let end = regions[chunk + 1]
            while start < end {
                let nl = memchr(base + start, 0x0A, end - start)
                let stop = nl.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
                let line = UnsafeBufferPointer(start: base + start, count: stop - start)
                if pattern.isEmpty {
                    found.append(Match(key: UInt64(lineIndex), start: start, end: stop))
                } else if let key = scorer.key(line, index: lineIndex) {
                    found.append(Match(key: key, start: start, end: stop))
                }
                lineIndex += 1
                start = stop + 1
            }
            found.sort { $0.key < $1.key }
            return (found, lineIndex)
        }
        var runs = scanned.map(\.found)
        let lineCounts = scanned.map(\.lines)
        // Local line numbers become global ones; the index sits in the key's low bits,
        // so adding a chunk's offset keeps each run sorted.
        var offset: UInt64 = 0
        for c in 0..<chunks {
            if offset > 0 { for i in runs[c].indices { runs[c][i].key += offset } }
            offset += UInt64(lineCounts[c])
        }
        return mergeSorted(runs) { $0.key < $1.key }.map { $0.start..<$0.end }
    }

    /// Reads all of `input`, filters it with `query` and writes the matching lines, each
    /// followed by a newline, to `output`. Returns the number of lines written (fzf exits
    /// with status 1 when it is zero).
    @discardableResult
    public static func run(query: String, input: FileHandle = .standardInput,
                           output: FileHandle = .standardOutput) throws -> Int {
        let buffer = try readAll(input.fileDescriptor)
        defer { buffer.deallocate() }
        let ranges = filter(UnsafeBufferPointer(buffer), query: query)
        var out: [UInt8] = []
        out.reserveCapacity(min(buffer.count + ranges.count, 1 << 24))
        for r in ranges {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[r]))
            out.append(0x0A)
            if out.count >= 1 << 22 {
                try writeAll(output.fileDescriptor, out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try writeAll(output.fileDescriptor, out)
        return ranges.count
    }

    struct Match {
        var key: UInt64
        var start: Int
        var end: Int
    }

    /// Merges sorted runs (pairwise, so each element moves log2(runs) times).
    static func mergeSorted<T>(_ runs: [[T]], by less: (T, T) -> Bool) -> [T] {
        var runs = runs.filter { !$0.isEmpty }
        if runs.isEmpty { return [] }
        while runs.count > 1 {
            var next: [[T]] = []
            var i = 0
            while i < runs.count {
                if i + 1 == runs.count { next.append(runs[i]); break }
                let a = runs[i], b = runs[i + 1]
                var merged: [T] = []
                merged.reserveCapacity(a.count + b.count)
                var x = 0, y = 0
                while x < a.count && y < b.count {
                    // Ties keep the earlier run first (stable).
                    if less(b[y], a[x]) { merged.append(b[y]); y += 1 } else { merged.append(a[x]); x += 1 }
                }
                merged.append(contentsOf: a[x...])
                merged.append(contentsOf: b[y...])
                next.append(merged)
                i += 2
            }
            runs = next
        }
        return runs[0]
    }

    /// Reads a descriptor to its end into one buffer (stdin may be a pipe: no size known).
    static func readAll(_ fd: Int32) throws -> UnsafeMutableBufferPointer<UInt8> {
        var capacity = 1 << 20
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_size > 0 { capacity = Int(st.st_size) + 1 }
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        var count = 0
        while true {
            if count == buffer.count {
                let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
                _ = bigger.initialize(from: buffer)
                buffer.deallocate()
                buffer = bigger
            }
            let r = read(fd, buffer.baseAddress! + count, buffer.count - count)
            if r < 0 {
                if errno == EINTR { continue }
                buffer.deallocate()
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if r == 0 { break }
            count += r
        }
        return UnsafeMutableBufferPointer(rebasing: buffer[..<count])
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let w = write(fd, raw.baseAddress! + done, raw.count - done)
                if w < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                done += w
            }
        }
    }
}
