/// What the `names` stage learns from a corpus: every capitalized spelling (one word, or a
/// multi-word name) with how often it occurs in all and in running prose, and how often each
/// lower-case word occurs. Built per document and merged in any order.
/// Both tables are keyed by the `NameHash` of the UTF-8, and spellings are kept as bytes in one
/// array: counting builds no String and allocates nothing per name (Strings are made once, for
/// the plan).
public struct NameCensus: JSONWritableSummary {
    struct Entry: Sendable, Equatable {
        var hash: UInt64
        /// The spelling's bytes in `bytes`.
        var offset: Int
        var length: Int
        var counts: NameVariants.Counts
    }
    var entries: [Entry] = []
    /// The UTF-8 of every spelling, one after another.
    var bytes: [UInt8] = []
    /// Hash of a spelling → its position in `entries`, plus one.
    var positions = HashCounter()
    /// Hash of a lower-case word → occurrences; tells ordinary words from names. Sized for a
    /// chunk of documents, so that it rarely grows while counting.
    public var lowercase = HashCounter(capacity: 8192)
    public init() {}

    func spelling(_ entry: Entry) -> String {
        String(decoding: bytes[entry.offset..<(entry.offset + entry.length)], as: UTF8.self)
    }

    /// Capitalized spellings (one word, or words joined by single spaces) and their counts.
    /// Sized up front: grown from empty, the table was rehashed a dozen times on a large corpus.
    public var names: [String: NameVariants.Counts] {
        var names = [String: NameVariants.Counts](minimumCapacity: entries.count)
        names.merge(entries.lazy.map { (spelling($0), $0.counts) }, uniquingKeysWith: { a, _ in a })
        return names
    }

    /// The pairs of `names`, in the order they were counted, made without hashing every
    /// spelling for a Dictionary: an ASCII spelling equals no other (the census keeps one entry
    /// per byte sequence), and spellings with other letters that are canonically equivalent (NFC
    /// and NFD) are one, the first counted, as in `names`. A Kelvin sign, the one letter
    /// canonically equal to an ASCII letter, makes this fall back to `names`.
    var spellings: [(key: String, value: NameVariants.Counts)] {
        if containsKelvinSign { return names.map { ($0.key, $0.value) } }
        var list: [(key: String, value: NameVariants.Counts)] = []
        list.reserveCapacity(entries.count)
        var seen: Set<String> = []
        bytes.withUnsafeBufferPointer { all in
            for entry in entries {
                let utf8 = UnsafeBufferPointer(rebasing: all[entry.offset..<(entry.offset + entry.length)])
                let spelling = String(decoding: utf8, as: UTF8.self)
                if utf8.contains(where: { $0 >= 0x80 }), !seen.insert(spelling).inserted { continue }
                list.append((spelling, entry.counts))
            }
        }
        return list
    }

    /// Whether some spelling holds the Kelvin sign (U+212A), canonically equal to `K`.
    var containsKelvinSign: Bool { bytes.withUnsafeBufferPointer { Self.containsKelvinSign($0) } }

    /// Whether UTF-8 `b` holds the Kelvin sign (E2 84 AA).
    static func containsKelvinSign(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        var k = 0
        while k + 2 < b.count {
            // Spellings are mostly ASCII: eight bytes at a time up to one that is not.
            if k + 8 <= b.count, UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                k += 8
                continue
            }
            if b[k] == 0xE2 && b[k + 1] == 0x84 && b[k + 2] == 0xAA { return true }
            k += 1
        }
        return false
    }

    mutating func add(_ spelling: UnsafeBufferPointer<UInt8>, hash: UInt64, inProse: Bool) {
        add(hash, counts: NameVariants.Counts(total: 1, inProse: inProse ? 1 : 0), spelling: spelling)
    }

    mutating func add(_ hash: UInt64, counts: NameVariants.Counts, spelling: UnsafeBufferPointer<UInt8>) {
        let position = positions[hash]
        if position > 0 {
            entries[position - 1].counts.total += counts.total
            entries[position - 1].counts.inProse += counts.inProse
        } else {
            entries.append(Entry(hash: hash, offset: bytes.count, length: spelling.count, counts: counts))
            bytes.append(contentsOf: spelling)
            positions.add(hash, entries.count)
        }
    }

    mutating func add(_ spelling: String, counts: NameVariants.Counts) {
        var spelling = spelling
        spelling.withUTF8 { add(NameHash.of($0), counts: counts, spelling: $0) }
    }

    /// For every word of every spelling that also occurs in lower case, how often it does
    /// (`Marsala` → occurrences of `marsala`). ASCII words are kept by the `NameHash` of their
    /// bytes, in a table of the words found in lower case only: small, where the questions
    /// discovery asks for every spelling find it (the census's table of every lower-case word
    /// is large, and asked once per word here, all at once). Other words are kept as Strings,
    /// where canonically equivalent spellings (NFC and NFD) share one entry, the last one
    /// counted, as everywhere a spelling is a String.
    public func lowercaseCountsOfNameWords() -> NameVariants.LowercaseCounts {
        var counts: [String: Int] = [:]
        // The Kelvin sign is the one letter canonically equal to an ASCII letter (K): with one
        // in the census, ASCII words are kept as Strings too, so that they meet their equals.
        let kelvin = containsKelvinSign
        // Per ASCII word: the hash of its bytes, and of its bytes in lower case.
        var written: [UInt64] = [], folded: [UInt64] = []
        var seen = HashCounter(capacity: entries.count)
        bytes.withUnsafeBufferPointer { all in
            for entry in entries {
                let end = entry.offset + entry.length
                var start = entry.offset
                while start < end {
                    var stop = start
                    while stop < end, all[stop] != 0x20 { stop += 1 }
                    let word = UnsafeBufferPointer(rebasing: all[start..<stop])
                    start = stop + 1
                    if !kelvin, word.allSatisfy({ $0 < 0x80 }) {
                        // Each word once: most recur (a surname alone and in full names).
                        let hash = NameHash.of(word)
                        if seen[hash] == 0 {
                            seen.add(hash)
                            written.append(hash)
                            folded.append(NameCensus.foldedHash(word))
                        }
                        continue
                    }
                    // As lowercased() has it: for an ASCII word, the bytes folded.
                    let n = lowercase[NameHash.of(String(decoding: word, as: UTF8.self).lowercased())]
                    if n > 0 { counts[String(decoding: word, as: UTF8.self)] = n }
                }
            }
        }
        guard !kelvin else { return NameVariants.LowercaseCounts(counts, ascii: nil) }
        var found = [Int](repeating: 0, count: folded.count)
        folded.withUnsafeBufferPointer { folded in found.withUnsafeMutableBufferPointer { lowercase.counts(of: folded, into: $0) } }
        var ascii = HashCounter()
        for k in found.indices where found[k] > 0 { ascii.add(written[k], found[k]) }
        return NameVariants.LowercaseCounts(counts, ascii: ascii)
    }

    /// `NameHash` of an ASCII word with its letters in lower case: what the census counted the
    /// word under when it was written that way (the same bytes as `lowercased()`).
    static func foldedHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        func hash(_ folded: UnsafeMutableBufferPointer<UInt8>) -> UInt64 {
            for k in word.indices { let b = word[k]; folded[k] = b &- 0x41 < 26 ? b | 0x20 : b }
            return NameHash.of(UnsafeBufferPointer(folded), 0, word.count)
        }
        // A buffer of constant size for the words of names (a variable one costs a check per call).
        if word.count <= 64 { return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64, hash) }
        var folded = [UInt8](repeating: 0, count: word.count)
        return folded.withUnsafeMutableBufferPointer { hash($0) }
    }

    public mutating func merge(_ other: NameCensus) {
        // The engine merges every chunk's summary into an empty one first.
        if entries.isEmpty && lowercase.count == 0 { self = other; return }
        other.bytes.withUnsafeBufferPointer { theirs in
            for entry in other.entries {
                add(entry.hash, counts: entry.counts, spelling: UnsafeBufferPointer(rebasing: theirs[entry.offset..<(entry.offset + entry.length)]))
            }
        }
        lowercase.merge(other.lowercase)
    }

    // On disk: {"names": {spelling: [total, in prose]}, "lowercase": {hex hash: count}};
    // keyed objects so that sorted keys make the same corpus give the same file.
    enum CodingKeys: String, CodingKey { case names, lowercase }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for (spelling, pair) in try container.decode([String: [Int]].self, forKey: .names) where pair.count == 2 {
            add(spelling, counts: .init(total: pair[0], inProse: pair[1]))
        }
        for (key, value) in try container.decode([String: Int].self, forKey: .lowercase) {
            if let hash = UInt64(key, radix: 16) { lowercase.add(hash, value) }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(entries.map { (spelling($0), [$0.counts.total, $0.counts.inProse]) }, uniquingKeysWith: { a, _ in a }), forKey: .names)
        try container.encode(Dictionary(uniqueKeysWithValues: lowercase.pairs.map { (hex16($0.0), $0.1) }), forKey: .lowercase)
    }

    /// Wide summaries (every lower-case word of a corpus) write faster this way than through JSONEncoder.
    public func writeJSON(into writer: inout JSONWriter) {
        writer.raw("{\"lowercase\":")
        writer.counts(lowercase.pairs.map { (hex16($0.0), $0.1) })
        writer.raw(",\"names\":{")
        let spellings = entries.map { (spelling($0), $0.counts) }
            .sorted { $0.0 < $1.0 }
        for (k, (name, counts)) in spellings.enumerated() {
            if k > 0 { writer.raw(",") }
            writer.string(name); writer.raw(":[")
            writer.number(counts.total); writer.raw(","); writer.number(counts.inProse); writer.raw("]")
        }
        writer.raw("}}")
    }

    /// A word the census looks at again after the scan: a name-like word, or a particle right
    /// after one. Lower-case words are counted as they come and not kept.
    struct Word {
        var token: NameToken
        /// Position among all words of the text; runs of names are unbroken sequences.
        var index: Int
        /// The word before is running prose (lower case, not a small Title Case word).
        var prevProse: Bool
        /// The word after is running prose in the same sentence.
        var nextProse = false
        var isName: Bool { (token.shape == .capitalized || token.shape == .particleName) && !token.nonLatin }
    }

    /// Counts the capitalized words of one text, and the runs of up to `maxWords` of them that
    /// stand next to running prose (multi-word names), and every lower-case word.
    public mutating func count(_ text: String, maxWords: Int) {
        var text = text
        text.withUTF8 { bytes in
          // The hashes of the lower-case words, counted in one go after the scan: one access to
          // the table per text rather than per word. A text of n bytes holds at most n / 2 + 1 words.
          withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count / 2 + 1) { lowerHashes in
            var lowerCount = 0
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 64)   // about one name-like word in ten
            var index = 0
            var lastProse = false
            var lastKept = false
            let titleWords = NameCensus.titleWords, connectors = NameCensus.connectorHashes   // once, not per word
            NameScanner.scan(bytes) { token in
                if token.shape == .lower {
                    lowerHashes[lowerCount] = token.hash
                    lowerCount += 1
                    let length = token.end - token.start
                    let prose = !(length <= 3 && titleWords.contains(token.hash))
                    if lastKept {
                        words[words.count - 1].nextProse = prose && !token.sentenceStart
                        lastKept = length <= 5 && connectors.contains(token.hash)
                        if lastKept { words.append(Word(token: token, index: index, prevProse: lastProse)) }
                    }
                    lastProse = prose
                } else {
                    words.append(Word(token: token, index: index, prevProse: lastProse))
                    lastKept = true
                    lastProse = false
                }
                index += 1
            }
            lowercase.add(UnsafeBufferPointer(rebasing: lowerHashes[..<lowerCount]))
            count(words, in: bytes, maxWords: maxWords)
          }
        }
    }

    /// Counts the names among the kept words, and their runs (multi-word names).
    mutating func count(_ words: [Word], in bytes: UnsafeBufferPointer<UInt8>, maxWords: Int) {
        var runStart = -1   // first word of the current run of name words (and particles)
        var runEnd = -1     // its last word
        for k in words.indices {
            let word = words[k]
            let joined = runStart >= 0 && words[runEnd].token.spaceAfter && words[runEnd].index + 1 == word.index
            if word.isName {
                add(UnsafeBufferPointer(rebasing: bytes[word.token.start..<word.token.end]), hash: word.token.hash,
                    inProse: NameCensus.inProse(words, k, k))
                if maxWords > 1 {
                    if runStart >= 0, !joined {
                        countRun(words, runStart, runEnd, bytes, maxWords)
                        runStart = -1
                    }
                    if runStart < 0 { runStart = k }
                    runEnd = k
                }
            } else if word.token.shape == .lower, joined {
                runEnd = k
            } else if runStart >= 0 {
                countRun(words, runStart, runEnd, bytes, maxWords)
                runStart = -1
            }
        }
        if runStart >= 0 { countRun(words, runStart, runEnd, bytes, maxWords) }
    }

    /// Words `a...b` stand in running prose: not at a sentence start, with a prose word right
    /// before or after them in the same sentence. Headlines, menus and lists in Title Case do not count.
    static func inProse(_ words: [Word], _ a: Int, _ b: Int) -> Bool {
        !words[a].token.sentenceStart && (words[a].prevProse || words[b].nextProse)
    }

    /// Counts the multi-word names of one run of name words (with particles between them).
    /// Multi-word names are counted in running prose only: runs of capitals in headlines, menus and
    /// lists would add thousands of spellings that are no names.
    mutating func countRun(_ words: [Word], _ first: Int, _ last: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ maxWords: Int) {
        var last = last
        while last >= first, !words[last].isName { last -= 1 }
        guard last > first else { return }
        for start in first...last where words[start].isName {
            var end = start + 1
            while end <= min(last, start + maxWords - 1) {
                // Looser than inProse for multi-word names: a sentence may start with one (`Anna Ivanova said`).
                if words[end].isName && (NameCensus.inProse(words, start, end) || words[end].nextProse) {
                    let phrase = UnsafeBufferPointer(rebasing: bytes[words[start].token.start..<words[end].token.end])
                    add(phrase, hash: NameHash.of(phrase), inProse: NameCensus.inProse(words, start, end))
                }
                end += 1
            }
        }
    }

    /// Small words that Title Case leaves in lower case (`Return of the King`). Prepositions are
    /// left out: names in prose follow them all the time (`met with Ivanova`).
    static let titleWords: [UInt64] = ["a", "an", "the", "of", "and", "or", "nor", "vs"].map { NameHash.of($0) }

    /// Hashes of the particles that sit inside multi-word names (`bin`, `van`).
    static let connectorHashes: [UInt64] = NameVocabulary.connectors.map { NameHash.of($0) }.sorted()

    static func isConnector(_ hash: UInt64) -> Bool { connectorHashes.contains(hash) }

    static func isConnector(_ bytes: UnsafeBufferPointer<UInt8>, _ token: NameToken) -> Bool {
        isConnector(NameHash.of(bytes, token.start, token.end))
    }
}
