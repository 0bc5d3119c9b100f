/// Finds words in UTF-8 text and tells the name-like ones apart: capitalized words, all-caps words,
/// and particle-prefixed names (`el-Hadari`). Words keep internal hyphens and apostrophes
/// (`Ter-Vartanyan`, `O'Neill`); a possessive `'s` / `’s` is left outside the word so that
/// replacements keep it.
public struct NameToken: Sendable, Equatable {
    public enum Shape: Sendable, Equatable {
        /// Starts with an upper-case letter (`Ivanov`, `El-Hadari`).
        case capitalized
        /// Two or more letters, all upper case (`TOKAYEV`).
        case allCaps
        /// Starts lower case but holds a capitalized hyphen part (`el-Hadari`, `al-Amin`).
        case particleName
        /// Starts lower case (`marsala`, `the`).
        case lower
        /// Anything else: digits, no cased letters (CJK).
        case other
    }
    /// Byte range in the text's UTF-8.
    public var start: Int
    public var end: Int
    public var shape: Shape
    /// First word of a sentence, line or text: capitalized there for grammar, not as a name.
    public var sentenceStart: Bool
    /// True when any letter is outside Latin (Cyrillic glosses and the like are never rewritten).
    public var nonLatin: Bool
    /// Exactly one space separates this word from the next one.
    public var spaceAfter: Bool
    /// `NameHash` of the word's bytes; lets callers skip building a String for words they don't know.
    public var hash: UInt64

    public var isName: Bool { shape == .capitalized || shape == .particleName }
}

public enum NameScanner {
    /// Calls `body` for every word of `bytes`, in order. With `hashLowercase` false, plain
    /// lower-case ASCII words come with a zero hash, which skips most of the per-byte work.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, hashLowercase: Bool = true, _ body: (NameToken) -> Void) {
        let n = bytes.count
        var i = 0
        var sentenceStart = true
        while i < n {
            let b = bytes[i]
            // Most bytes of text are plain lower-case ASCII words: one tight loop per word, hashing
            // only when asked. Capitalized ASCII words go straight to `word`, whose own fast path
            // reads them; words with hyphens, apostrophes, digits or non-ASCII letters take its
            // general path.
            if b &- 0x61 < 26 {
                let j = lowerRunEnd(bytes, from: i + 1)
                if isPlainEnd(bytes, j) {
                    body(NameToken(start: i, end: j, shape: .lower, sentenceStart: sentenceStart, nonLatin: false,
                                   spaceAfter: isSpaceBeforeWord(bytes, j), hash: hashLowercase ? NameHash.of(bytes, i, j) : 0))
                    sentenceStart = false
                    // A space after a word (most words) is passed over here: it marks no sentence end.
                    i = j < n && bytes[j] == 0x20 ? j + 1 : j
                    continue
                }
            } else if b < 0x80 && b &- 0x41 >= 26 {
                // Not a letter: skip, tracking sentence boundaries.
                if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A || b == 0x3A { sentenceStart = true }
                i += 1
                continue
            } else if b >= 0x80 {
                let (scalar, length) = decode(bytes, at: i)
                if !isLetter(scalar) {
                    if scalar.value == 0x2026 || scalar.value == 0x3002 { sentenceStart = true }
                    i += length
                    continue
                }
            }
            var token = word(bytes, at: i)
            token.sentenceStart = sentenceStart
            sentenceStart = false
            body(token)
            i = token.end
        }
    }

    /// Calls `body` with the token of every word that may be a name: one that starts with an
    /// upper-case or non-ASCII letter, or holds a capitalized part after a hyphen or a digit
    /// (`el-Hadari`). Everything else (lower-case ASCII, spaces, punctuation: most of a text) is
    /// skipped eight bytes at a time, so this is several times cheaper than `scan`.
    /// Tokens come in order, as `scan` gives them (without `sentenceStart`), until `body` returns true.
    /// `wants`, given where a word starts, may pass over it without reading it (a cheap filter
    /// on its first letters); words found after a hyphen or a digit are always read.
    public static func forEachCandidate(_ bytes: UnsafeBufferPointer<UInt8>, wants: (Int) -> Bool = { _ in true },
                                        _ body: (NameToken) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight bytes at a time: stop at the first byte that is A-Z or not ASCII.
            while i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                let low = x & 0x7F7F_7F7F_7F7F_7F7F
                let m = (((low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525)) | x) & 0x8080_8080_8080_8080
                if m != 0 { i += m.trailingZeroBitCount >> 3; break }
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            guard b &- 0x41 < 26 || b >= 0xC0 else { i += 1; continue }
            if b >= 0x80, !isLetter(decode(bytes, at: i).0) { i += 1; continue }
            let start: Int
            switch boundaryBefore(bytes, i) {
            case .inWord:
                i += 1
                continue
            case .wordStart:
                start = i
            case .unclear:
                // After a hyphen, apostrophe or digit the word may have started earlier: walk back
                // over ASCII word bytes and tokenize forward to the word that holds byte `i`.
                var s = i
                while s > 0 {
                    let p = bytes[s - 1]
                    if p < 0x80 {
                        guard isASCIILetter(p) || p &- 0x30 < 10 || p == 0x2D || p == 0x27 else { break }
                        s -= 1
                    } else {
                        var lead = s - 1
                        while lead > 0, bytes[lead] & 0xC0 == 0x80, s - lead < 4 { lead -= 1 }
                        let scalar = decode(bytes, at: lead).0
                        guard isLetter(scalar) || scalar.value == 0x2019 || scalar.value == 0x2010 || scalar.value == 0x2011 else { break }
                        s = lead
                    }
                }
                func skipToLetter(_ k: Int) -> Int {
                    var k = k
                    while k < i, !startsLetter(bytes, at: k) { k += bytes[k] < 0x80 ? 1 : decode(bytes, at: k).1 }
                    return k
                }
                s = skipToLetter(s)
                var token = word(bytes, at: s)
                while token.end <= i {
                    s = skipToLetter(token.end)
                    token = word(bytes, at: s)
                }
                if body(token) { return }
                i = max(token.end, i + 1)
                continue
            }
            guard wants(start) else { i += 1; continue }
            let token = word(bytes, at: start)
            if body(token) { return }
            i = max(token.end, i + 1)
        }
    }

    /// The first ASCII letters (up to four) of the word at `start`, packed with their count. A
    /// word and a spelling with the same bytes have the same prefix: the letters stop inside the
    /// word, or at its end, where no ASCII letter can follow.
    @inline(__always)
    static func prefixKey(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
        var v: UInt64 = 0
        var k = 0
        while k < 4, start + k < bytes.count, isASCIILetter(bytes[start + k]) {
            v |= UInt64(bytes[start + k]) << UInt64(8 * k)
            k += 1
        }
        return v | UInt64(k) << 32
    }

    /// The lower-case particle (`bin`, `van`, `de`) that follows `token` after one space, if any.
    static func particle(after token: NameToken, in bytes: UnsafeBufferPointer<UInt8>) -> NameToken? {
        let k = token.end + 1
        guard k < bytes.count, bytes[k] &- 0x61 < 26 else { return nil }
        let next = word(bytes, at: k)
        guard next.shape == .lower, next.end - next.start <= 5, NameCensus.isConnector(next.hash) else { return nil }
        return next
    }

    enum Boundary { case wordStart, inWord, unclear }

    /// What stands before byte `i`: nothing that joins words (a word starts here), a letter (the
    /// byte is inside a word whose start was looked at already), or a joiner or digit.
    static func boundaryBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Boundary {
        guard i > 0 else { return .wordStart }
        let p = bytes[i - 1]
        if p < 0x80 {
            if isASCIILetter(p) { return .inWord }
            if p &- 0x30 < 10 || p == 0x2D || p == 0x27 { return .unclear }
            return .wordStart
        }
        var s = i - 1
        while s > 0, bytes[s] & 0xC0 == 0x80, i - s < 4 { s -= 1 }
        let scalar = decode(bytes, at: s).0
        if scalar.value == 0x2019 || scalar.value == 0x2010 || scalar.value == 0x2011 { return .unclear }
        return isLetter(scalar) ? .inWord : .wordStart
    }

    /// Reads one word starting at a letter.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> NameToken {
        let n = bytes.count
        var i = start
        // Plain ASCII letters up to a plain end (most words): no per-byte classification.
        if bytes[start] < 0x80 {
            var uppers = 0
            var j = start
            while true {
                j = lowerRunEnd(bytes, from: j)
                guard j < n, bytes[j] &- 0x41 < 26 else { break }
                uppers += 1
                j += 1
            }
            if isPlainEnd(bytes, j) {
                let upperFirst = bytes[start] &- 0x41 < 26
                let shape: NameToken.Shape = uppers >= 2 && uppers == j - start ? .allCaps : upperFirst ? .capitalized : .lower
                return NameToken(start: start, end: j, shape: shape, sentenceStart: false, nonLatin: false,
                                 spaceAfter: isSpaceBeforeWord(bytes, j), hash: NameHash.of(bytes, start, j))
            }
        }
        var letters = 0
        var uppers = 0
        var firstUpper = false
        var firstLower = false
        var partUpper = false      // a part after a hyphen starts upper case
        var afterHyphen = false
        var nonLatin = false
        var cased = false
        while i < n {
            let b = bytes[i]
            var length = 1
            var isLetterHere = false
            var upper = false
            var lower = false
            if b < 0x80 {
                if isASCIILetter(b) {
                    isLetterHere = true
                    upper = b <= 0x5A
                    lower = !upper
                } else if b >= 0x30 && b <= 0x39 {
                    isLetterHere = true
                } else if b == 0x2D || b == 0x27 {
                    // Hyphen or apostrophe joins two letters; `'s` at the end is a possessive.
                    guard i + 1 < n, startsLetter(bytes, at: i + 1) else { break }
                    if b == 0x27 && isPossessive(bytes, at: i + 1) { break }
                    afterHyphen = b == 0x2D
                    i += 1
                    continue
                } else {
                    break
                }
            } else {
                let (scalar, l) = decode(bytes, at: i)
                length = l
                if scalar.value == 0x2019 || scalar.value == 0x2010 || scalar.value == 0x2011 {
                    guard i + l < n, startsLetter(bytes, at: i + l) else { break }
                    if scalar.value == 0x2019 && isPossessive(bytes, at: i + l) { break }
                    afterHyphen = scalar.value != 0x2019
                    i += l
                    continue
                }
                let f = flags(scalar)
                guard f & Self.letterFlag != 0 else { break }
                isLetterHere = true
                upper = f & Self.upperFlag != 0
                lower = f & Self.lowerFlag != 0
                if f & Self.nonLatinFlag != 0 { nonLatin = true }
            }
            if isLetterHere {
                if letters == 0 { firstUpper = upper; firstLower = lower }
                if afterHyphen && upper { partUpper = true }
                afterHyphen = false
                letters += 1
                if upper { uppers += 1 }
                if upper || lower { cased = true }
            }
            i += length
        }
        let shape: NameToken.Shape
        if !cased { shape = .other }
        else if uppers >= 2 && uppers == letters - digitCount(bytes, start, i) { shape = .allCaps }
        else if firstUpper { shape = .capitalized }
        else if firstLower && partUpper { shape = .particleName }
        else if firstLower { shape = .lower }
        else { shape = .other }
        let spaceAfter = i + 1 < n && bytes[i] == 0x20 && startsLetter(bytes, at: i + 1)
        return NameToken(start: start, end: i, shape: shape, sentenceStart: false, nonLatin: nonLatin,
                         spaceAfter: spaceAfter, hash: NameHash.of(bytes, start, i))
    }

    static func digitCount(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for k in start..<end where bytes[k] >= 0x30 && bytes[k] <= 0x39 { count += 1 }
        return count
    }

    /// End of the run of lower-case ASCII letters starting at `i`, eight bytes at a time.
    @inline(__always)
    static func lowerRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = bytes.count
        var j = i
        if let base = bytes.baseAddress {
            while j + 8 <= n {
                let x = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self).littleEndian
                let low = x & 0x7F7F_7F7F_7F7F_7F7F
                // Bit 7 of each byte: at least `a`, at least `{`, not ASCII.
                let inRange = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
                let outside = ~inRange & 0x8080_8080_8080_8080
                if outside != 0 { return j + outside.trailingZeroBitCount >> 3 }
                j += 8
            }
        }
        while j < n, bytes[j] &- 0x61 < 26 { j += 1 }
        return j
    }

    /// The byte at `j` (or the end of the text) ends an ASCII word as it is: plain ASCII that is
    /// no letter, digit, hyphen or apostrophe (those may continue the word).
    @inline(__always)
    static func isPlainEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard j < bytes.count else { return true }
        let c = bytes[j]
        return c < 0x80 && (c | 0x20) &- 0x61 >= 26 && c != 0x2D && c != 0x27 && c &- 0x30 >= 10
    }

    /// One space at `j`, then a letter: the word before is joined to the next one.
    @inline(__always)
    static func isSpaceBeforeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard j + 1 < bytes.count, bytes[j] == 0x20 else { return false }
        let b = bytes[j + 1]
        return b < 0x80 ? isASCIILetter(b) : startsLetter(bytes, at: j + 1)
    }

    /// `s` (or `S`, in capitals: `TOKAYEV’S`) followed by something that is not a letter: the
    /// apostrophe before it is a possessive.
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard bytes[i] | 0x20 == 0x73 else { return false }
        return i + 1 >= bytes.count || !startsLetter(bytes, at: i + 1)
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func startsLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        return isLetter(decode(bytes, at: i).0)
    }

    static let letterFlag: UInt8 = 1, upperFlag: UInt8 = 2, lowerFlag: UInt8 = 4, nonLatinFlag: UInt8 = 8

    /// Letter, case and script of a scalar as bit flags; from a table for the two-byte range
    /// (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic), where Unicode property calls per
    /// letter would dominate the scan of such texts.
    /// Kana, CJK ideographs and Hangul syllables: letters without case, outside Latin. Whole
    /// pages of them must not cost Unicode property calls per character.
    /// Blocks of three-byte scalars without a letter that are common in text: general
    /// punctuation (curly quotes, dashes, ellipsis), arrows, mathematical operators, technical
    /// and control symbols, box drawing, shapes and dingbats (tables and menus drawn in text),
    /// CJK punctuation and brackets, and fullwidth punctuation and digits. No Unicode property
    /// calls for them (a test checks every scalar of these ranges).
    @inline(__always)
    static func isSymbolOrPunctuation(_ v: UInt32) -> Bool {
        (v >= 0x2000 && v <= 0x206F) || (v >= 0x2190 && v <= 0x245F) || (v >= 0x2500 && v <= 0x2BFF)
            || (v >= 0x3000 && v <= 0x3004) || (v >= 0x3008 && v <= 0x3020) || (v >= 0xFF01 && v <= 0xFF20)
    }

    @inline(__always)
    static func isCaselessScriptLetter(_ v: UInt32) -> Bool {
        (v >= 0x3041 && v <= 0x3096) || (v >= 0x30A1 && v <= 0x30FA) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7A3)
    }

    @inline(__always)
    static func flags(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v < 0x800 { return twoByteFlags[Int(v)] }
        if isSymbolOrPunctuation(v) { return 0 }
        if isCaselessScriptLetter(v) { return letterFlag | nonLatinFlag }
        return computeFlags(s)
    }

    /// `computeFlags` of U+0000 to U+07FF, one hexadecimal digit each, written out: worked out
    /// at run time they cost some 8,000 Unicode property calls, about half a millisecond of every
    /// run that reads a non-ASCII letter. A test checks them against `computeFlags`.
    static let twoByteFlags: [UInt8] = """
        0000000000000000000000000000000000000000000000000000000000000000
        0333333333333333333333333330000005555555555555555555555555500000
        0000000000000000000000000000000000000000005000000000050000500000
        3333333333333333333333303333333555555555555555555555555055555555
        3535353535353535353535353535353535353535353535353535353553535353
        5353535355353535353535353535353535353535353535353535353533535355
        5335353353335533335335333555335335353533535535335333535335513555
        1111315315315353535353535353553535353535353535355315353335353535
        3535353535353535353535353535353535353535353535353535555555335335
        5353333535353535555555555555555555555555555555555555555555555555
        5555555555555555555511555555555555555555555555555555555551111111
        5500001111111111110000000000000055555000000010100000000000000000
        1111111111111111111111111111111111111111111111111111111111111111
        111115111111111111111111111111111111111111111111bdbd90bd00dddd0b
        000000b0bbb0b0bbdbbbbbbbbbbbbbbbbb0bbbbbbbbbdddddddddddddddddddd
        dddddddddddddddbddbbbdddbdbdbdbdbdbdbdbdbdbdbdbdddddbd0bdbbddbbb
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbdddddddddddddddd
        ddddddddddddddddddddddddddddddddbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbd
        bd01111100bdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbd
        bbdbdbdbdbdbdbddbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbd
        bdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbdbd0bbbbbbbbbbbbbbb
        bbbbbbbbbbbbbbbbbbbbbbb009000000dddddddddddddddddddddddddddddddd
        ddddddddd0000000011111111111111111111111111111119999999999999909
        0990990900000000999999999999999999999999999000099990000000000000
        0000000000000000999999999990000099999999999999999999999999999999
        9999999999999999999999991999999900000000000000999999999999999999
        9999999999999999999999999999999999999999999999999999999999999999
        9999999999999999999909999999900119999999901119990000000000999009
        0000000000000000999999999999999999999999999999999999999999999999
        1111111111100999999999999999999999999999999999999999999999999999
        9999999999999999999999999999999999999999999999999900000000000000
        0000000000999999999999999999999999999999999111111111990000900100
        """.utf8.compactMap { $0 == 0x0A ? nil : $0 <= UInt8(ascii: "9") ? $0 - UInt8(ascii: "0") : $0 - UInt8(ascii: "a") + 10 }

    static func computeFlags(_ s: Unicode.Scalar) -> UInt8 {
        guard isLetterSlow(s) else { return 0 }
        let p = s.properties
        return letterFlag | (p.isUppercase ? upperFlag : 0) | (p.isLowercase ? lowerFlag : 0)
            | (Romanization.isNonLatinLetter(s) ? nonLatinFlag : 0)
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        if s.value < 0x800 { return twoByteFlags[Int(s.value)] & letterFlag != 0 }
        if isSymbolOrPunctuation(s.value) { return false }
        if isCaselessScriptLetter(s.value) { return true }
        return isLetterSlow(s)
    }

    static func isLetterSlow(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// Decodes the scalar at `i` (valid UTF-8 is assumed; Swift strings guarantee it).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        let n = bytes.count
        if b < 0xE0, i + 1 < n {
            return (Unicode.Scalar((UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)) ?? " ", 2)
        }
        if b < 0xF0, i + 2 < n {
            let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 3)
        }
        if i + 3 < n {
            let v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 4)
        }
        return (" ", 1)
    }
}
