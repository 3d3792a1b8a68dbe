import SandanGraph
import Testing

@Suite("Parallel")
struct ParallelTests {
    @Test("every item is processed once, by the worker round robin assigns it to")
    func roundRobin() {
        // 10 items in chunks of 2 give chunks {0,1} {2,3} {4,5} {6,7} {8,9}; with 3 workers,
        // worker 0 takes chunks 0 and 3, worker 1 chunks 1 and 4, worker 2 chunk 2.
        let workers = Parallel.run(count: 10, threads: 3, chunkSize: 2, makeWorker: { w in (worker: w, items: [Int]()) }) { state, range in
            state.items.append(contentsOf: range)
        }
        #expect(workers.map(\.worker) == [0, 1, 2])
        #expect(workers.map(\.items) == [[0, 1, 6, 7], [2, 3, 8, 9], [4, 5]])
    }

    @Test("no more workers than chunks, and at least one")
    func workerCount() {
        #expect(Parallel.run(count: 2, threads: 8, makeWorker: { $0 }) { _, _ in }.count == 2)
        #expect(Parallel.run(count: 0, threads: 8, makeWorker: { $0 }) { _, _ in }.count == 1)
        #expect(throws: GraphError.self) { try Parallel.checkedThreadCount(0) }
    }
}
