/// Trims any of the characters of a short set from both ends (no Foundation `CharacterSet` needed).
extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}
