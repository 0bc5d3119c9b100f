import Foundation

/// Cuts a site or section name off a headline: `Putin warns … | International` → `Putin warns …`.
public enum TitleCleaning {
    public static let separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » "]

    /// Removes a trailing (or, for `Site | Headline`, leading) segment of at most `maxSuffixWords`
    /// words when the rest is clearly longer.
    public static func clean(_ title: String, maxSuffixWords: Int = 4) -> String {
        var t = title.trimmingCharacters(in: .whitespacesAndNewlines)
        for separator in separators {
            guard let r = t.range(of: separator, options: .backwards) else { continue }
            let head = String(t[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(t[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            let headWords = head.split(separator: " ").count, tailWords = tail.split(separator: " ").count
            if tailWords <= maxSuffixWords && headWords > tailWords && headWords >= 3 {
                t = head
                break
            }
            if separator == " | " && headWords <= maxSuffixWords && tailWords > headWords && tailWords >= 3 {
                t = tail
                break
            }
        }
        return t
    }
}
