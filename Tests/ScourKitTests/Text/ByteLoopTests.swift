import Testing
@testable import ScourKit

/// Folding (`TextFold.fold`) and counting a line's shape (`LineScanner.shape`) take eight ASCII
/// bytes at a time where they can; they must give what the byte-by-byte loops they replaced
/// give, kept here as references.
@Suite struct ByteLoopTests {
    enum Reference {
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> (Int, Int) {
        var capitalized = 0
        let n = bytes.count
        var i = 0
        var o = 0
        var pendingSpace = false
        var previous: UInt8 = 0x20
        @inline(__always) func emit(_ b: UInt8) {
            if pendingSpace { if o > 0 { out[o] = 0x20; o &+= 1 }; pendingSpace = false }
            out[o] = b
            o &+= 1
        }
        // Hoisted: a global `let` read inside the loop costs a `swift_once` check per byte.
        let asciiFold = TextFold.asciiFold
        let latin1Base = TextFold.latin1Base
        let latinExtendedABase = TextFold.latinExtendedABase
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let f = asciiFold[Int(b)]
                if f == 0 {
                    pendingSpace = true
                } else {
                    if b &- 0x41 < 26 && (previous == 0x20 || previous == 0x22 || previous == 0x28) { capitalized &+= 1 }
                    emit(f)
                }
                previous = b
                i &+= 1
                continue
            }
            previous = b
            if i + 1 < n {
                let c = bytes[i + 1]
                switch b {
                case 0xC2:
                    if c == 0xA0 { pendingSpace = true; i += 2; continue }
                case 0xC3:
                    let base = latin1Base[Int(c & 0x3F)]
                    if base == 0x01 { emit(0x73); emit(0x73); i += 2; continue }  // ß
                    if base != 0 { emit(base); i += 2; continue }
                case 0xC4, 0xC5:
                    let index = (Int(b - 0xC4) << 6) | Int(c & 0x3F)
                    let base = latinExtendedABase[index]
                    if base != 0 { emit(base); i += 2; continue }
                case 0xD0:
                    if c >= 0x90 && c <= 0x9F { emit(0xD0); emit(c + 0x20); i += 2; continue }  // А-П → а-п
                    if c >= 0xA0 && c <= 0xAF { emit(0xD1); emit(c - 0x20); i += 2; continue }  // Р-Я → р-я
                    if c == 0x81 { emit(0xD0); emit(0xB5); i += 2; continue }                   // Ё → е
                case 0xD1:
                    if c == 0x91 { emit(0xD0); emit(0xB5); i += 2; continue }                   // ё → е
                case 0xE2:
                    if i + 2 < n, c == 0x80 {
                        let d = bytes[i + 2]
                        if d == 0x98 || d == 0x99 { emit(0x27); i += 3; continue }              // ‘ ’
                        if d == 0x9C || d == 0x9D { emit(0x22); i += 3; continue }              // “ ”
                        if d >= 0x80 && d <= 0x8A { pendingSpace = true; i += 3; continue }     // typographic spaces
                    }
                default: break
                }
            }
            emit(b)
            i += 1
        }
        return (o, capitalized)
    }

    static func shape(_ f: UnsafeBufferPointer<UInt8>, into facts: inout LineFacts) {
        var letters = 0, digits = 0, separators = 0, spaceless = 0, cjkPunctuation = 0
        // Words: space-separated runs, except that each character of a script without spaces
        // is a word of its own (as `WordCount` counts them).
        var words = 0
        var inWord = false
        var nonASCII = false
        let n = f.count
        var i = 0
        while i < n {
            let b = f[i]
            // Folded ASCII (most bytes): the only space is 0x20 and letters are lower case.
            if b < 0x80 {
                if b == 0x20 { inWord = false; i &+= 1; continue }
                if !inWord { inWord = true; words &+= 1 }
                if b &- 0x61 < 26 { letters &+= 1 }
                else if b &- 0x30 < 10 { digits &+= 1 }
                else if b == 0x7C, i > 0, i + 1 < n, f[i - 1] == 0x20, f[i + 1] == 0x20 { separators &+= 1 }
                i &+= 1
                continue
            }
            nonASCII = true
            if b >= 0xE3 && b <= 0xED && !(b == 0xE3 && i + 1 < n && f[i + 1] < 0x81) { words &+= 1; inWord = false }
            else if b >= 0xC0 { if !inWord { inWord = true; words &+= 1 } }
            if b >= 0xE3 && b <= 0xED {
                if b == 0xE3 && i + 2 < n && f[i + 1] == 0x80 && (f[i + 2] == 0x81 || f[i + 2] == 0x82) { cjkPunctuation &+= 1 }
                else if i + 1 < n && !(b == 0xE3 && f[i + 1] < 0x81) { spaceless &+= 1 }
            }
            if b == 0xEF && i + 2 < n && f[i + 1] == 0xBC && f[i + 2] == 0x8C { cjkPunctuation &+= 1 }
            if b >= 0xC0 { letters &+= 1 }
            i &+= 1
        }
        facts.letters = letters
        facts.digits = digits
        facts.separators = separators
        facts.words = words
        facts.spaceless = spaceless
        facts.cjkPunctuation = cjkPunctuation
        facts.nonASCII = nonASCII
        guard n > 0 else { return }
        let last = f[n - 1]
        switch last {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x29, 0x27: facts.terminal = true
        default:
            if n >= 3 {
                let a = f[n - 3], b = f[n - 2]
                if a == 0xE2 && b == 0x80 && last == 0xA6 { facts.terminal = true; facts.ellipsis = true }  // …
                if a == 0xE3 && b == 0x80 && last == 0x82 { facts.terminal = true }                        // 。
                if a == 0xEF && b == 0xBC && (last == 0x81 || last == 0x9F) { facts.terminal = true }      // ！？
            }
            if n >= 2 {
                let b = f[n - 2]
                if b == 0xC2 && last == 0xBB { facts.terminal = true }  // »
                if b == 0xD8 && last == 0x9F { facts.terminal = true }  // ؟
                if b == 0xDB && last == 0x94 { facts.terminal = true }  // ۔
            }
        }
        if n >= 3, f[n - 1] == 0x2E, f[n - 2] == 0x2E, f[n - 3] == 0x2E { facts.ellipsis = true }
    }
    }

    /// Random text from pieces that exercise every branch: capitals after spaces, quotes and
    /// brackets, runs of white space and controls, `|` separators, Latin-1, Cyrillic, CJK,
    /// typographic quotes and spaces, ellipses and cut multi-byte characters.
    static func randomText(_ rng: inout SplitMix) -> [UInt8] {
        let pieces: [[UInt8]] = ["a", "Bc", "word ", "Word ", "WORDS", " ", "  ", "\t", "\r\n", "\u{01}", "\u{7F}", "\"Q", "(Paren",
                                 "12", "2022.", "1999 ", "zone", "Zz0", " | ", "|", "...", "…", "!", "É", "ß", "Straße ", "Ça", "Ёлка", "Москва ", "東京",
                                 "、", "。", "，", "\u{00A0}", "\u{2003}", "\u{201C}Hi\u{201D}", "\u{2019}s", "• ", "* ", "؟", "»"].map { Array($0.utf8) }
            + [[0xE3], [0x80], [0xC3], [0xFF]]
        var bytes: [UInt8] = []
        for _ in 0..<Int(rng.next() % 30) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return bytes
    }

    @Test func foldEqualsByteByByte() {
        var rng = SplitMix(seed: 17)
        for _ in 0..<20000 {
            let bytes = Self.randomText(&rng)
            var fast = [UInt8](repeating: 0xEE, count: bytes.count + 8), slow = fast
            let a = bytes.withUnsafeBufferPointer { b in fast.withUnsafeMutableBufferPointer { TextFold.fold(b, to: $0.baseAddress!) } }
            let b = bytes.withUnsafeBufferPointer { b in slow.withUnsafeMutableBufferPointer { Reference.fold(b, to: $0.baseAddress!) } }
            #expect(a == b, "\(bytes)")
            #expect(fast.prefix(a.0) == slow.prefix(b.0), "\(bytes)")
            // Nothing written past the room folding may use (as many bytes as it reads).
            #expect(fast[bytes.count...].allSatisfy { $0 == 0xEE }, "\(bytes)")
            // Folding that counts the shape on the way writes the same.
            var counting = [UInt8](repeating: 0xEE, count: bytes.count + 8)
            var shape = TextFold.Shape()
            let c = bytes.withUnsafeBufferPointer { b in counting.withUnsafeMutableBufferPointer { TextFold.fold(b, to: $0.baseAddress!, shape: &shape) } }
            #expect(c == b && counting == fast, "\(bytes)")
        }
    }

    /// `ByteMask.count` counts the lanes of every mask of high bits as `nonzeroBitCount` does.
    @Test func laneCountEqualsBitCount() {
        for lanes in 0..<256 {
            var mask: UInt64 = 0
            for k in 0..<8 where lanes & (1 << k) != 0 { mask |= 0x80 << UInt64(8 * k) }
            #expect(ByteMask.count(mask) == mask.nonzeroBitCount)
        }
    }

    @Test func shapeEqualsByteByByte() {
        var rng = SplitMix(seed: 19)
        for _ in 0..<5000 {
            let folded = TextFold.fold(String(decoding: Self.randomText(&rng), as: UTF8.self))
            var fast = LineFacts(range: 0..<folded.count), slow = fast
            folded.withUnsafeBufferPointer { LineScanner.shape($0, into: &fast) }
            folded.withUnsafeBufferPointer { Reference.shape($0, into: &slow) }
            #expect(fast == slow, "\(folded)")
        }
    }
}
