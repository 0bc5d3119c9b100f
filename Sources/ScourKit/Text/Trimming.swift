/// Trims any of the characters of a short set from both ends (no Foundation `CharacterSet` needed).
extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}

extension String {
    /// The words of a line between runs of spaces (and tabs, with `tabs`), as `split(whereSeparator:)`
    /// over its Characters gives them. An ASCII line is split on its bytes: there each Character is
    /// one byte (lines hold no `\r\n`), and finding Characters costs far more than the split.
    func words(splitAtTabs tabs: Bool = false) -> [Substring] {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.split(whereSeparator: { $0 == 0x20 || (tabs && $0 == 0x09) }).map { Substring($0) }
        }
        return split(whereSeparator: { $0 == " " || (tabs && $0 == "\t") })
    }
}
