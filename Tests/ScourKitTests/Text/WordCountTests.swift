import Testing
@testable import ScourKit

/// `WordCount` counts eight ASCII bytes at a time; it must count what a byte-by-byte reading does.
@Suite struct WordCountTests {
    /// Byte by byte: runs of non-space bytes, one word per character of a script without spaces.
    static func reference(_ bytes: [UInt8], upTo limit: Int) -> Int {
        var words = 0, inWord = false, i = 0
        while i < bytes.count, words < limit {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { inWord = false } else if !inWord { inWord = true; words += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if length == 3, i + 2 < bytes.count {
                let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if WordCount.isSpacelessScript(scalar) { words += 1; inWord = false; i += 3; continue }
                if scalar == 0x3000 || (scalar >= 0x2000 && scalar <= 0x200A) { inWord = false; i += 3; continue }
            } else if length == 2, i + 1 < bytes.count, b == 0xC2, bytes[i + 1] == 0xA0 {
                inWord = false; i += 2; continue
            }
            if !inWord { inWord = true; words += 1 }
            i += length
        }
        return words
    }

    @Test func equalsByteByByteOnRandomInputs() {
        var rng = SplitMix(seed: 5)
        let pieces: [[UInt8]] = ["a", "Bc", "word", " ", "  ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1F}", "-", ".",
                                 "\u{00A0}", "\u{3000}", "\u{2003}", "東京", "слово", "é", "😀"].map { Array($0.utf8) }
            + [[0xE3], [0x80], [0xC2]]  // cut and stray bytes
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 40) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let limit = rng.next() % 3 == 0 ? Int(rng.next() % 12) : .max
            let counted = bytes.withUnsafeBufferPointer { WordCount.count(bytes: $0, upTo: limit) }
            #expect(counted == Self.reference(bytes, upTo: limit), "\(bytes) up to \(limit)")
        }
    }
}
