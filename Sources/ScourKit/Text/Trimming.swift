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
    /// over its Characters gives them. Lines whose spaces are Characters of their own
    /// (`spacesStandAlone`: all ASCII lines, most others) are split on their bytes, which gives the
    /// same words: finding Characters costs far more than the split.
    func words(splitAtTabs tabs: Bool = false) -> [Substring] {
        var copy = self
        if copy.withUTF8({ Self.spacesStandAlone($0) }) {
            return utf8.split(whereSeparator: { $0 == 0x20 || (tabs && $0 == 0x09) }).map { Substring($0) }
        }
        return split(whereSeparator: { $0 == " " || (tabs && $0 == "\t") })
    }

    /// Whether every space in the UTF-8 bytes is a Character of its own. A space joins the
    /// character after it when that is a mark (a grapheme extender or spacing mark), and the one
    /// before it when that is a prepended sign (U+0600…U+0605 and a few more, none below U+0600
    /// or from U+1000 to U+FFFF). Marks are never ASCII, nor Latin (U+00A0…U+02FF), Cyrillic
    /// letters (U+0400…U+0482) or the dashes, quotes and marks of U+2010…U+2027, U+2030…U+205E:
    /// a space with other characters after it, or a character before it from U+0600 to U+0FFF or
    /// over U+FFFF, is taken as joined (conservatively). A tab is a control, which never joins.
    static func spacesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        for i in 0..<n where bytes[i] == 0x20 {
            if i + 1 < n && bytes[i + 1] >= 0x80 {
                let b = bytes[i + 1]
                guard i + 2 < n else { return false }
                let c = bytes[i + 2]
                if b >= 0xC2 && b <= 0xDF {
                    let scalar = (UInt32(b & 0x1F) << 6) | UInt32(c & 0x3F)
                    guard (0xA0...0x2FF).contains(scalar) || (0x400...0x482).contains(scalar) else { return false }
                } else if b == 0xE2 && (c == 0x80 || c == 0x81) && i + 3 < n {
                    let scalar = 0x2000 | (UInt32(c & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
                    guard (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar) else { return false }
                } else {
                    return false
                }
            }
            if i > 0 && bytes[i - 1] >= 0x80 {
                // The character before: two bytes led by C2…D7 (below U+0600), or three led by E1…EF
                // (U+1000…U+FFFF).
                var lead = i - 1
                while lead > 0 && bytes[lead] & 0xC0 == 0x80 && i - lead < 4 { lead -= 1 }
                let b = bytes[lead]
                let twoBelow600 = i - lead == 2 && b >= 0xC2 && b <= 0xD7
                let threeAbove1000 = i - lead == 3 && b >= 0xE1 && b <= 0xEF
                guard twoBelow600 || threeAbove1000 else { return false }
            }
        }
        return true
    }
}
