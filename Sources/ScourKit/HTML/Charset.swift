import Glibc

/// Finds a page's character set and turns its bytes into valid UTF-8 before libxml2 sees them, so
/// the parser never guesses (libxml2 alone turns unlabelled cp1251 into Latin-1 mojibake).
///
/// Order: byte-order mark, then `<meta charset>` / `http-equiv` / XML declaration in the first
/// bytes, else UTF-8; bytes that are not valid UTF-8 fall back to windows-1252. A label that the
/// bytes contradict (a page labelled cp1251 that is valid multi-byte UTF-8) loses to the bytes.
enum Charset {
    struct Decoded {
        var bytes: [UInt8]
        /// The charset used, lowercase (`utf-8`, `windows-1252`, ...).
        var charset: String
    }

    static func decode(_ input: [UInt8]) -> Decoded {
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            return Decoded(bytes: repairUTF8(input[3...]), charset: "utf-8")
        }
        if input.count >= 2, input[0] == 0xFF, input[1] == 0xFE {
            return Decoded(bytes: convert(input[2...], from: "UTF-16LE") ?? [], charset: "utf-16le")
        }
        if input.count >= 2, input[0] == 0xFE, input[1] == 0xFF {
            return Decoded(bytes: convert(input[2...], from: "UTF-16BE") ?? [], charset: "utf-16be")
        }
        let label = declaredCharset(input).map(normalize)
        let check = checkUTF8(input[...])
        switch label {
        case nil, "utf-8":
            if check.invalid == 0 { return Decoded(bytes: clean(input), charset: "utf-8") }
            // A few broken sequences in a mostly UTF-8 page are repaired; a page with none valid is cp1252.
            if check.multibyte > check.invalid * 2 { return Decoded(bytes: repairUTF8(input[...]), charset: "utf-8") }
            return Decoded(bytes: windows1252(input[...]), charset: "windows-1252")
        case "windows-1252"?:
            if check.invalid == 0 && check.multibyte > 0 { return Decoded(bytes: clean(input), charset: "utf-8") }
            return Decoded(bytes: windows1252(input[...]), charset: "windows-1252")
        case let other?:
            if check.invalid == 0 {
                // Pure ASCII needs no conversion in any ASCII-compatible charset; valid multi-byte UTF-8
                // under another label is a mislabelled UTF-8 page far more often than a coincidence.
                return Decoded(bytes: clean(input), charset: check.multibyte > 0 ? "utf-8" : other)
            }
            if let converted = convert(input[...], from: other) { return Decoded(bytes: converted, charset: other) }
            return Decoded(bytes: windows1252(input[...]), charset: "windows-1252")
        }
    }

    // MARK: - Finding the declared charset

    /// The charset named by `<meta charset>`, `<meta http-equiv content="...; charset=">` or
    /// `<?xml encoding=?>` within the first 4 KB (browsers look at the first 1 KB; pages put a lot first).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, 4096)
        return bytes.withUnsafeBufferPointer { buf -> String? in
            var i = 0
            if end > 5, buf[0] == 0x3C, buf[1] == 0x3F, lower(buf[2]) == 0x78 {  // <?x
                if let v = valueAfter("encoding", in: buf, from: 0, to: min(end, 200)) { return v }
            }
            while i < end - 5 {
                if buf[i] == 0x3C, lower(buf[i + 1]) == 0x6D, lower(buf[i + 2]) == 0x65, lower(buf[i + 3]) == 0x74,
                   lower(buf[i + 4]) == 0x61 {  // <meta
                    var close = i + 5
                    while close < end && buf[close] != 0x3E { close += 1 }
                    if let v = valueAfter("charset", in: buf, from: i + 5, to: close) { return v }
                    i = close
                }
                i += 1
            }
            return nil
        }
    }

    /// The value after `key=` (quoted or not) between `from` and `to`, case-insensitively.
    private static func valueAfter(_ key: String, in buf: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String? {
        let k = Array(key.utf8)
        var i = from
        while i + k.count < to {
            var match = true
            for j in 0..<k.count where lower(buf[i + j]) != k[j] { match = false; break }
            if match {
                var p = i + k.count
                while p < to && (buf[p] == 0x20 || buf[p] == 0x09) { p += 1 }
                if p < to && buf[p] == 0x3D {
                    p += 1
                    while p < to && (buf[p] == 0x20 || buf[p] == 0x22 || buf[p] == 0x27) { p += 1 }
                    var q = p
                    while q < to, buf[q] > 0x20, buf[q] != 0x22, buf[q] != 0x27, buf[q] != 0x3B, buf[q] != 0x3E, buf[q] != 0x2F || q == p { q += 1 }
                    if q > p && q - p < 40 { return String(decoding: UnsafeBufferPointer(rebasing: buf[p..<q]), as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }

    /// Maps a label to the name used here and by iconv; Latin-1 and ASCII labels mean windows-1252, as in browsers.
    static func normalize(_ label: String) -> String {
        let l = label.lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso_8859-1", "cp819", "ansi_x3.4-1968": return "windows-1252"
        case "gb2312", "gbk", "x-gbk", "chinese": return "gb18030"
        case "cp1251", "x-cp1251", "win-1251": return "windows-1251"
        case "shift-jis", "sjis", "x-sjis", "ms_kanji": return "shift_jis"
        default: return l
        }
    }

    // MARK: - UTF-8

    /// Counts valid multi-byte sequences and invalid bytes.
    static func checkUTF8(_ bytes: ArraySlice<UInt8>) -> (multibyte: Int, invalid: Int) {
        var multibyte = 0, invalid = 0
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            let raw = UnsafeRawBufferPointer(buf)
            while i < n {
                // Eight ASCII bytes at a time.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                if i >= n { break }
                let c = buf[i]
                if c < 0x80 { i += 1; continue }
                let len = sequenceLength(buf, i)
                if len == 0 { invalid += 1; i += 1 } else { multibyte += 1; i += len }
            }
        }
        return (multibyte, invalid)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    @inline(__always)
    private static func sequenceLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = buf[i], n = buf.count
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && buf[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && buf[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && buf[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && buf[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && buf[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Valid UTF-8 with each invalid byte replaced by U+FFFD.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let c = buf[i]
                if c < 0x80 { out.append(c == 0 ? 0x20 : c); i += 1; continue }
                let len = sequenceLength(buf, i)
                if len == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1 } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<(i + len)])); i += len
                }
            }
        }
        return out
    }

    /// The bytes with NULs turned into spaces (libxml2 may stop at a NUL).
    private static func clean(_ bytes: [UInt8]) -> [UInt8] {
        let hasNUL = bytes.withUnsafeBytes { $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil }
        guard hasNUL else { return bytes }
        return bytes.map { $0 == 0 ? 0x20 : $0 }
    }

    // MARK: - Conversions

    private static let cp1252High: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for c in bytes {
            if c < 0x80 { out.append(c == 0 ? 0x20 : c); continue }
            let scalar = c < 0xA0 ? UInt32(cp1252High[Int(c) - 0x80]) : UInt32(c)
            appendScalar(scalar, to: &out)
        }
        return out
    }

    @inline(__always)
    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 { out.append(UInt8(v)) } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Converts with iconv; invalid input bytes become U+FFFD. Nil when iconv does not know the charset.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) -> [UInt8]? {
        if bytes.isEmpty { return [] }
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 64)
        var written = 0
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                if out.count - written < 16 { out.append(contentsOf: repeatElement(0, count: out.count)) }
                let result: Int = out.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count - written
                    var ip: UnsafeMutablePointer<CChar>? = inPtr
                    let r = iconv(cd, &ip, &inLeft, &outPtr, &outLeft)
                    written = outBuf.count - outLeft
                    inPtr = ip!
                    return r == Int(bitPattern: UInt(bitPattern: -1)) ? Int(errno) : 0
                }
                if result == 0 { break }
                if result == E2BIG { out.append(contentsOf: repeatElement(0, count: out.count)); continue }
                // EILSEQ or EINVAL: skip one byte, mark it.
                if out.count - written < 4 { out.append(contentsOf: repeatElement(0, count: 64)) }
                out[written] = 0xEF; out[written + 1] = 0xBF; out[written + 2] = 0xBD
                written += 3
                inPtr += 1
                inLeft -= 1
            }
        }
        out.removeSubrange(written...)
        return repairUTF8(out[...])
    }
}
