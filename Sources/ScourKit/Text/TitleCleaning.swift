import Foundation

/// Cuts a site or section name off a headline: `Putin warns … | International` → `Putin warns …`.
public enum TitleCleaning {
    public static let separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » "]
    /// `separators` as bytes, made once.
    static let separatorBytes = separators.map { Array($0.utf8) }

    /// Removes a trailing (or, for `Site | Headline`, leading) segment of at most `maxSuffixWords`
    /// words when the rest is clearly longer.
    public static func clean(_ title: String, maxSuffixWords: Int = 4) -> String {
        let t = trimmed(title, .whitespacesAndNewlines)
        let bytes = Array(t.utf8)
        for (separator, separatorBytes) in zip(separators, separatorBytes) {
            guard let at = lastIndex(of: separatorBytes, in: bytes) else { continue }
            let head = trimmed(String(decoding: bytes[..<at], as: UTF8.self), .whitespaces)
            let tail = trimmed(String(decoding: bytes[(at + separator.utf8.count)...], as: UTF8.self), .whitespaces)
            let headWords = head.split(separator: " ").count, tailWords = tail.split(separator: " ").count
            if tailWords <= maxSuffixWords && headWords > tailWords && headWords >= 3 { return head }
            if separator == " | " && headWords <= maxSuffixWords && tailWords > headWords && tailWords >= 3 { return tail }
        }
        return t
    }

    /// `string` trimmed of `set` (white space): most titles begin and end with a visible ASCII
    /// character, which no white space set holds, and are returned without asking Foundation.
    static func trimmed(_ string: String, _ set: CharacterSet) -> String {
        if let first = string.utf8.first, let last = string.utf8.last, isVisibleASCII(first), isVisibleASCII(last) { return string }
        return string.trimmingCharacters(in: set)
    }

    @inline(__always)
    private static func isVisibleASCII(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }

    /// Byte offset of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
