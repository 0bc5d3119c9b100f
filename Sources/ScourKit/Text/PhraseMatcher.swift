/// The compiled vocabulary: one automaton for boilerplate phrases, user phrases and stopwords,
/// and what each matched string means.
public struct PhraseMatcher: Sendable {
    public struct Role: Sendable {
        public var kind: BoilerplateKind
        public var scope: BoilerplatePhrases.Scope
    }

    let automaton: AhoCorasick
    /// Roles of each distinct pattern string (a word can be a stopword and a menu item).
    let roles: [[Role]]
    let isStopword: [Bool]
    /// User phrases whose lines are always kept.
    let isKeep: [Bool]

    public init(languages: [String], extraPhrases: [String] = [], keepPhrases: [String] = []) {
        var index: [[UInt8]: Int] = [:]
        var patterns: [String] = []
        var roles: [[Role]] = []
        var stop: [Bool] = []
        var keep: [Bool] = []
        func slot(_ phrase: String) -> Int {
            let key = TextFold.fold(phrase)
            if let i = index[key] { return i }
            index[key] = patterns.count
            patterns.append(phrase)
            roles.append([])
            stop.append(false)
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
        for word in Stopwords.words(languages: languages) { stop[slot(word)] = true }
        for phrase in keepPhrases where !phrase.isEmpty { keep[slot(phrase)] = true }
        self.automaton = AhoCorasick(patterns: patterns)
        self.roles = roles
        self.isStopword = stop
        self.isKeep = keep
    }
}
