/// Turns the bytes of a text file into a String: UTF-8 (BOM dropped) or UTF-16 with a BOM;
/// invalid UTF-8 bytes become U+FFFD and are counted; binary files are refused.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// Invalid byte sequences replaced by U+FFFD.
        public var replacements: Int
    }

    public static func decode(_ bytes: [UInt8], source: String) throws -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if looksBinary(body) { throw InputError(source: source, code: "binary", "looks like a binary file, not text") }
        let replacements = invalidSequences(in: body)
        return Decoded(text: String(decoding: body, as: UTF8.self), replacements: replacements)
    }

    /// A file is binary when its first 8 KB hold a NUL byte or many control characters;
    /// text (even mis-encoded text) has neither.
    public static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 10 > sample.count  // over 10%
    }

    /// Counts maximal invalid UTF-8 subsequences, the way `String(decoding:)` replaces them.
    public static func invalidSequences(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: count += 1; i += 1; continue
            }
            var k = 1
            while k < length, i + k < end {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard c >= lo && c <= hi else { break }
                k += 1
            }
            if k < length { count += 1 }
            i += k
        }
        return count
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        var replacements = bytes.count % 2
        var text = ""
        text.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .error: replacements += 1; text.unicodeScalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return Decoded(text: text, replacements: replacements)
    }
}
