/// How far apart two name keys are, in edits weighted by how often transliterations make them:
/// swapping sounds that romanizations write differently (s/z, sh/zh, ch/kh, i/y, k/g, o/u) costs
/// a fraction of an edit, a vowel or an `h` coming and going about half, any other change a
/// full edit or more. The allowance grows with the length of the name, so short names must match exactly.
public enum NameSimilarity {
    /// Weighted edit distance between two keys.
    public static func distance(_ a: [UInt8], _ b: [UInt8]) -> Double {
        distance(a, b, atMost: .infinity)
    }

    /// The distance when it is at most `bound`, else some value above `bound`. Costs are never
    /// negative, so once a whole row of the table exceeds the bound the result will too: most
    /// pairs in a block are far apart and stop after a few rows.
    public static func distance(_ a: [UInt8], _ b: [UInt8], atMost bound: Double) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, atMost: bound) } }
    }

    /// `distance(_:_:atMost:)` on keys read in place (discovery's anchors sit in one byte arena).
    /// Discovery calls this for most pairs in a block (840,000 times on a large corpus), so a
    /// cell reads its swap from the row of `pairCosts` for its symbol of `a`, indexed by the byte
    /// of `b`, and only the pairs marked there ask `contextual`; the final cell's vowel rule is
    /// applied after its row; the rows of keys up to 64 symbols sit in a buffer of constant size
    /// (a variable one costs a runtime check per call). The sums and minimums are the same as
    /// cell by cell through `substitution`, so the result is the same to the last bit.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atMost bound: Double) -> Double {
        let n = a.count, m = b.count
        if n == 0 { return b.reduce(0) { $0 + indel($1, last: false) } }
        if m == 0 { return a.reduce(0) { $0 + indel($1, last: false) } }
        // A leading j is a glide in German, Polish and Dutch spellings (Jekaterin/Yekaterin).
        let leadA = a[0] == 0x6A ? 0.4 : indel(a[0], last: n == 1)
        let leadB = b[0] == 0x6A ? 0.4 : indel(b[0], last: m == 1)
        let table = pairCosts
        func rows(in buffer: UnsafeMutableBufferPointer<Double>) -> Double {
            var previous = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...(2 * m + 1)])
            // The cost of inserting each symbol of `b`, worked out once rather than once per row.
            let insertCost = UnsafeMutableBufferPointer(rebasing: buffer[(2 * m + 2)..<(3 * m + 2)])
            for j in 1...m { insertCost[j - 1] = j == 1 ? leadB : indel(b[j - 1], last: j == m) }
            previous[0] = 0
            for j in 1...m { previous[j] = previous[j - 1] + insertCost[j - 1] }
            for i in 1...n {
                let x = a[i - 1]
                let costs = table + (Int(x) << 8)
                let deleteCost = i == 1 ? leadA : indel(x, last: i == n)
                // The cell to the left stays in a register: read back from `current`, it put a
                // store and a load on the chain that runs along the row.
                var left = previous[0] + deleteCost
                current[0] = left
                var rowMinimum = left
                for j in 1...m {
                    var swap = costs[Int(b[j - 1])]
                    if swap < 0 { swap = min(-swap, contextual(a, i - 1, b, j - 1)) }
                    left = min(previous[j - 1] + swap, previous[j] + deleteCost, left + insertCost[j - 1])
                    current[j] = left
                    rowMinimum = min(rowMinimum, left)
                }
                if i == n, let swap = finalVowelSwap(x, b[m - 1]) {
                    // Never more than the cost the loop used, so the row's minimum stays a minimum.
                    current[m] = min(previous[m - 1] + swap, previous[m] + deleteCost, current[m - 1] + insertCost[m - 1])
                    rowMinimum = min(rowMinimum, current[m])
                }
                if rowMinimum > bound { return rowMinimum }
                Swift.swap(&previous, &current)
            }
            return previous[m]
        }
        if m <= 64 { return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * 65) { rows(in: $0) } }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * (m + 1)) { rows(in: $0) }
    }

    /// The largest distance accepted for keys whose longer one has `length` symbols.
    public static func allowance(forLength length: Int) -> Double {
        switch length {
        case ...4: return 0
        case 5...6: return 0.5
        case 7...8: return 0.6
        case 9...11: return 1.1
        case 12...15: return 1.2
        default: return 1.5
        }
    }

    public static func isVariant(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let limit = allowance(forLength: max(a.count, b.count))
        if limit == 0 { return a == b }
        if abs(a.count - b.count) > 3 { return false }
        return distance(a, b) <= limit + 1e-9
    }

    /// The pairs `contextual` ever lets swap for less than a full edit (e/o, i/o, a/o, n/m): most
    /// cells of the table hold other pairs and skip the call (`pairCosts` marks these).
    static func hasContextualSwap(_ x: UInt8, _ y: UInt8) -> Bool {
        switch (x, y) {
        case (0x65, 0x6F), (0x6F, 0x65), (0x69, 0x6F), (0x6F, 0x69), (0x61, 0x6F), (0x6F, 0x61), (0x6E, 0x6D), (0x6D, 0x6E): return true
        default: return false
        }
    }

    /// Vowel swaps that one sound in context explains: Russian ё after a hushing consonant or a
    /// glide, written `e` in English and `o` in German or Polish (`-chev`/`-tschow`); Ukrainian
    /// `i` for Russian `o` before a final `v` (`-kiv`/`-kov`); Uzbek `o` for `a` before a final `n`;
    /// and a consonant swap, `n`/`m` before a labial.
    static func contextual(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Double {
        let x = a[i], y = b[j]
        if (x == 0x65 && y == 0x6F) || (x == 0x6F && y == 0x65), i > 0, j > 0, a[i - 1] == b[j - 1],
           "SZCJjy".utf8.contains(a[i - 1]) { return 0.4 }
        if (x == 0x69 && y == 0x6F) || (x == 0x6F && y == 0x69), i == a.count - 2, j == b.count - 2,
           a.last == 0x76, b.last == 0x76 { return 0.4 }
        // n and m before b or p: Spanish and Portuguese write the nasal as it sounds (-mburgo/-nburg).
        if (x == 0x6E && y == 0x6D) || (x == 0x6D && y == 0x6E), i + 1 < a.count, j + 1 < b.count, a[i + 1] == b[j + 1],
           a[i + 1] == 0x62 || a[i + 1] == 0x70 { return 0.3 }
        // Uzbek and Tajik Latin write o for the a of Russian-based spellings (-on/-an).
        if (x == 0x61 && y == 0x6F) || (x == 0x6F && y == 0x61), i == a.count - 2, j == b.count - 2,
           a.last == 0x6E, b.last == 0x6E { return 0.5 }
        return .infinity
    }

    static func isVowel(_ s: UInt8) -> Bool { s == 0x61 || s == 0x65 || s == 0x69 || s == 0x6F || s == 0x75 }

    static func indel(_ s: UInt8, last: Bool) -> Double {
        if s == 0x79 || s == 0x68 { return 0.3 }   // glide y, h
        if s == 0x65 && last { return 0.4 }         // silent final e (Morad/Morade)
        if isVowel(s) { return 0.6 }  // so that deleting one vowel and inserting another costs more than a plausible swap
        return 1.2
    }

    /// The cost of one cell's swap, `final` when both symbols end their keys, before `contextual`:
    /// what the distance's loop reads from `pairCosts` (and tests check it against).
    static func substitution(_ x: UInt8, _ y: UInt8, final: Bool) -> Double {
        if x == y { return 0 }
        if final, let swap = finalVowelSwap(x, y) { return swap }
        return x < 0x80 && y < 0x80 ? costs[Int(x) << 7 | Int(y)] : 1.2
    }

    /// A final e/o/i/u for another (Korlgrado/Korlgrade), or nil.
    @inline(__always)
    static func finalVowelSwap(_ x: UInt8, _ y: UInt8) -> Double? {
        x != y && isVowel(x) && isVowel(y) && x != 0x61 && y != 0x61 ? 0.4 : nil
    }

    /// `substitution` (not final) for every pair of bytes, for the distance's inner loop: row
    /// `x << 8`, column `y`. The pairs `contextual` may lower hold their cost negated, so the
    /// loop asks it for those alone. Allocated once and never freed (512 KB, of which a key's
    /// symbols read a few rows): a pointer, so that reading it retains nothing.
    nonisolated(unsafe) static let pairCosts: UnsafePointer<Double> = {
        // A byte that is not ASCII swaps for 1.2 with any other: only the ASCII pairs are asked
        // (this is built in every run that keys names, and a small corpus feels 65,536 calls).
        let table = UnsafeMutablePointer<Double>.allocate(capacity: 256 * 256)
        table.initialize(repeating: 1.2, count: 256 * 256)
        for x in 0..<256 { table[x << 8 | x] = 0 }
        for x in 0..<0x80 {
            for y in 0..<0x80 {
                let cost = substitution(UInt8(x), UInt8(y), final: false)
                table[x << 8 | y] = cost >= 1 && hasContextualSwap(UInt8(x), UInt8(y)) ? -cost : cost
            }
        }
        return UnsafePointer(table)
    }()

    /// Substitution costs for every pair of ASCII symbols, built once.
    static let costs: [Double] = {
        var table = [Double](repeating: 1.2, count: 128 * 128)
        func set(_ value: Double, _ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
            for (a, b) in pairs {
                table[Int(a.value) << 7 | Int(b.value)] = value
                table[Int(b.value) << 7 | Int(a.value)] = value
            }
        }
        let vowels: [Unicode.Scalar] = ["a", "e", "i", "o", "u"]
        for a in vowels { for b in vowels where a != b { set(1, [(a, b)]) } }
        set(0.5, [("e", "i"), ("o", "u")])
        set(0.7, [("a", "e")])
        set(1.2, [("a", "o"), ("a", "u"), ("a", "i")])   // no romanization swaps these
        set(0.2, [("s", "z"), ("J", "j"), ("q", "k")])
        set(0.3, [("i", "y"), ("X", "h")])
        set(0.4, [("j", "y"), ("J", "Z"), ("Z", "j"), ("S", "Z"), ("C", "S"), ("C", "X"), ("X", "k"), ("g", "h"), ("u", "v"), ("T", "z"),
                  ("q", "g"), ("q", "X")])   // Arabic qaf: q, k, and g in Gulf and Libyan speech (Qaddafi/Gaddafi)
        set(0.5, [("i", "j"), ("S", "s"), ("Z", "z"), ("C", "T"), ("T", "s"), ("f", "v"), ("C", "Z")])
        set(0.6, [("g", "k"), ("d", "t"), ("b", "p"), ("X", "j"), ("C", "k"), ("J", "g")])
        // Anything else: 1.2, more than the allowance of names up to 11 letters, so one
        // unexplained consonant keeps them apart.
        return table
    }()
}
