/// Where each scratch array of an object lies in its one block of memory: the first pass of
/// making a ``ScratchMemory``.
///
/// ```swift
/// var layout = ScratchLayout()
/// let distanceSlot = layout.add(Int32.self, count: n)
/// let orderSlot = layout.add(Int32.self, count: n)
/// memory = ScratchMemory(layout)
/// distance = memory.buffer(distanceSlot)
/// order = memory.buffer(orderSlot)
/// ```
struct ScratchLayout {
    /// Each array starts on a cache line of its own, so no two arrays share one.
    static let alignment = 64

    private(set) var byteCount = 0

    /// Reserves room for `count` values of `T` (at least one, so that an empty array still has
    /// a valid address) and returns where they lie. O(1).
    mutating func add<T: BitwiseCopyable>(_ type: T.Type, count: Int) -> ScratchSlot<T> {
        precondition(count >= 0, "a negative scratch size")
        precondition(MemoryLayout<T>.alignment <= Self.alignment, "an element aligned beyond a cache line")
        let offset = (byteCount + Self.alignment - 1) / Self.alignment * Self.alignment
        byteCount = offset + Swift.max(1, count) * MemoryLayout<T>.stride
        return ScratchSlot(offset: offset, count: count)
    }
}

/// The place of one array in a ``ScratchLayout``.
struct ScratchSlot<T: BitwiseCopyable> {
    let offset: Int
    let count: Int
}

/// The scratch memory of one object (a search, a worker, a community level): a single
/// allocation holding all of the object's arrays, freed when the object that holds it goes, so
/// no object keeps a list of arrays to free by hand.
///
/// The arrays are plain values (`BitwiseCopyable`: integers, doubles), bound to their types at
/// their slots and never deinitialised; they start uninitialised, as from `allocate`. The
/// typed buffers handed out stay valid as long as this object lives: keep it in a stored
/// property beside them. Allocation is one `allocate` of the layout's size: O(1) plus the
/// allocator's cost; nothing is zeroed.
final class ScratchMemory {
    private let base: UnsafeMutableRawPointer
    private let byteCount: Int

    /// Allocates the memory `layout` describes.
    init(_ layout: ScratchLayout) {
        byteCount = Swift.max(1, layout.byteCount)
        base = .allocate(byteCount: byteCount, alignment: ScratchLayout.alignment)
    }

    deinit { base.deallocate() }

    /// The array at `slot`, as a typed buffer. O(1).
    func buffer<T>(_ slot: ScratchSlot<T>) -> UnsafeMutableBufferPointer<T> {
        precondition(slot.offset + Swift.max(1, slot.count) * MemoryLayout<T>.stride <= byteCount, "a slot of another layout")
        return UnsafeMutableBufferPointer(start: (base + slot.offset).bindMemory(to: T.self, capacity: Swift.max(1, slot.count)),
                                          count: slot.count)
    }

    /// The start of the array at `slot`. O(1).
    func pointer<T>(_ slot: ScratchSlot<T>) -> UnsafeMutablePointer<T> { buffer(slot).baseAddress! }
}
