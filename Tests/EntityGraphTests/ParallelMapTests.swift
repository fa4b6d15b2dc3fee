import Testing
@testable import EntityGraph

@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsComeInInputOrder(threads: Int) {
        let items = Array(0..<1000)
        var seen: [Int] = []
        ParallelMap.forEachInOrder(items, threads: threads, window: 4, { item in
            // Uneven work, so later items often finish first.
            var x = UInt64(item)
            for _ in 0..<((item * 7919) % 500) { x = x &* 6364136223846793005 &+ 1 }
            return (item, x)
        }, consume: { index, result in
            #expect(index == result.0)
            seen.append(result.0)
        })
        #expect(seen == items)
    }

    @Test func emptyAndSingleInputs() {
        var count = 0
        ParallelMap.forEachInOrder([Int](), threads: 2, window: 8, { $0 }, consume: { _, _ in count += 1 })
        #expect(count == 0)
        #expect(ParallelMap.map([41], threads: 2) { $0 + 1 } == [42])
        #expect(ParallelMap.map(Array(0..<100), threads: 2) { $0 * 2 } == Array(0..<100).map { $0 * 2 })
    }

    @Test(arguments: [(1, 7), (2, 1), (2, 7), (3, 64), (8, 1000)])
    func chunkedMapKeepsOrderAndEveryItem(threads: Int, chunk: Int) {
        for count in [0, 1, 6, 7, 8, 999] {
            let items = Array(0..<count)
            #expect(ParallelMap.map(items, threads: threads, chunk: chunk) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
        }
    }
}
