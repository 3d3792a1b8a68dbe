import Glibc

/// A scratch buffer of doubles for an iterative solve, in memory the kernel may back with
/// transparent huge pages (2 MiB) when it is large enough to fill one.
///
/// Fresh memory costs a page fault and the zeroing of each 4 KiB page on first write: on the
/// 2-core virtual machines this project runs on, about 2.5 µs a page, so the 6 MiB of a
/// Lanczos basis on a graph of 50,000 nodes cost 3–4 ms, a fifth of the solve (a C program
/// touching 6 MiB: 2.3–4.2 ms in 4 KiB pages, 0.23–0.62 ms in huge pages in 38 of 40 runs).
/// Buffers of at least ``threshold`` bytes are mapped on their own, aligned to 2 MiB, and
/// marked `MADV_HUGEPAGE` (honoured when the system's `transparent_hugepage/enabled` is
/// `always` or `madvise`, the common defaults; otherwise they get small pages as before). When
/// no huge page is free the kernel may first compact memory: 2 of those 40 runs took 18 and
/// 27 ms. Smaller buffers come from `malloc`.
///
/// The memory starts uninitialised, as from `allocate`; ``deallocate()`` returns it.
struct HugePageBuffer {
    /// The size of a transparent huge page on x86-64 and of the alignment asked for.
    static let hugePage = 2 << 20

    /// Buffers from this many bytes are mapped for huge pages: a huge page's zeroing (about
    /// 0.15 ms) then costs less than the faults of the small pages it replaces.
    static let threshold = 1 << 19

    let buffer: UnsafeMutableBufferPointer<Double>
    /// The whole mapping (nil when the buffer came from malloc) and its length.
    private let mapping: UnsafeMutableRawPointer?
    private let mappedBytes: Int

    /// Room for `count` doubles. O(1) work (the pages are faulted in on first write).
    init(count: Int) {
        let bytes = count * MemoryLayout<Double>.stride
        let rounded = (bytes + Self.hugePage - 1) / Self.hugePage * Self.hugePage
        let length = rounded + Self.hugePage
        if bytes >= Self.threshold,
           let raw = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           raw != MAP_FAILED {
            let start = (Int(bitPattern: raw) + Self.hugePage - 1) / Self.hugePage * Self.hugePage
            let aligned = UnsafeMutableRawPointer(bitPattern: start)!
            _ = madvise(aligned, rounded, MADV_HUGEPAGE)
            buffer = UnsafeMutableBufferPointer(start: aligned.bindMemory(to: Double.self, capacity: count), count: count)
            mapping = raw
            mappedBytes = length
        } else {
            buffer = .allocate(capacity: count)
            mapping = nil
            mappedBytes = 0
        }
    }

    /// Returns the memory. Call once, after the last use of ``buffer``.
    func deallocate() {
        if let mapping { munmap(mapping, mappedBytes) } else { buffer.deallocate() }
    }
}
