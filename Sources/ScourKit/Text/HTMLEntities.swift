import Foundation

/// Decodes HTML character references left in extracted text (`AT&amp;T`, `&#8217;`, `&nbsp;`).
///
/// Only complete references with a closing `;` are decoded, and only names from a short list of
/// the ones scraped text actually carries, so prose that merely contains `&` is left alone.
public enum HTMLEntities {
    /// The decoded text and how many references were decoded, or nil when there were none.
    public static func decode(_ text: String) -> (text: String, decoded: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (String, Int)? in
            guard memchr(bytes.baseAddress!, 0x26, bytes.count) != nil else { return nil }
            var out: [UInt8] = []
            var decoded = 0
            var copied = 0
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x26, let (value, length) = reference(at: i, in: bytes) {
                    if decoded == 0 { out.reserveCapacity(bytes.count) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                    out.append(contentsOf: value.utf8)
                    decoded += 1
                    i += length
                    copied = i
                } else {
                    i += 1
                }
            }
            guard decoded > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            return (String(decoding: out, as: UTF8.self), decoded)
        }
    }

    /// The reference starting at the `&` at `i`: its text and its length in bytes.
    static func reference(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        var j = i + 1
        while j < bytes.count, j - i <= 12 {
            let b = bytes[j]
            let alnum = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
            guard alnum || (b == 0x23 && j == i + 1) else { break }
            j += 1
        }
        guard j < bytes.count, bytes[j] == 0x3B, j > i + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
        let length = j - i + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let value = named[body] else { return nil }
        return (value, length)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "euro": "\u{20AC}",
        "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}",
        "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}", "frac12": "\u{BD}", "frac14": "\u{BC}",
        "frac34": "\u{BE}", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "iexcl": "\u{A1}", "iquest": "\u{BF}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "yacute": "ý",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Yacute": "Ý",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
        "Agrave": "À", "Egrave": "È", "Igrave": "Ì", "Ograve": "Ò", "Ugrave": "Ù",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "Acirc": "Â", "Ecirc": "Ê", "Icirc": "Î", "Ocirc": "Ô", "Ucirc": "Û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "yuml": "ÿ",
        "Auml": "Ä", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü",
        "atilde": "ã", "otilde": "õ", "ntilde": "ñ", "Atilde": "Ã", "Otilde": "Õ", "Ntilde": "Ñ",
        "ccedil": "ç", "Ccedil": "Ç", "szlig": "ß", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
        "oslash": "ø", "Oslash": "Ø", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š",
    ]
}
