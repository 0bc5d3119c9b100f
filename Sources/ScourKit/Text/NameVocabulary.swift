/// Word lists the name stage consults, kept in one place for review.
public enum NameVocabulary {
    /// Lower-case particles that sit inside multi-word names (`Omar bin Khalid`, `Anna van Dijk`).
    public static let connectors: Set<String> = [
        "bin", "ben", "ibn", "bint", "al", "el", "de", "da", "di", "du", "del", "della", "der", "den",
        "van", "von", "la", "le", "dos", "das", "y", "e", "ter", "abu",
    ]

    /// Capitalized words that start sentences and headlines but are never names. Larger corpora
    /// catch these through their lower-case uses; this list covers small ones.
    public static let stopwords: Set<String> = [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Then", "They", "Their", "Them",
        "He", "She", "It", "Its", "His", "Her", "We", "Our", "You", "Your", "I", "My", "Me", "Us",
        "And", "But", "Or", "Nor", "So", "Yet", "For", "If", "When", "Where", "While", "What", "Which",
        "Who", "Whom", "Whose", "Why", "How", "After", "Before", "Also", "Both", "Either", "Neither",
        "From", "With", "Without", "Into", "Over", "Under", "About", "Above", "Below", "Between",
        "According", "However", "Meanwhile", "Although", "Though", "Because", "Since", "Until", "During",
        "Many", "Most", "Some", "Several", "Other", "Others", "Another", "Each", "Every", "All", "Any",
        "No", "Not", "None", "One", "Two", "Three", "First", "Second", "Last", "Next", "New", "Old",
        "In", "On", "At", "By", "Of", "To", "Up", "As", "Is", "Was", "Were", "Are", "Be", "Been",
        "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "May",
        "Might", "Must", "Here", "Now", "Today", "Yesterday", "Tomorrow", "Later", "Latter", "Former",
        "Mr", "Mrs", "Ms", "Dr", "Q", "Yes", "Than", "Such", "Even", "Still", "Just", "Only", "Very",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Whether `word` is one of `stopwords`. Asked of nearly every spelling of a corpus, so the
    /// hash of its bytes is looked up first and the Set (which hashes the String) only on a hit.
    /// The stopwords are ASCII without a `K` (the one letter a non-ASCII letter, the Kelvin sign,
    /// is canonically equal to), so a String equal to one of them has its very bytes.
    static func isStopword(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isStopword($0) }
    }

    /// `isStopword` of the word whose UTF-8 is `word`: the String is made only on a hit.
    static func isStopword(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        isStopword(word, hash: NameHash.of(word))
    }

    /// `isStopword` of a word whose `NameHash` the caller has already.
    static func isStopword(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        stopwordHashes[hash] > 0 && stopwords.contains(String(decoding: word, as: UTF8.self))
    }

    static let stopwordHashes: HashCounter = {
        var hashes = HashCounter(capacity: stopwords.count)
        for word in stopwords {
            assert(word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B }, "isStopword compares bytes")
            hashes.add(NameHash.of(word))
        }
        return hashes
    }()

    /// Letter groups and endings that romanizations of Slavic, Caucasian, Turkic, Arabic, Persian,
    /// Chinese and Korean names produce and English spelling rarely does. A spelling with none of
    /// them is only merged when its romanization key is identical or only accents differ.
    static let transliterationMarks = ["kh", "zh", "sch", "cz", "sz", "dj", "dzh", "ts", "tz", "ij", "iy", "yy", "ye", "yo",
                                       "yu", "ya", "eo", "hs", "dh", "'", "’", "q"]
    static let transliterationEndings = ["ov", "ev", "ova", "eva", "ow", "ew", "sky", "ski", "skij", "skaya", "ska", "enko",
                                         "yan", "ian", "jan", "dze", "vili", "uk", "ych", "vich", "vic", "stan", "abad",
                                         "grad", "gorod", "sk", "iv", "yiv", "ju", "egh", "agh"]

    /// Whether `text` holds the UTF-8 of `part` (not empty).
    static func contains(_ text: [UInt8], _ part: String) -> Bool {
        let p = Array(part.utf8)
        guard !p.isEmpty, p.count <= text.count else { return false }
        return (0...(text.count - p.count)).contains { k in text[k] == p[0] && text[k..<(k + p.count)].elementsEqual(p) }
    }

    /// A final `-ah` after a consonant: how Arabic and Hebrew feminine endings are romanized
    /// (the `h` is silent and often dropped).
    static func endsInArabicTaMarbuta(_ word: Substring) -> Bool {
        let u = Array(word.utf8)
        guard u.count >= 4, u[u.count - 2] == 0x61, u[u.count - 1] == 0x68 else { return false }
        return !"aeiouyh".utf8.contains(u[u.count - 3])
    }

    /// With `strict`, a `q` or an accent alone does not count (English has Queen and Quirk, and
    /// short words of many languages carry accents).
    public static func looksTransliterated(_ spelling: String, strict: Bool = false) -> Bool {
        var text = spelling
        if let answer = text.withUTF8({ asciiLooksTransliterated($0, strict: strict) }) { return answer }
        return looksTransliteratedByCharacters(spelling, strict: strict)
    }

    /// The marks, endings and connectors as bytes, for `asciiLooksTransliterated`.
    static let transliterationMarkBytes = transliterationMarks.map { Array($0.utf8) }
    static let transliterationEndingBytes = transliterationEndings.map { Array($0.utf8) }

    /// `looksTransliterated` of an ASCII spelling without a carriage return (nil for any other),
    /// read from its bytes: there every byte is a Character, so byte searches and suffixes find
    /// what the String ones do, without `lowercased()`, a Substring per word and Character-wise
    /// `hasSuffix` (about 40,000 instructions per spelling, asked of each candidate compared).
    static func asciiLooksTransliterated(_ spelling: UnsafeBufferPointer<UInt8>, strict: Bool) -> Bool? {
        guard spelling.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        let lower = spelling.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        for (k, mark) in transliterationMarkBytes.enumerated() where !(strict && transliterationMarks[k] == "q") {
            if contains(lower, mark) { return true }
        }
        if lower.first == 0x78 || contains(lower, [0x20, 0x78]) { return true }
        // Words split at spaces and hyphens, empty ones dropped, as `split(whereSeparator:)` has them.
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        for k in 0...lower.count where k == lower.count || lower[k] == 0x20 || lower[k] == 0x2D {
            if k > start { words.append(lower[start..<k]) }
            start = k + 1
        }
        if words.contains(where: { connectors.contains(String(decoding: $0, as: UTF8.self)) }) { return true }
        if words.contains(where: { word in
            word.count >= 4 && word[word.endIndex - 2] == 0x61 && word[word.endIndex - 1] == 0x68
                && !"aeiouyh".utf8.contains(word[word.endIndex - 3])
        }) { return true }
        return words.contains { word in transliterationEndingBytes.contains { word.count >= $0.count && word.suffix($0.count).elementsEqual($0) } }
    }

    /// Whether the bytes `text` hold `part` (not empty).
    static func contains(_ text: [UInt8], _ p: [UInt8]) -> Bool {
        guard !p.isEmpty, p.count <= text.count else { return false }
        return (0...(text.count - p.count)).contains { k in text[k] == p[0] && text[k..<(k + p.count)].elementsEqual(p) }
    }

    /// `looksTransliterated` read by Characters: the plain path, for spellings that are not ASCII.
    static func looksTransliteratedByCharacters(_ spelling: String, strict: Bool = false) -> Bool {
        if !strict && spelling.utf8.contains(where: { $0 >= 0x80 }) { return true }
        let lower = spelling.lowercased()
        // Foundation's search, or for an ASCII spelling (most) a byte search, which finds the same.
        let bytes: [UInt8]? = lower.utf8.allSatisfy { $0 < 0x80 } ? Array(lower.utf8) : nil
        func holds(_ part: String) -> Bool { bytes.map { contains($0, part) } ?? lower.contains(part) }
        if transliterationMarks.contains(where: { holds($0) && !(strict && $0 == "q") }) { return true }
        if lower.hasPrefix("x") || holds(" x") { return true }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.contains(where: { connectors.contains(String($0)) }) { return true }
        if words.contains(where: endsInArabicTaMarbuta) { return true }
        return words.contains { word in transliterationEndings.contains { word.hasSuffix($0) } }
    }
}
