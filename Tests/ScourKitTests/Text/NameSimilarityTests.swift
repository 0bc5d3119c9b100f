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
