import Foundation

/// Reads a publisher from copyright and publication notices: `© 2019 Example Media`,
/// `Copyright © Example Media. All rights reserved`, `All texts published by the X Foundation …`.
public enum PublisherLines {
    public static func holder(_ line: String) -> String? {
        guard mightHoldNotice(line) else { return nil }
        let words = line.words(splitAtTabs: true)
        guard words.count <= 60 else { return nil }
        var i = 0
        var started = false
        while i < words.count {
            // Only words that start like a notice word are lower-cased and compared.
            let w = words[i].utf8.first.map(opensNotice) ?? false ? words[i].lowercased() : ""
            if w == "©" || w == "(c)" || w == "copyright" || w.hasPrefix("©") {
                started = true
            } else if i + 1 < words.count, w == "published", ["by", "por", "par", "von", "da"].contains(words[i + 1].lowercased()) {
                started = true
                i += 1
            } else if started {
                break
            }
            i += 1
        }
        guard started else { return nil }
        var name: [Substring] = []
        while i < words.count {
            var w = words[i]
            let lower = w.lowercased()
            if name.isEmpty, lower == "the" || lower == "©" || w.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," }) { i += 1; continue }
            guard let first = w.first, first.isUppercase || first.isNumber else { break }
            var stop = false
            if let last = w.last, ".,;|:".contains(last) { w = w.dropLast(); stop = true }
            if w.allSatisfy({ $0.isNumber }) { break }
            name.append(w)
            if stop || name.count >= 5 { break }
            i += 1
        }
        let joined = name.joined(separator: " ")
        // A name that starts and ends with an ASCII letter or digit has nothing to trim.
        let plain = joined.utf8.first.map(isASCIIAlphanumeric) ?? false && joined.utf8.last.map(isASCIIAlphanumeric) ?? false
        let result = plain ? joined : joined.trimmingCharacters(in: trimmed)
        return result.isEmpty ? nil : result
    }

    /// Punctuation and spaces around a holder's name (built once: a union is a new set each time).
    private static let trimmed = CharacterSet.punctuationCharacters.union(.whitespaces)

    private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    /// Whether a word starting with this byte can lower-case to `©`, `(c)`, `copyright` or
    /// `published` (`©` is C2 A9 in UTF-8).
    private static func opensNotice(_ b: UInt8) -> Bool { b == 0xC2 || b == 0x28 || b | 0x20 == 0x63 || b | 0x20 == 0x70 }

    /// Whether `line` has a word that opens a notice (`©`, `(c)`, `copyright`, `published`, in
    /// any case): a byte search that spares most lines the word-by-word reading above.
    static func mightHoldNotice(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA9 { return true }
                if b == 0x28 && i + 2 < n && bytes[i + 1] | 0x20 == 0x63 && bytes[i + 2] == 0x29 { return true }
                if b | 0x20 == 0x63 && matches(bytes, i, "copyright") { return true }
                if b | 0x20 == 0x70 && matches(bytes, i, "published") { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether the ASCII lower-case `word` is at `i` in `bytes`, in any case.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where bytes[i + k] | 0x20 != w[k] { return false }
        return true
    }
}
