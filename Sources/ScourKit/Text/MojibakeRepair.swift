/// Repairs text that was UTF-8 but got decoded as windows-1252 or Latin-1 (`TokÃ¡yev` → `Tokáyev`,
/// `â€™` → `’`, `Ð¢Ð¾` → `То`), in the spirit of ftfy: a run is only rewritten when its characters
/// re-encode to a valid UTF-8 sequence that decodes to a character of a script or symbol block that
/// such text plausibly holds, so text that is already right is never touched.
public enum MojibakeRepair {
    /// The repaired text and how many sequences were fixed, or nil when nothing looked broken.
    /// A second round catches text that was mis-decoded twice (`ÃƒÂ©`).
    public static func repair(_ text: String, rounds: Int = 2) -> (text: String, fixed: Int)? {
        guard rounds > 0, mightContainMojibake(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var fixed = 0
        var i = 0
        while i < scalars.count {
            if let (decoded, length) = sequence(at: i, in: scalars) {
                out.append(decoded)
                fixed += 1
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        guard fixed > 0 else { return nil }
        let once = String(out)
        if let again = repair(once, rounds: rounds - 1) { return (again.text, fixed + again.fixed) }
        return (once, fixed)
    }

    /// Cheap byte test: every mojibake sequence starts with a character U+00C2…U+00F4 (0xC3 0x82…0xB4
    /// in UTF-8) followed by one that windows-1252 puts at 0x80…0xBF: U+0080…U+00BF (0xC2 …) or
    /// one of its punctuation marks and letters (0xE2, 0xC5, 0xC6, 0xCB …). Correct accented text
    /// (`é` followed by a letter) does not pass.
    static func mightContainMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 3 else { return false }
            for i in 0..<(bytes.count - 2) where bytes[i] == 0xC3 {
                let next = bytes[i + 1]
                guard next >= 0x82 && next <= 0xB4 else { continue }
                switch bytes[i + 2] {
                case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
                default: continue
                }
            }
            return false
        }
    }

    /// Decodes the mis-read UTF-8 sequence starting at `i`, if there is one.
    static func sequence(at i: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let lead = scalars[i].value
        guard lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= scalars.count else { return nil }
        var bytes: [UInt8] = [UInt8(lead)]
        for k in 1..<length {
            guard let b = cp1252Byte(scalars[i + k]), b >= 0x80, b <= 0xBF else { return nil }
            bytes.append(b)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let decoded) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        guard isPlausible(decoded.value), decoded.properties.generalCategory != .unassigned else { return nil }
        return (decoded, length)
    }

    /// Blocks that real mis-decoded text comes from. NKo, Syriac and the like are left out: a
    /// German `ß` before a closing quote would otherwise "decode" to NKo.
    static func isPlausible(_ v: UInt32) -> Bool {
        (v >= 0xA0 && v <= 0x52F)          // Latin-1, Latin Extended, IPA, Greek, Cyrillic
            || (v >= 0x590 && v <= 0x6FF)  // Hebrew, Arabic
            || (v >= 0x1E00 && v <= 0x1FFF) // Latin Extended Additional, Greek Extended
            || (v >= 0x2000 && v <= 0x218F) // punctuation, currency, letterlike, number forms
            || (v >= 0x2190 && v <= 0x27BF) // arrows, math, symbols, dingbats
            || (v >= 0x3000 && v <= 0x9FFF) // CJK
            || (v >= 0xAC00 && v <= 0xD7AF) // Hangul
            || (v >= 0x1F300 && v <= 0x1FAFF) // emoji
    }

    /// The windows-1252 byte a character came from, reading undefined bytes as Latin-1 (C1 controls).
    static func cp1252Byte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v < 0x100 { return UInt8(v) }
        switch v {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
