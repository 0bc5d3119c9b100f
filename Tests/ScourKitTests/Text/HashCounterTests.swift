import Testing
@testable import ScourKit

/// HashCounter: counts by hash, growth, merging (in bulk) and the zero hash.
struct HashCounterTests {
    @Test func countsAddUpAndMissingKeysAreZero() {
        var counter = HashCounter(capacity: 4)
        counter.add(7)
        counter.add(7, 2)
        counter.add(0)          // zero is a valid hash, stored apart from empty slots
        #expect(counter[7] == 3)
        #expect(counter[0] == 1)
        #expect(counter[8] == 0)
        #expect(counter.count == 2)
    }

    @Test func mergeGrowsOnceAndMatchesAddingOneByOne() {
        var a = HashCounter(capacity: 4), b = HashCounter(capacity: 4), expected = HashCounter(capacity: 4)
        for k in 1...500 as ClosedRange<UInt64> {
            let hash = k &* 0x9E37_79B9_7F4A_7C15
            a.add(hash, Int(k % 3) + 1)
            expected.add(hash, Int(k % 3) + 1)
        }
        for k in 250...1_000 as ClosedRange<UInt64> {
            let hash = k &* 0x9E37_79B9_7F4A_7C15
            b.add(hash, 2)
            expected.add(hash, 2)
        }
        b.add(0, 5)
        expected.add(0, 5)
        a.merge(b)
        #expect(a.count == 1_001)
        #expect(a == expected)
        #expect(a[250 &* 0x9E37_79B9_7F4A_7C15] == 250 % 3 + 1 + 2)
        #expect(a[0] == 5)
        // Merging into an empty counter and merging an empty one change nothing else.
        var empty = HashCounter()
        empty.merge(a)
        #expect(empty == a)
        a.merge(HashCounter())
        #expect(empty == a)
    }

    @Test func addingABatchMatchesAddingOneByOne() {
        // Repeats, the zero hash, and enough new keys to grow the table several times mid-batch.
        var hashes: [UInt64] = []
        for k in 0..<3_000 as Range<UInt64> { hashes.append((k % 1_100) &* 0x9E37_79B9_7F4A_7C15) }
        var batched = HashCounter(capacity: 4), single = HashCounter(capacity: 4)
        batched.add(5, 3)
        single.add(5, 3)
        hashes.withUnsafeBufferPointer { batched.add($0) }
        for hash in hashes { single.add(hash) }
        #expect(batched == single)
        #expect(batched.count == 1_101)
        #expect(batched.pairs.map(\.0) == single.pairs.map(\.0))   // the same table, slot by slot
        var none = HashCounter()
        [UInt64]().withUnsafeBufferPointer { none.add($0) }
        #expect(none.count == 0)
    }

    @Test func countsOfManyHashesMatchTheSubscript() {
        var counter = HashCounter(capacity: 4)
        for k in 0..<2_000 as Range<UInt64> { counter.add(k &* 0x9E37_79B9_7F4A_7C15, Int(k % 5)) }
        counter.add(0, 3)
        // Present, absent (some probing past full slots) and the zero hash.
        let asked: [UInt64] = (0..<4_000 as Range<UInt64>).map { $0 &* 0x9E37_79B9_7F4A_7C15 } + [0, 1, 12_345]
        var counts = [Int](repeating: -1, count: asked.count)
        asked.withUnsafeBufferPointer { asked in counts.withUnsafeMutableBufferPointer { counter.counts(of: asked, into: $0) } }
        #expect(counts == asked.map { counter[$0] })
    }
}

