import Foundation

/// Script-to-Latin romanization through a named ICU transform (`Russian-Latin/BGN`, `Any-Latin`),
/// applied per word and cached: ICU transforms run at 1-6 MB/s per call, and names repeat.
public final class Romanization: @unchecked Sendable {
    public let transformName: String
    private let transform: StringTransform
    private let lock = NSLock()
    private var cache: [String: String] = [:]
    private let cacheLimit = 100_000

    /// Fails when ICU does not know the transform.
    public init?(_ name: String) {
        let transform = StringTransform(name)
        guard "a".applyingTransform(transform, reverse: false) != nil else { return nil }
        self.transformName = name
        self.transform = transform
    }

    /// The text with every word that holds a letter outside Latin romanized; nil if there was none.
    public func romanize(_ text: String, words: inout Int) -> String? {
        guard text.utf8.contains(where: { $0 >= 0xC0 }) else { return nil }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var changed = false
        var start = text.startIndex
        var index = text.startIndex
        var inWord = false
        var foreign = false
        func flush(to end: String.Index) {
            let word = text[start..<end]
            if inWord && foreign, let latin = romanizeWord(word) {
                out += latin
                changed = true
                words += 1
            } else {
                out += word
            }
        }
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            if letter != inWord {
                flush(to: index)
                start = index
                inWord = letter
                foreign = false
            }
            if letter && !foreign && Self.isNonLatinLetter(scalar) { foreign = true }
            index = text.unicodeScalars.index(after: index)
        }
        flush(to: text.endIndex)
        return changed ? out : nil
    }

    func romanizeWord(_ word: Substring) -> String? {
        lock.lock()
        let key = String(word)
        if let hit = cache[key] { lock.unlock(); return hit }
        lock.unlock()
        guard var latin = key.applyingTransform(transform, reverse: false) else { return nil }
        latin.unicodeScalars.removeAll { Self.strayMarks.contains($0.value) }
        lock.lock()
        if cache.count < cacheLimit { cache[key] = latin }
        lock.unlock()
        return latin
    }

    /// Modifier letters that transforms emit for sounds English spelling ignores: the stress-like
    /// mark left by Kazakh қ, and the BGN primes for the soft and hard signs.
    static let strayMarks: Set<UInt32> = [0x02CC, 0x02B9, 0x02BA]

    static func isNonLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x0370 { return false }                    // ASCII, Latin-1, Latin Extended, IPA
        if v >= 0x1E00 && v <= 0x1EFF { return false }    // Latin Extended Additional
        if v >= 0x2C60 && v <= 0x2C7F { return false }
        if v >= 0xA720 && v <= 0xA7FF { return false }
        if v >= 0xFB00 && v <= 0xFB06 { return false }    // Latin ligatures
        if v >= 0xFF00 && v <= 0xFF5E { return false }    // full-width ASCII
        return s.properties.isAlphabetic
    }
}
