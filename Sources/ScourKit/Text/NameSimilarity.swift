/// How far apart two name keys are, in edits weighted by how often transliterations make them:
/// swapping sounds that romanizations write differently (s/z, sh/zh, ch/kh, i/y, k/g, o/u) costs
/// a fraction of an edit, a vowel or an `h` coming and going about half, any other change a
/// full edit or more. The allowance grows with the length of the name, so short names must match exactly.
public enum NameSimilarity {
    /// Weighted edit distance between two keys.
    public static func distance(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let n = a.count, m = b.count
        if n == 0 { return b.reduce(0) { $0 + indel($1, last: false) } }
        if m == 0 { return a.reduce(0) { $0 + indel($1, last: false) } }
        var previous = [Double](repeating: 0, count: m + 1)
        var current = previous
        for j in 1...m { previous[j] = previous[j - 1] + indel(b[j - 1], last: j == m) }
        for i in 1...n {
            current[0] = previous[0] + indel(a[i - 1], last: i == n)
            for j in 1...m {
                let last = i == n && j == m
                var swap = substitution(a[i - 1], b[j - 1], final: last)
                if swap >= 1 { swap = min(swap, contextual(a, i - 1, b, j - 1)) }
                let substitute = previous[j - 1] + swap
                let delete = previous[j] + indel(a[i - 1], last: i == n)
                let insert = current[j - 1] + indel(b[j - 1], last: j == m)
                current[j] = min(substitute, delete, insert)
            }
            swap(&previous, &current)
        }
        return previous[m]
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

    /// Vowel swaps that one sound in context explains: Russian ё after a hushing consonant or a
    /// glide, written `e` in English and `o` in German or Polish (`-chev`/`-tschow`); and Ukrainian
    /// `i` for Russian `o` before a final `v` (`-kiv`/`-kov`).
    static func contextual(_ a: [UInt8], _ i: Int, _ b: [UInt8], _ j: Int) -> Double {
        let pair = Set([a[i], b[j]])
        if pair == [0x65, 0x6F], i > 0, j > 0, a[i - 1] == b[j - 1], "SZCJjy".utf8.contains(a[i - 1]) { return 0.4 }
        if pair == [0x69, 0x6F], i == a.count - 2, j == b.count - 2, a.last == 0x76, b.last == 0x76 { return 0.4 }
        return .infinity
    }

    static func isVowel(_ s: UInt8) -> Bool { s == 0x61 || s == 0x65 || s == 0x69 || s == 0x6F || s == 0x75 }

    static func indel(_ s: UInt8, last: Bool) -> Double {
        if s == 0x79 || s == 0x68 { return 0.3 }   // glide y, h
        if s == 0x65 && last { return 0.4 }         // silent final e (Morad/Morade)
        if isVowel(s) { return 0.6 }  // so that deleting one vowel and inserting another costs more than a plausible swap
        return 1.2
    }

    static func substitution(_ x: UInt8, _ y: UInt8, final: Bool) -> Double {
        if x == y { return 0 }
        let pair = x < y ? (UInt16(x) << 8 | UInt16(y)) : (UInt16(y) << 8 | UInt16(x))
        if isVowel(x) && isVowel(y) {
            if final && x != 0x61 && y != 0x61 { return 0.4 }   // final e/o/i/u: Korlgrado/Korlgrade
            switch pair {
            case p("e", "i"), p("o", "u"): return 0.5
            case p("a", "e"): return 0.7
            case p("a", "o"), p("a", "u"), p("a", "i"): return 1.2   // no romanization swaps these
            default: return 1
            }
        }
        switch pair {
        case p("s", "z"), p("J", "j"): return 0.2
        case p("i", "y"), p("X", "h"): return 0.3
        case p("j", "y"), p("J", "Z"), p("Z", "j"), p("S", "Z"), p("C", "S"), p("C", "X"), p("X", "k"),
             p("g", "h"), p("u", "v"), p("T", "z"): return 0.4
        case p("i", "j"), p("S", "s"), p("Z", "z"), p("C", "T"), p("T", "s"), p("f", "v"), p("C", "Z"): return 0.5
        case p("g", "k"), p("d", "t"), p("b", "p"), p("X", "j"), p("C", "k"), p("J", "g"): return 0.6
        default: return 1.2   // more than the allowance of names up to 11 letters: one unexplained consonant keeps them apart
        }
    }

    static func p(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt16 {
        let x = UInt8(a.value), y = UInt8(b.value)
        return x < y ? (UInt16(x) << 8 | UInt16(y)) : (UInt16(y) << 8 | UInt16(x))
    }
}
