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
        self.extended = AhoCorasick(patterns: patterns.indices.map { !ascii[$0] && inPhrases[$0] ? patterns[$0] : "" })
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
