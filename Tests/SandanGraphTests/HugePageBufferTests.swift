@testable import SandanGraph
import Testing

/// The solvers' large scratch buffers (`HugePageBuffer`): from the threshold up they start on a
/// 2 MiB boundary (so the kernel can back them with huge pages) and every entry can be written
/// and read back; smaller ones come from malloc.
@Suite("Huge-page buffers")
struct HugePageBufferTests {
    @Test("large buffers are aligned to 2 MiB and usable over their whole length; small ones too",
          arguments: [10, HugePageBuffer.threshold / 8 - 1, HugePageBuffer.threshold / 8, 700_001])
    func buffers(count: Int) {
        let scratch = HugePageBuffer(count: count)
        defer { scratch.deallocate() }
        let buffer = scratch.buffer
        #expect(buffer.count == count)
        let address = Int(bitPattern: buffer.baseAddress)
        if count * 8 >= HugePageBuffer.threshold {
            #expect(address % (2 << 20) == 0, "\(count) doubles at \(address)")
        }
        for i in 0..<count { buffer[i] = Double(i) }
        #expect((0..<count).allSatisfy { buffer[$0] == Double($0) })
    }
}
