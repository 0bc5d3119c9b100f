import Testing
@testable import ScourKit

@Suite struct NameSimilarityTests {
    /// The bounded distance that discovery uses must agree with the full one wherever the full
    /// one is within the bound, and stay above the bound elsewhere.
    @Test func boundedDistanceAgreesWithTheFullOne() {
        var rng = SplitMix(seed: 11)
        let symbols = Array("aeioubdgkmnprstvzSZCJjyh".utf8)
        func key() -> [UInt8] { (0..<(3 + Int(rng.next() % 9))).map { _ in symbols[Int(rng.next() % UInt64(symbols.count))] } }
        for _ in 0..<3000 {
            let a = key(), b = rng.next() % 2 == 0 ? key() : Array(a.dropLast()) + [symbols[Int(rng.next() % 5)]]
            let full = NameSimilarity.distance(a, b)
            for bound in [0.5, 1.1, 2.0, 3.0] {
                let bounded = NameSimilarity.distance(a, b, atMost: bound)
                if full <= bound { #expect(abs(bounded - full) < 1e-9, "\(a) \(b)") } else { #expect(bounded > bound, "\(a) \(b)") }
            }
        }
    }

    @Test func transliterationSwapsCostLessThanOtherLetters() {
        let k = { (s: String) in Array(s.utf8) }
        #expect(NameSimilarity.distance(k("tokaev"), k("tokayev")) < NameSimilarity.distance(k("tokaev"), k("tokarev")))
        #expect(NameSimilarity.distance(k("abc"), k("abc")) == 0)
    }
}

extension NameSimilarityTests {
    /// The table the distance is computed with, cell by cell through `substitution` and
    /// `contextual`: the distance's loop must give the same Double to the last bit, within the
    /// bound, for keys with sound symbols, contextual swaps, final vowels and non-ASCII bytes.
    @Test func distanceMatchesTheCellByCellTable() {
        func reference(_ a: [UInt8], _ b: [UInt8]) -> Double {
            let n = a.count, m = b.count
            if n == 0 || m == 0 { return NameSimilarity.distance(a, b) }
            let leadA = a[0] == 0x6A ? 0.4 : NameSimilarity.indel(a[0], last: n == 1)
            let leadB = b[0] == 0x6A ? 0.4 : NameSimilarity.indel(b[0], last: m == 1)
            var previous = [Double](repeating: 0, count: m + 1), current = previous
            let insert = (1...m).map { j in j == 1 ? leadB : NameSimilarity.indel(b[j - 1], last: j == m) }
            for j in 1...m { previous[j] = previous[j - 1] + insert[j - 1] }
            return a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in
                for i in 1...n {
                    let x = a[i - 1], delete = i == 1 ? leadA : NameSimilarity.indel(x, last: i == n)
                    current[0] = previous[0] + delete
                    for j in 1...m {
                        let y = b[j - 1]
                        var swap = NameSimilarity.substitution(x, y, final: i == n && j == m)
                        if swap >= 1, NameSimilarity.hasContextualSwap(x, y) { swap = min(swap, NameSimilarity.contextual(pa, i - 1, pb, j - 1)) }
                        current[j] = min(previous[j - 1] + swap, previous[j] + delete, current[j - 1] + insert[j - 1])
                    }
                    swap(&previous, &current)
                }
                return previous[m]
            } }
        }
        var rng = SplitMix(seed: 29)
        let symbols = Array("aeiouaeiouybdgkmnprstvzlfhSZCJTXjynmbpeo".utf8) + [0xC3, 0xA9, 0x80, 0xFF]
        func key() -> [UInt8] { (0..<(1 + Int(rng.next() % 12))).map { _ in symbols[Int(rng.next() % UInt64(symbols.count))] } }
        for _ in 0..<20000 {
            let a = key()
            var b = a
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let k = Int(rng.next() % UInt64(b.count + 1)), s = symbols[Int(rng.next() % UInt64(symbols.count))]
                switch rng.next() % 3 {
                case 0: b.insert(s, at: k)
                case 1: if k < b.count { b[k] = s }
                default: if k < b.count, b.count > 1 { b.remove(at: k) }
                }
            }
            if rng.next() % 4 == 0 { b = key() }
            let full = reference(a, b)
            #expect(NameSimilarity.distance(a, b).bitPattern == full.bitPattern, "\(a) \(b)")
            for bound in [0.5, 1.1, 2.0, 3.0] {
                let bounded = NameSimilarity.distance(a, b, atMost: bound)
                if full <= bound { #expect(bounded.bitPattern == full.bitPattern, "\(a) \(b)") } else { #expect(bounded > bound, "\(a) \(b)") }
            }
        }
    }
}
