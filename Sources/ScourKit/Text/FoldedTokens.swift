/// Tokens of a folded line: words (letters, `'` and inner `-`), numbers, and single punctuation
/// bytes. Dates, bylines and titles are read from these.
public struct FoldedToken: Sendable, Equatable {
    public enum Kind: Sendable { case word, number, punct }
    public var kind: Kind
    public var start: Int
    public var end: Int
}

public enum FoldedTokens {
    public static func tokenize(_ f: [UInt8]) -> [FoldedToken] {
        var out: [FoldedToken] = []
        // Room for a short line's tokens at once: the array is made for every line read.
        out.reserveCapacity(min(f.count, 64))
        var i = 0
        let n = f.count
        while i < n {
            let b = f[i]
            if b == 0x20 { i += 1; continue }
            let start = i
            if isDigit(b) {
                while i < n && isDigit(f[i]) { i += 1 }
                out.append(FoldedToken(kind: .number, start: start, end: i))
            } else if isLetter(b) {
                while i < n && (isLetter(f[i]) || ((f[i] == 0x2D || f[i] == 0x27) && i + 1 < n && isLetter(f[i + 1]))) { i += 1 }
                out.append(FoldedToken(kind: .word, start: start, end: i))
            } else {
                i += 1
                while i < n && f[i] >= 0x80 && f[i] < 0xC0 { i += 1 }
                out.append(FoldedToken(kind: .punct, start: start, end: i))
            }
        }
        return out
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// ASCII lower-case letters and non-ASCII letters (lead and continuation bytes of letters;
    /// general punctuation U+2000… and CJK punctuation U+3000… are left out).
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x80 && b != 0xE2 && b != 0xE3) }

    public static func number(_ f: [UInt8], _ t: FoldedToken) -> Int {
        var v = 0
        for i in t.start..<min(t.end, t.start + 9) { v = v * 10 + Int(f[i] - 0x30) }
        return v
    }

    public static func string(_ f: [UInt8], _ t: FoldedToken) -> String {
        String(decoding: f[t.start..<t.end], as: UTF8.self)
    }
}
