import Foundation

/// The compiled vocabulary: automata for boilerplate phrases and user phrases, a word set for
/// stopwords, and what each matched string means.
public final class PhraseMatcher: Sendable {
    public struct Role: Sendable {
        public var kind: BoilerplateKind
        public var scope: BoilerplatePhrases.Scope
    }

    /// Patterns that are ASCII once folded (most of them), and the rest (Cyrillic, symbols),
    /// which only run on lines with non-ASCII bytes. Two small tables stay in cache better than
    /// one large one. Both use the same pattern numbers (a pattern absent from one is empty there).
    let automaton: AhoCorasick
    let extended: AhoCorasick
    /// The characters outside ASCII of the `extended` patterns, folded: a line without any of
    /// them matches none of those patterns (`mayMatchExtended`).
    let extendedCharacters: ScalarSet
    /// Roles of each distinct pattern string (a word can be a stopword and a menu item), flat:
    /// pattern p has roles[roleStart[p]..<roleStart[p + 1]].
    let roles: [Role]
    let roleStart: [Int32]
    /// Per pattern: 2 = user keep phrase.
    let flags: [UInt8]
    /// Stopwords alone (all scripts, folded). Most matches in prose are stopwords, and a line's
    /// stopword count matters only for lines whose shape leaves their class open, so the scanner
    /// counts them separately and only there, word by word.
    let stopwords: WordSet
    /// What the matcher was built from: equal vocabularies match the same way.
    let vocabulary: Vocabulary

    struct Vocabulary: Sendable, Equatable {
        var languages: [String]
        var extraPhrases: [String]
        var keepPhrases: [String]
    }

    /// A matcher for the vocabulary: the one built last when it has the same vocabulary, else a
    /// new one. The metadata and boilerplate stages of a pipeline match with the same words, and
    /// compiling the automata is most of what building a stage costs.
    public static func shared(languages: [String], extraPhrases: [String] = [], keepPhrases: [String] = []) -> PhraseMatcher {
        let vocabulary = Vocabulary(languages: languages, extraPhrases: extraPhrases, keepPhrases: keepPhrases)
        lastBuilt.lock.lock()
        defer { lastBuilt.lock.unlock() }
        if let last = lastBuilt.matcher, last.vocabulary == vocabulary { return last }
        let matcher = PhraseMatcher(languages: languages, extraPhrases: extraPhrases, keepPhrases: keepPhrases)
        lastBuilt.matcher = matcher
        return matcher
    }

    /// One matcher only, so that memory stays bounded however many vocabularies a process uses.
    private static let lastBuilt = LastBuilt()

    private final class LastBuilt: @unchecked Sendable {
        let lock = NSLock()
        var matcher: PhraseMatcher?
    }

    public init(languages: [String], extraPhrases: [String] = [], keepPhrases: [String] = []) {
        vocabulary = Vocabulary(languages: languages, extraPhrases: extraPhrases, keepPhrases: keepPhrases)
        var index: [[UInt8]: Int] = [:]
        var patterns: [String] = []
        var roles: [[Role]] = []
        var keep: [Bool] = []
        func slot(_ phrase: String) -> Int {
            let key = TextFold.foldPattern(phrase)
            if let i = index[key] { return i }
            index[key] = patterns.count
            patterns.append(phrase)
            roles.append([])
            keep.append(false)
            return patterns.count - 1
        }
        let wanted = Set(languages)
        for group in BoilerplatePhrases.groups where wanted.contains(group.language) || group.kind == .fieldName {
            for phrase in group.phrases {
                let i = slot(phrase)
                roles[i].append(Role(kind: group.kind, scope: group.scope))
            }
        }
        for phrase in extraPhrases where !phrase.isEmpty {
            roles[slot(phrase)].append(Role(kind: .custom, scope: .anywhere))
        }
        for phrase in keepPhrases where !phrase.isEmpty { keep[slot(phrase)] = true }
        // Stopwords are counted apart (`stopwords`); a stopword that is also a phrase or keep
        // phrase is matched here for that role.
        let inPhrases = patterns.indices.map { !roles[$0].isEmpty || keep[$0] }
        let ascii = patterns.map { TextFold.foldPattern($0).allSatisfy { $0 < 0x80 } }
        self.automaton = AhoCorasick(patterns: patterns.indices.map { ascii[$0] && inPhrases[$0] ? patterns[$0] : "" })
        let extendedPatterns = patterns.indices.map { !ascii[$0] && inPhrases[$0] ? patterns[$0] : "" }
        self.extended = AhoCorasick(patterns: extendedPatterns)
        self.extendedCharacters = ScalarSet(extendedPatterns.flatMap {
            String(decoding: TextFold.foldPattern($0), as: UTF8.self).unicodeScalars.filter { !$0.isASCII }.map(\.value)
        })
        self.stopwords = WordSet(Stopwords.words(languages: languages).map { TextFold.fold($0) })
        var flat: [Role] = []
        var starts: [Int32] = []
        for list in roles { starts.append(Int32(flat.count)); flat.append(contentsOf: list) }
        starts.append(Int32(flat.count))
        self.roles = flat
        self.roleStart = starts
        self.flags = patterns.indices.map { keep[$0] ? 2 : 0 }
    }
}

extension PhraseMatcher {
    /// Whether the folded bytes hold a character of some `extended` pattern: every pattern there
    /// has a character outside ASCII, and a line without one of them cannot hold the pattern.
    /// Most lines with non-ASCII bytes (dashes, CJK) have none, and skip that automaton.
    func mayMatchExtended(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            i &+= 1
            guard b >= 0xC0 else { continue }
            var scalar = UInt32(b)
            var more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1
            scalar &= b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F
            while more > 0 && i < n {
                scalar = (scalar << 6) | UInt32(bytes[i] & 0x3F)
                i &+= 1
                more -= 1
            }
            if extendedCharacters.contains(scalar) { return true }
        }
        return false
    }
}

/// A set of Unicode scalar values: a table for those below U+0800 (two UTF-8 bytes or fewer:
/// Latin, Greek, Cyrillic, the punctuation of Latin-1), a short list for the rest.
struct ScalarSet: Sendable {
    private var small = [Bool](repeating: false, count: 0x800)
    private var large: [UInt32] = []

    init(_ scalars: [UInt32]) {
        for s in scalars {
            if s < 0x800 { small[Int(s)] = true } else if !large.contains(s) { large.append(s) }
        }
    }

    func contains(_ s: UInt32) -> Bool { s < 0x800 ? small[Int(s)] : large.contains(s) }
}
