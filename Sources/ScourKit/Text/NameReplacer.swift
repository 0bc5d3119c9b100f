import Foundation

/// The replacement table of the `names` stage and the rewrite of one text with it.
///
/// Adjacent capitalized words (joined by single spaces and particles) form a name; a multi-word
/// name is replaced as a whole, and one of its words alone only when the result is a spelling
/// seen in the corpus, so `Anna Ivanowa` never becomes a half-normalized name nobody wrote.
/// All-caps words take the canonical in capitals; possessives stay outside the replaced word.
public struct NameReplacer: Sendable {
    /// Spelling as written (one word, or words joined by single spaces) → canonical.
    public private(set) var replacements: [String: String] = [:]
    /// Hashes of the first word of every replaceable spelling, as written and in capitals.
    var firstWords = HashCounter()
    /// Hashes of capitalized words that are ordinary words (they end a multi-word name).
    var ordinary = HashCounter()
    /// Hashes of the multi-word spellings seen in the corpus.
    var phrases = HashCounter()
    var maxWords = 1

    public init() {}

    /// Builds the table from the groups; `census` and `lowercase` tell which capitalized words
    /// are ordinary words and which multi-word spellings occur.
    init(groups: [NameVariants.Group], census names: [String: NameVariants.Counts], lowercase: [String: Int], maxWords: Int) {
        self.maxWords = maxWords
        for group in groups {
            for variant in group.spellings.map(\.0) where variant != group.canonical {
                replacements[variant] = group.canonical
                let upper = variant.uppercased()
                if upper != variant, upper != group.canonical.uppercased() {
                    replacements[upper] = group.canonical.uppercased()
                }
            }
        }
        for spelling in replacements.keys {
            let first = spelling.split(separator: " ", maxSplits: 1).first.map(String.init) ?? spelling
            firstWords.add(NameHash.of(first))
        }
        for (spelling, counts) in names {
            if spelling.utf8.contains(0x20) {
                phrases.add(NameHash.of(spelling))
            } else if NameVariants.isOrdinaryWord(spelling, inProse: counts.inProse, lowercase: lowercase[spelling] ?? 0) {
                ordinary.add(NameHash.of(spelling))
            }
        }
        for word in NameVocabulary.stopwords { ordinary.add(NameHash.of(word)) }
    }

    /// The text with every variant replaced, or nil when nothing changed. Each replacement is
    /// counted in `log` as `variant→canonical`.
    public func rewrite(_ text: String, log: inout StageLog) -> String? {
        guard !replacements.isEmpty else { return nil }
        var text = text
        var output: [UInt8] = []
        var changed = false
        text.withUTF8 { bytes in
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            var copied = 0
            func replace(_ start: Int, _ end: Int, with canonical: String, spelling: String) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                output.append(contentsOf: canonical.utf8)
                copied = end
                log.count("\(spelling)→\(canonical)")
                changed = true
            }
            /// One name: tokens joined by single spaces, none of them an ordinary word.
            func name(_ core: ArraySlice<NameToken>, wordsAlone: Bool) {
                guard core.contains(where: { firstWords[$0.hash] > 0 }) else { return }
                var i = core.startIndex
                while i < core.endIndex {
                    let token = core[i]
                    guard token.shape != .lower, firstWords[token.hash] > 0 else { i += 1; continue }
                    var matched = false
                    let longest = min(core.endIndex - 1, i + maxWords - 1)
                    if longest > i {
                        for end in stride(from: longest, to: i, by: -1) {
                            let spelling = string(token.start, core[end].end)
                            if let canonical = replacements[spelling] {
                                replace(token.start, core[end].end, with: canonical, spelling: spelling)
                                i = end + 1
                                matched = true
                                break
                            }
                        }
                    }
                    if matched { continue }
                    let spelling = string(token.start, token.end)
                    if let canonical = replacements[spelling] {
                        var allowed = core.count == 1 || wordsAlone
                        if !allowed {
                            let whole = string(core.first!.start, token.start) + canonical + string(token.end, core.last!.end)
                            allowed = phrases[NameHash.of(whole)] > 0
                        }
                        if allowed { replace(token.start, token.end, with: canonical, spelling: spelling) }
                    }
                    i += 1
                }
            }

            var run: [NameToken] = []
            func flush() {
                while let last = run.last, last.shape == .lower { run.removeLast() }
                // All-caps runs are headlines: their words are not known to form one name.
                if run.first?.shape == .allCaps {
                    name(run[...], wordsAlone: true)
                    run.removeAll(keepingCapacity: true)
                    return
                }
                var start = 0
                for k in run.indices where run[k].shape != .lower && ordinary[run[k].hash] > 0 {
                    if k > start { name(run[start..<k], wordsAlone: false) }
                    start = k + 1
                }
                if start < run.count { name(run[start...], wordsAlone: false) }
                run.removeAll(keepingCapacity: true)
            }
            // Only words that may be names are visited; the lower-case words between them are
            // looked at only right after a name, where a particle (`bin`, `van`) continues it.
            NameScanner.forEachCandidate(bytes) { token in
                switch token.shape {
                case .capitalized, .particleName, .allCaps:
                    if let last = run.last, !last.spaceAfter || token.start != last.end + 1
                        || (last.shape == .allCaps) != (token.shape == .allCaps) { flush() }
                    run.append(token)
                    var last = token
                    while last.spaceAfter, let particle = NameScanner.particle(after: last, in: bytes) {
                        run.append(particle)
                        last = particle
                    }
                default:
                    if !run.isEmpty { flush() }
                }
                return false
            }
            flush()
            if changed { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count])) }
        }
        return changed ? String(decoding: output, as: UTF8.self) : nil
    }
}
