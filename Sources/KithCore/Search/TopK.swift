/// Selection of the k smallest elements, in order, without sorting everything when k is
/// small (the usual case: a screenful of hits out of 100,000).
enum TopK {
    static func smallest<T>(_ items: [T], _ k: Int, by less: (T, T) -> Bool) -> [T] {
        let k = min(max(k, 0), items.count)
        if k == 0 { return [] }
        if k * 8 >= items.count { return Array(items.sorted(by: less).prefix(k)) }
        // Max-heap of the best k seen so far: its root is the worst kept element.
        var heap: [T] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && less(heap[m], heap[l]) { m = l }
                if r < heap.count && less(heap[m], heap[r]) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for item in items {
            if heap.count < k {
                heap.append(item)
                var i = heap.count - 1
                while i > 0 && less(heap[(i - 1) / 2], heap[i]) {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if less(item, heap[0]) {
                heap[0] = item
                siftDown(0)
            }
        }
        return heap.sorted(by: less)
    }
}
