import Foundation

/// Reads a publisher from copyright and publication notices: `© 2019 Example Media`,
/// `Copyright © Example Media. All rights reserved`, `All texts published by the X Foundation …`.
public enum PublisherLines {
    public static func holder(_ line: String) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= 60 else { return nil }
        var i = 0
        var started = false
        while i < words.count {
            let w = words[i].lowercased()
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
        let result = name.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        return result.isEmpty ? nil : result
    }
}
