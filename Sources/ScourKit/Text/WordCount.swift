/// Word counting on UTF-8 bytes: runs of non-space bytes, except that characters of scripts
/// written without spaces (CJK, kana, Thai, Lao, Khmer, Myanmar) count one word each.
public enum WordCount {
    /// Counts words, stopping early once `limit` is reached.
    public static func count(_ text: String, upTo limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { count(bytes: $0, upTo: limit) }
    }

    /// Counts words in UTF-8 bytes, stopping early once `limit` is reached. The eight-byte steps
    /// may count a few words past `limit`, so the result is capped at it.
    public static func count(bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var words = 0
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n, words < limit {
            // Eight ASCII bytes at a time (most text): a word starts at each non-space byte that
            // follows a space. Long paragraphs are counted whole, so this loop carries them.
            if i &+ 8 <= n {
                let x = ByteMask.load(raw, i)
                if ByteMask.isASCII(x) {
                    let space = ByteMask.equal(x, 0x20) | ByteMask.inRange(x, 0x09, 0x0D)
                    let starts = ~space & ByteMask.highBits & ((space << 8) | (inWord ? 0 : 0x80))
                    words &+= ByteMask.count(starts)
                    inWord = space >> 63 == 0
                    i &+= 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                if space { inWord = false } else if !inWord { inWord = true; words += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if length == 3, i + 2 < n {
                let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if isSpacelessScript(scalar) {
                    words += 1; inWord = false; i += 3; continue
                }
                if scalar == 0x3000 || (scalar >= 0x2000 && scalar <= 0x200A) { inWord = false; i += 3; continue }
            } else if length == 2, i + 1 < n, b == 0xC2, bytes[i + 1] == 0xA0 {
                inWord = false; i += 2; continue
            }
            if !inWord { inWord = true; words += 1 }
            i += length
        }
        return min(words, max(limit, 0))
    }

    @inline(__always)
    static func isSpacelessScript(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0E00 && scalar <= 0x0EFF)         // Thai, Lao
            || (scalar >= 0x1000 && scalar <= 0x109F)  // Myanmar
            || (scalar >= 0x1780 && scalar <= 0x17FF)  // Khmer
            || (scalar >= 0x3040 && scalar <= 0x30FF)  // Hiragana, Katakana
            || (scalar >= 0x3400 && scalar <= 0x9FFF)  // CJK ideographs
            || (scalar >= 0xAC00 && scalar <= 0xD7AF)  // Hangul syllables
            || (scalar >= 0xF900 && scalar <= 0xFAFF)
    }
}
