/// Groups the spellings of a corpus into names: blocking by consonant skeleton, confirmation by a
/// weighted edit distance on romanization keys, and guards against merging different names.
///
/// Spellings are visited from most to least frequent; each joins the closest group whose canonical
/// (or a lexicon spelling) it matches, or starts a group of its own. Comparing with a group's
/// canonical only (never with its other members) keeps chains like Marograd → Marogrod → Marogorod
/// from forming, and blocking keeps the work near-linear in the number of distinct spellings.
public enum NameVariants {
    /// How often a spelling was seen: in all, and in running prose (next to a lower-case word,
    /// not at a sentence start), where capitals mark a name rather than a headline or a sentence.
    public struct Counts: Codable, Sendable, Equatable {
        public var total = 0
        public var inProse = 0
        public init(total: Int = 0, inProse: Int = 0) { self.total = total; self.inProse = inProse }
    }

    /// How often words occur in lower case, asked for a capitalized word as written (`Marsala` →
    /// occurrences of `marsala`): a table of words, or what a census found
    /// (`NameCensus.lowercaseCountsOfNameWords`).
    public struct LowercaseCounts: Sendable, ExpressibleByDictionaryLiteral {
        /// Counts by word; with `ascii`, of the words that are not ASCII only.
        var words: [String: Int]
        /// Counts of ASCII words by the `NameHash` of their bytes: asked for nearly every
        /// spelling of a corpus, where hashing a String for a Dictionary costs more.
        var ascii: HashCounter?

        public init(_ words: [String: Int]) { self.init(words, ascii: nil) }
        init(_ words: [String: Int], ascii: HashCounter?) { self.words = words; self.ascii = ascii }
        public init(dictionaryLiteral elements: (String, Int)...) { self.init(Dictionary(uniqueKeysWithValues: elements)) }

        public subscript(word: String) -> Int {
            var word = word
            return word.withUTF8 { self[$0] }
        }

        /// The count of the word whose UTF-8 is `word`: an ASCII word makes no String.
        subscript(word: UnsafeBufferPointer<UInt8>) -> Int { self[word, hash: NameHash.of(word)] }

        /// The count of the word whose UTF-8 is `word` and `NameHash` is `hash`.
        subscript(word: UnsafeBufferPointer<UInt8>, hash hash: UInt64) -> Int {
            if let ascii, word.allSatisfy({ $0 < 0x80 }) { return ascii[hash] }
            return words[String(decoding: word, as: UTF8.self)] ?? 0
        }
    }

    /// Where a group comes from, as the review file says.
    public enum Source: String, Sendable {
        /// The user's lexicon: applied as written, canonical included.
        case lexicon
        /// Spellings the place-name table gives to one place (`PlaceNames`); the canonical is
        /// the most frequent of them in the corpus.
        case placeNames = "place names"
        /// Found in the corpus by the spelling rules.
        case discovered
    }

    /// One name with all its spellings.
    public struct Group: Sendable, Equatable {
        public var canonical: String
        /// Every spelling (the canonical first) with its count in the corpus.
        public var spellings: [(String, Int)]
        public var source: Source
        public var fromLexicon: Bool { source == .lexicon }
        /// Why the canonical was chosen, and why each variant joined.
        public var why: [(String, String)]

        public static func == (a: Group, b: Group) -> Bool {
            a.canonical == b.canonical && a.spellings.map(\.0) == b.spellings.map(\.0)
        }
        public var variants: [String] { spellings.map(\.0).filter { $0 != canonical } }
    }

    public struct Settings: Sendable {
        /// Occurrences the canonical spelling needs before other spellings are merged into it.
        /// Two mentions of a single word are weak evidence (Carrey/Carey, Corbett/Corbet, Waals/
        /// Waltz in real news are different names); a name of several words needs one less,
        /// its words agreeing being evidence of their own.
        public var minSupport = 3

        func support(of spelling: String) -> Int {
            var spelling = spelling
            return spelling.withUTF8 { $0.contains(0x20) } ? max(1, minSupport - 1) : minSupport
        }
        /// Most canonicals compared per block; keeps discovery near-linear on huge blocks.
        public var maxBlockSize = 64
        public init() {}
    }

    /// Work done by one discovery, for tests and diagnostics.
    public struct Statistics: Sendable {
        public var candidates = 0
        public var comparisons = 0
        public init() {}
    }

    /// A spelling close to a name but not merged with it, listed for review.
    public struct Unsure: Sendable, Equatable {
        public var spelling: String
        public var count: Int
        public var closest: String
        public var distance: Double
    }

    /// Groups `names` (spelling → counts: a dictionary, or pairs with no two spellings equal, as
    /// `NameCensus.spellings` gives them). `lowercase` gives, for a capitalized word as written,
    /// how often its lower-case form occurs (`Marsala` → occurrences of `marsala`).
    public static func discover(names: some Collection<(key: String, value: Counts)>, lowercase: LowercaseCounts, lexicon: NameLexicon,
                                settings: Settings = Settings()) -> [Group] {
        var unsure: [Unsure] = []
        return discover(names: names, lowercase: lowercase, lexicon: lexicon, settings: settings, unsure: &unsure)
    }

    public static func discover(names: some Collection<(key: String, value: Counts)>, lowercase: LowercaseCounts, lexicon: NameLexicon,
                                settings: Settings = Settings(), unsure: inout [Unsure]) -> [Group] {
        var statistics = Statistics()
        return discover(names: names, lowercase: lowercase, lexicon: lexicon, settings: settings, unsure: &unsure, statistics: &statistics)
    }

    public static func discover(names: some Collection<(key: String, value: Counts)>, lowercase: LowercaseCounts, lexicon: NameLexicon,
                                settings: Settings = Settings(), unsure: inout [Unsure], statistics: inout Statistics) -> [Group] {
        var clusters: [Cluster] = []
        var anchors = NameAnchors()
        // The lexicon's spellings: skipped below. A user's, by String (a file may spell them in
        // another normalization); the place-name links', taken from the corpus as written, by
        // the NameHash of their bytes, so that no other spelling is hashed as a String for them
        // (kept in a HashCounter: a Set<UInt64> hashes every spelling's hash again).
        var assigned: Set<String> = []
        var linked: (hashes: HashCounter, spellings: Set<String>) = (HashCounter(capacity: 16), [])
        let denied = lexicon.deniedPairs
        // Counts by spelling, for the user's spellings (asked only when there is a user's lexicon).
        let counted = !lexicon.groups.contains(where: { $0.source == .lexicon }) ? [:]
            : Dictionary(names.lazy.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })

        // The lexicon comes first and always wins (place-name links come after the user's groups).
        for group in lexicon.groups {
            let c = clusters.count
            let members = [group.canonical] + group.variants
            let counts = group.counts ?? members.map { counted[$0]?.total ?? 0 }
            let why: [(String, String)]
            if group.source == .lexicon {
                why = members.map { ($0, "lexicon") }
            } else {
                why = [(group.canonical, "most frequent spelling (\(counts[0]) of \(counts.reduce(0, +))) of a place")]
                    + group.variants.map { ($0, "a name of the same place in GeoNames") }
            }
            clusters.append(Cluster(canonical: group.canonical, source: group.source,
                                    members: Array(zip(members, counts)), why: why))
            for spelling in members {
                if group.source == .lexicon {
                    assigned.insert(spelling)
                } else {
                    linked.spellings.insert(spelling)
                    linked.hashes.add(NameHash.of(spelling))
                }
                let key = NameKey(spelling)
                anchors.file(spelling, skeletons: key.skeletons, key: key.symbols, plain: plainLetters(spelling), clusters[c].anchorEntry(c))
            }
        }

        var forms = NameWordForms()

        let leading = leadingWords(names)
        var candidates: [(spelling: String, counts: Counts, nonASCII: Int)] = []
        var ordinary: [(spelling: String, counts: Counts)] = []
        // `assigned` holds the user's spellings: without a user's lexicon, no spelling is hashed for it.
        for (spelling, counts) in names where assigned.isEmpty || !assigned.contains(spelling) {
            // One pass over the bytes for what the checks below ask of the spelling (String.utf8's
            // generic walk cost more than the checks).
            var text = spelling
            let (oneWord, nonASCII, leadingCount, isLinked) = text.withUTF8 { bytes -> (Bool, Int, Int, Bool) in
                var space = false, nonASCII = 0
                for b in bytes {
                    if b == 0x20 { space = true }
                    if b >= 0xC0 { nonASCII += 1 }
                }
                let isLinked = linked.hashes.count > 0 && linked.hashes[NameHash.of(bytes)] > 0
                // Only a one-word spelling can be a given name; the others are not looked up.
                return (!space, nonASCII, space ? 0 : leading[bytes], isLinked)
            }
            if isLinked && linked.spellings.contains(spelling) { continue }
            guard isCandidate(spelling, counts: counts, lowercase: lowercase) else {
                // A name that is also an ordinary word (a city called like a common noun) takes
                // no variants, and spellings close to it stay as they are.
                if oneWord, counts.inProse >= 2, !NameVocabulary.isStopword(spelling) {
                    ordinary.append((spelling, counts))
                }
                continue
            }
            guard !isGivenName(oneWord: oneWord, counts: counts, leading: leadingCount) else { continue }
            candidates.append((spelling, counts, nonASCII))
        }
        // In a fixed order (most frequent first), so that blocks and ties come out the same in
        // every process: dictionary order is seeded per process.
        ordinary.sort { a, b in a.counts.total != b.counts.total ? a.counts.total > b.counts.total : a.spelling < b.spelling }
        for (spelling, counts) in ordinary {
            var cluster = Cluster(canonical: spelling, source: .discovered, members: [(spelling, counts.total)], why: [])
            cluster.eligible = false
            cluster.ordinary = true
            clusters.append(cluster)
            let (key, plain) = forms.forms(of: spelling)
            anchors.file(spelling, skeletonHashes: key.skeletonHashes, key: key.symbols, plain: plain, cluster.anchorEntry(clusters.count - 1))
        }
        candidates.sort { a, b in
            if a.counts.total != b.counts.total { return a.counts.total > b.counts.total }
            if a.counts.inProse != b.counts.inProse { return a.counts.inProse > b.counts.inProse }
            return a.nonASCII != b.nonASCII ? a.nonASCII < b.nonASCII : a.spelling < b.spelling
        }

        // Per anchor (by serial number), asked only when a comparison needs it.
        var anchorSigns: [TransliterationSigns] = []
        statistics.candidates = candidates.count
        // The candidate that last compared with each anchor (by serial number).
        var lastVisitor: [Int32] = []
        for (visitor, (spelling, counts, _)) in candidates.enumerated() {
            let visitor = Int32(visitor)
            if lastVisitor.count < anchors.count {
                let more = anchors.count - lastVisitor.count + 1024
                lastVisitor.append(contentsOf: repeatElement(-1, count: more))
                anchorSigns.append(contentsOf: repeatElement(TransliterationSigns(), count: more))
            }
            let (key, plain) = forms.forms(of: spelling)
            guard key.symbols.count >= 3 else { continue }
            var signs = TransliterationSigns()
            var best: (cluster: Int, distance: Double, reason: String)?
            var near: (cluster: Int, distance: Double)?
            let skeletons = key.skeletonHashes
            anchors.bytes.withUnsafeBufferPointer { arena in
                for skeleton in skeletons {
                    guard let block = anchors.block(hash: skeleton) else { continue }
                    // By serial number, reading the cluster's flags from the anchor: reading the
                    // cluster costs a cache miss, copying it retains and releases its fields.
                    for serial in block.prefix(settings.maxBlockSize).lazy.map(Int.init) {
                        guard lastVisitor[serial] != visitor else { continue }
                        lastVisitor[serial] = visitor
                        let entry = anchors.entries[serial], c = Int(entry.cluster)
                        if entry.ordinary {
                            statistics.comparisons += 1
                            switch compare(spelling, key.symbols, plain, &signs, anchors, serial, arena, &anchorSigns[serial]) {
                            case .match(let distance, let reason) where clusters[c].members[0].1 >= settings.support(of: clusters[c].canonical)
                                    && (signs.looksTransliterated(spelling, strict: true) || hasLetterBeyondLatin1(spelling)):
                                // A place named like a common word (its lower-case twin is never
                                // touched) still takes spellings that are plainly transliterations
                                // (Gandscha, Gəncə). West European accents alone are not a sign
                                // here: Planète, Édition and Vidéos are words of another language.
                                if best == nil || distance < best!.distance { best = (c, distance, reason) }
                            case .match(let distance, _), .near(let distance):
                                if near == nil || distance < near!.distance { near = (c, distance) }
                            case .different:
                                break
                            }
                            continue
                        }
                        guard entry.takesVariants else { continue }
                        if !denied.isEmpty, denied.contains(DenyPair(spelling, clusters[c].canonical)) { continue }
                        statistics.comparisons += 1
                        switch compare(spelling, key.symbols, plain, &signs, anchors, serial, arena, &anchorSigns[serial]) {
                        case .match(let distance, let reason):
                            if best == nil || distance < best!.distance { best = (c, distance, reason) }
                        case .near(let distance):
                            if near == nil || distance < near!.distance { near = (c, distance) }
                        case .different:
                            break
                        }
                    }
                }
            }
            if let best {
                clusters[best.cluster].members.append((spelling, counts.total))
                clusters[best.cluster].why.append((spelling, best.reason))
            } else {
                // A spelling close to a more frequent name, but not close enough to merge, is left
                // alone and not made a canonical either: it is most likely a variant the rules
                // missed, and other variants should not gather around it.
                let eligible = counts.total >= settings.support(of: spelling) && counts.inProse >= 1 && near == nil
                if let near {
                    unsure.append(Unsure(spelling: spelling, count: counts.total, closest: clusters[near.cluster].canonical,
                                         distance: near.distance))
                }
                // Later spellings are only ever compared with canonicals that can take variants.
                // One that cannot is never filed, so it never gains a member and would be dropped
                // from the groups: no cluster is made for it (most spellings of a corpus).
                guard eligible else { continue }
                let c = clusters.count
                let cluster = Cluster(canonical: spelling, source: .discovered, members: [(spelling, counts.total)], why: [])
                clusters.append(cluster)
                anchors.file(spelling, skeletonHashes: skeletons, key: key.symbols, plain: plain, cluster.anchorEntry(c))
            }
        }

        return clusters.filter { $0.source != .discovered || $0.members.count > 1 }.map { cluster in
            let total = cluster.members.reduce(0) { $0 + $1.1 }
            var why = cluster.why
            if cluster.source == .discovered {
                why.insert((cluster.canonical, "most frequent spelling (\(cluster.members[0].1) of \(total))"), at: 0)
            }
            return Group(canonical: cluster.canonical, spellings: cluster.members, source: cluster.source, why: why)
        }
    }

    struct Cluster {
        var canonical: String
        var source: Source
        var members: [(String, Int)]
        var why: [(String, String)]
        var eligible = true
        /// An ordinary word that looks like a name; it only keeps close spellings apart.
        var ordinary = false

        /// The flags comparisons read, filed with cluster number `c`'s anchors.
        func anchorEntry(_ c: Int) -> NameAnchors.Entry {
            NameAnchors.Entry(cluster: Int32(c), ordinary: ordinary, takesVariants: source != .discovered || eligible)
        }
    }

    struct DenyPair: Hashable {
        var a: String, b: String
        init(_ a: String, _ b: String) { self.a = a; self.b = b }
    }

    /// For each word, how often it starts a two-word name (or a name with a particle in the middle).
    static func leadingWordCounts(_ names: some Sequence<(key: String, value: Counts)>) -> [String: Int] {
        var leading: [String: Int] = [:]
        for (spelling, counts) in names {
            var spelling = spelling
            guard let first = spelling.withUTF8({ bytes in
                leadingWord(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }) else { continue }
            leading[first, default: 0] += counts.total
        }
        return leading
    }

    /// The bytes of the word a spelling leads with, when it is a two-word name or a name with a
    /// connector in the middle (`Omar al Sharif`). Census spellings are words joined by single
    /// spaces: found by their bytes, not split.
    static func leadingWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = bytes.firstIndex(of: 0x20) else { return nil }
        if let second = bytes[(first + 1)...].firstIndex(of: 0x20) {
            guard !bytes[(second + 1)...].contains(0x20),
                  NameVocabulary.connectors.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[(first + 1)..<second]), as: UTF8.self))
            else { return nil }
        }
        return 0..<first
    }

    /// `leadingWordCounts` as counts looked up by a word's bytes: ASCII words by their `NameHash`
    /// (no String made or hashed per spelling), the rest by String. A Kelvin sign (U+212A, the
    /// one letter canonically equal to an ASCII letter, `K`) in any spelling keeps every word a
    /// String, so that canonically equal words still meet.
    static func leadingWords(_ names: some Collection<(key: String, value: Counts)>) -> LowercaseCounts {
        var ascii = HashCounter()
        var words: [String: Int] = [:]
        var kelvin = false
        for (spelling, counts) in names {
            var spelling = spelling
            spelling.withUTF8 { bytes in
                if !kelvin { kelvin = NameCensus.containsKelvinSign(bytes) }
                guard let first = leadingWord(bytes) else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[first])
                if word.allSatisfy({ $0 < 0x80 }) {
                    ascii.add(NameHash.of(word), counts.total)
                } else {
                    words[String(decoding: word, as: UTF8.self), default: 0] += counts.total
                }
            }
        }
        guard kelvin else { return LowercaseCounts(words, ascii: ascii) }
        return LowercaseCounts(leadingWordCounts(names))
    }

    /// A word that mostly stands before another name (a given name: `Alexander Smith`) is only
    /// merged as part of the whole name; on its own it may be someone else.
    static func isGivenName(oneWord: Bool, counts: Counts, leading: Int) -> Bool {
        oneWord && leading * 2 >= counts.total && leading > 0
    }

    /// A letter past Latin-1 (č, ş, ə, ı, ž): the letters of transliterations and of Central
    /// European and Turkic alphabets, rather than the accents of French, Spanish or German words.
    static func hasLetterBeyondLatin1(_ spelling: String) -> Bool {
        var text = spelling
        // Latin-1's letters take two UTF-8 bytes led by C2 or C3. Letters past them up to U+07FF
        // are led by C4–DF, Latin Extended Additional (ḥ, ṭ) by E1; E2 leads punctuation (’).
        return text.withUTF8 { $0.contains { ($0 >= 0xC4 && $0 <= 0xDF) || $0 == 0xE1 } }
    }

    /// Whether a spelling takes part in discovery at all: names, not ordinary words.
    static func isCandidate(_ spelling: String, counts: Counts, lowercase: LowercaseCounts) -> Bool {
        // Digits (model numbers, user names), English contractions and inner capitals (CEOs,
        // BlogHer: acronyms and brands) are not transliterated names. Cheapest checks first:
        // this runs for every spelling of the corpus, so they read its bytes, and its words
        // through their bytes (no String for an ASCII word).
        // Census spellings are words joined by single spaces, so the first and the last word are
        // found by their bytes.
        // An ASCII spelling (most) is read once: each word hashed once for both lookups, and
        // the clitic and inner-capital checks on the same bytes.
        var text = spelling
        return text.withUTF8 { bytes -> Bool in
            if bytes.isEmpty || bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            /// Whether the word is a stopword, and its lower-case count (`lowercase[word]`).
            func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> (stopword: Bool, lower: Int) {
                let hash = NameHash.of(word)
                let lower = ascii ? lowercase.ascii.map { $0[hash] } ?? lowercase[word] : lowercase[word]
                return (NameVocabulary.isStopword(word, hash: hash), lower)
            }
            let ordinary: Bool
            if let firstSpace = bytes.firstIndex(of: 0x20), let lastSpace = bytes.lastIndex(of: 0x20) {
                // The two words one after the other, not through an array of them.
                func isOrdinary(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
                    let (stopword, lower) = lookUp(word)
                    return stopword || (lower > 0 && lower >= 2 * max(1, counts.inProse))
                }
                ordinary = isOrdinary(UnsafeBufferPointer(rebasing: bytes[..<firstSpace]))
                    || isOrdinary(UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...]))
            } else {
                let (stopword, lower) = lookUp(bytes)
                ordinary = stopword || (lower > 0 && lower >= counts.inProse)
            }
            if ordinary { return false }
            guard ascii else { return !hasClitic(spelling) && !hasInnerCapital(spelling) }
            return !(bytes.contains(0x27) && hasClitic(spelling)) && !asciiHasInnerCapital(bytes)
        }
    }

    /// An upper-case letter right after another letter (`CEOs`, `BlogHer`, `McIntosh`).
    static func hasInnerCapital(_ spelling: String) -> Bool {
        // An ASCII spelling (most) is read as a buffer of bytes, the rest by scalars.
        var text = spelling
        let ascii = text.withUTF8 { bytes -> Bool? in
            bytes.allSatisfy({ $0 < 0x80 }) ? asciiHasInnerCapital(bytes) : nil
        }
        if let ascii { return ascii }
        var previousIsLetter = false
        for scalar in spelling.unicodeScalars {
            let letter = scalar.properties.isAlphabetic
            if letter && previousIsLetter && scalar.properties.isUppercase { return true }
            previousIsLetter = letter
        }
        return false
    }

    /// `hasInnerCapital` of an ASCII spelling's bytes.
    static func asciiHasInnerCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsLetter = false
        for b in bytes {
            let letter = (b | 0x20) &- 0x61 < 26
            if letter && previousIsLetter && b &- 0x41 < 26 { return true }
            previousIsLetter = letter
        }
        return false
    }

    static func hasClitic(_ spelling: String) -> Bool {
        var text = spelling
        guard text.withUTF8({ $0.contains { $0 == 0x27 || $0 == 0x99 } }) else { return false }  // ' or the last byte of ’
        guard let apostrophe = spelling.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return ["s", "ve", "re", "ll", "d", "t", "m"].contains(spelling[spelling.index(after: apostrophe)...].lowercased())
    }

    /// A capitalized word that is an ordinary word starting a sentence: a stopword, or a word
    /// written in lower case at least as often as capitalized inside sentences.
    public static func isOrdinaryWord(_ word: String, inProse: Int, lowercase: Int) -> Bool {
        var word = word
        return word.withUTF8 { isOrdinaryWord($0, hash: NameHash.of($0), inProse: inProse, lowercase: lowercase) }
    }

    /// `isOrdinaryWord` of the word whose UTF-8 is `word` and `NameHash` is `hash`.
    static func isOrdinaryWord(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, inProse: Int, lowercase: Int) -> Bool {
        NameVocabulary.isStopword(word, hash: hash) || (lowercase > 0 && lowercase >= inProse)
    }

    enum Comparison {
        case match(distance: Double, reason: String)
        /// Passes the guards and is within twice the allowance: probably the same name.
        case near(distance: Double)
        case different
    }

    /// Checks a spelling against anchor `serial` (its bytes in `arena`): guards first, then distance.
    static func compare(_ spelling: String, _ key: [UInt8], _ plain: [UInt8], _ signs: inout TransliterationSigns,
                        _ anchors: borrowing NameAnchors, _ serial: Int, _ arena: UnsafeBufferPointer<UInt8>,
                        _ anchorSigns: inout TransliterationSigns) -> Comparison {
        let anchorKey = anchors.key(serial, in: arena), anchorPlain = anchors.plain(serial, in: arena)
        if NameAnchors.same(plain, anchorPlain), plain.count >= 4 {
            // Capitals alone (BlackBerry/Blackberry) are house style, not transliteration.
            if spelling.lowercased() == anchors.spellings[serial].lowercased() { return .different }
            return .match(distance: 0, reason: "same letters without accents")
        }
        // Korean names in the two romanizations differ in a voiced first stop (Pusan/Busan).
        if key.count >= 5, key.count == anchorKey.count, key.dropFirst().elementsEqual(anchorKey.dropFirst()),
           NameSyllables.isKoreanInitialPair(key[0], anchorKey[0]),
           NameSyllables.isKorean(spelling), NameSyllables.isKorean(anchors.spellings[serial]) {
            return .match(distance: 0.1, reason: "Korean romanizations (initial stop voiced or not)")
        }
        // Short names share keys by chance (Mon/Moon); they merge only with a sign of
        // transliteration (Lviv/Lwiw), and with the same key, or at four sounds with the same
        // first sound and one vowel swap (e/i, o/u: Arabic and Chinese vowels) apart, dzh and j
        // taken as one (Dj-/J-). Cheap checks first: this runs for every pair in a block.
        let short = min(key.count, anchorKey.count) < 5
        var shortDistance: Double?
        if short {
            if !NameAnchors.same(key, anchorKey) {
                guard key.count == 4, anchorKey.count == 4, foldDzh(key[0]) == foldDzh(anchorKey[0]) else { return .different }
                let d = NameSimilarity.distance(key.map(foldDzh), anchorKey.map(foldDzh))
                guard d <= 0.5 + 1e-9 else { return .different }
                shortDistance = d
            }
            guard signs.looksTransliterated(spelling, strict: true)
                    || anchorSigns.looksTransliterated(anchors.spellings[serial], strict: true)
            else { return .different }
        }
        // An identical key means the spellings differ only in what the rules take out (endings
        // like -y/-yi/-iy included), so the prefix and ending guards below do not apply.
        if NameAnchors.same(key, anchorKey) {
            let anchorPlain = Array(anchorPlain)
            // Plain English-looking spellings with one key are not merged when English spelling
            // alone explains the difference (Gunner/Gooner, Erica/Erika); doubled letters
            // (Odessa/Odesa) and transliteration rules (w/v, -y/-yi) do merge them.
            if !signs.looksTransliterated(spelling), !anchorSigns.looksTransliterated(anchors.spellings[serial]),
               NameKey.collapseDoubles(plain) != NameKey.collapseDoubles(anchorPlain),
               englishSpelling(plain) == englishSpelling(anchorPlain) {
                return .near(distance: 0.05)
            }
            return .match(distance: 0.05, reason: "same romanization key \(String(decoding: key, as: UTF8.self))")
        }
        let limit = short ? 0.5 : NameSimilarity.allowance(forLength: max(key.count, anchorKey.count))
        guard abs(key.count - anchorKey.count) <= 4 else { return .different }
        // Distance first: most pairs in a block are far apart, and the guards cost more.
        let bound = max(2 * limit, 2.0) + 1e-9
        let d = shortDistance ?? key.withUnsafeBufferPointer { NameSimilarity.distance($0, anchorKey, atMost: bound) }
        guard d <= bound else { return .different }
        // Few pairs get this far: the guards below read the anchor as arrays.
        let anchorKeyArray = Array(anchorKey), anchorPlainArray = Array(anchorPlain)
        if isDerivedForm(plain, anchorPlainArray) || isDerivedForm(key, anchorKeyArray, approximate: true) { return .different }
        if isGenderPair(key, anchorKeyArray) { return .different }
        // A near miss between two plain English-looking spellings (Colombia/Columbia,
        // Johnson/Johansson) is more likely two names than one name transliterated twice.
        if d <= limit + 1e-9, !signs.looksTransliterated(spelling), !anchorSigns.looksTransliterated(anchors.spellings[serial]),
           !differInTransliteratedSounds(key, anchorKeyArray), !differInInitialEI(key, anchorKeyArray),
           !differInRomanceEnding(key, anchorKeyArray) {
            return .near(distance: d)
        }
        if d <= limit + 1e-9 {
            return .match(distance: 0.1 + d, reason: "transliteration variant (\(String(decoding: key, as: UTF8.self)) ~ \(String(decoding: anchorKey, as: UTF8.self)), distance \(format2(d)))")
        }
        return .near(distance: d)
    }

    /// `J` (dzh) as `j`: for short keys, where a `dj`/`j` difference is all the distance allows.
    static func foldDzh(_ s: UInt8) -> UInt8 { s == 0x4A ? 0x6A : s }

    /// Plain letters with English spelling alternations folded: c/k, ph/f, th/t, ck/k, oo/u,
    /// doubled letters.
    static func englishSpelling(_ letters: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < letters.count {
            let c = letters[i], next: UInt8 = i + 1 < letters.count ? letters[i + 1] : 0
            switch (c, next) {
            case (0x70, 0x68): out.append(0x66); i += 2           // ph → f
            case (0x74, 0x68): out.append(0x74); i += 2           // th → t
            case (0x63, 0x6B): out.append(0x6B); i += 2           // ck → k
            case (0x6F, 0x6F): out.append(0x75); i += 2           // oo → u
            case (0x63, _): out.append(0x6B); i += 1              // c → k
            default: out.append(c); i += 1
            }
        }
        return NameKey.collapseDoubles(out)
    }

    /// Both keys hold sounds that romanizations spell differently (sh, zh, ch, kh, dzh, ts, j, y),
    /// and spell them differently: Tashkent/Tachkent is transliteration; Colombia/Columbia and
    /// Aston/Ashton are not.
    static func differInTransliteratedSounds(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let special = Set("SZCXJTjy".utf8)
        let ca = a.filter { special.contains($0) }, cb = b.filter { special.contains($0) }
        return !ca.isEmpty && !cb.isEmpty && ca != cb
    }

    /// Persian and Arabic names open with a vowel that romanizations write `e` or `i`
    /// (Esmarand/Ismarand) and otherwise agree: a sign of transliteration in names of six or more
    /// sounds, where English spelling rarely swaps a first letter.
    static func differInInitialEI(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count >= 6, a.count == b.count, let x = a.first, let y = b.first,
              (x == 0x65 && y == 0x69) || (x == 0x69 && y == 0x65) else { return false }
        return a.dropFirst().elementsEqual(b.dropFirst())
    }

    /// Spanish, Italian and Portuguese put an `-o` on names of seven or more sounds, or write it
    /// for an English `-e` (Korlgrade/Korlgrado): the only difference is that last vowel.
    static func differInRomanceEnding(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count < b.count || (a.count == b.count && b.last == 0x6F) ? (a, b) : (b, a)
        guard short.count >= 7, long.last == 0x6F else { return false }
        if long.count == short.count + 1 { return long.dropLast() == short[...] && !NameSimilarity.isVowel(short.last!) }
        return long.count == short.count && short.last == 0x65 && long.dropLast() == short.dropLast()
    }

    static func format2(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return "\(r)"
    }

    /// One spelling is the other plus a suffix or a prefix: Veldav/Veldavistan, Veldavia/Veldavian,
    /// Vartanyan/Ter-Vartanyan, and Veldawia/Veldavian (a variant of the base word plus an
    /// ending). Endings that are only spelling are allowed: a final `h` after a vowel
    /// (Hamda/Hamdah), a final `e` after a stop (Korlgrad/Korlgrade), a final `o` after a
    /// consonant (Spanish and Italian exonyms), and one leading letter (Elmarino/Yelmarino).
    /// `approximate` also catches a transliteration difference in the shared part; it is meant
    /// for keys, where sound symbols make the distance meaningful.
    static func isDerivedForm(_ a: [UInt8], _ b: [UInt8], approximate: Bool = false) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count < long.count, !short.isEmpty else { return false }
        if long.count == short.count + 1, short.count >= 6, let end = long.dropLast().last {
            if long.last == 0x68 && NameSimilarity.isVowel(end) { return false }
            if long.last == 0x65 && "tdkgpb".utf8.contains(end) { return false }
            if long.last == 0x6F && !NameSimilarity.isVowel(end) && end != 0x79 { return false }   // Romance -o (Belgrad/Belgrado)
        }
        if long.starts(with: short) { return true }
        if long.reversed().starts(with: short.reversed()) {
            // One leading glide is spelling (Yelmarino/Elmarino); anything else is a prefix (O'…, Ter-…).
            return !(long.count == short.count + 1 && "yji".utf8.contains(long[0]))
        }
        guard approximate, short.count >= 5 else { return false }
        let limit = NameSimilarity.allowance(forLength: short.count)
        let whole = NameSimilarity.distance(short, long)
        let head = NameSimilarity.distance(short, Array(long.prefix(short.count)))
        if head <= limit && head < whole { return true }
        if long.count - short.count >= 2 {
            let tail = NameSimilarity.distance(short, Array(long.suffix(short.count)))
            if tail <= limit && tail < whole { return true }
        }
        return false
    }

    /// Feminine and masculine forms of one surname (Ivanova/Ivanov, -skaya/-ski), or a name and
    /// a relative's: only one of them ends in -a.
    static func isGenderPair(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        (a.last == 0x61) != (b.last == 0x61)
    }

    /// Lower-case ASCII letters after accent folding, without the sound rules: equal plain letters
    /// mean the spellings differ only in accents, case or hyphenation.
    static func plainLetters(_ spelling: String) -> [UInt8] {
        spelling.split(separator: " ").flatMap { NameKey.foldedLetters(String($0), sounds: false) }
    }
}
