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
    /// `NameScanner.prefixKey` of every first word: most capitalized words of a text share no
    /// prefix with a spelling to replace and are passed over unread.
    var prefixes = HashCounter()
    /// Hashes of capitalized words that are ordinary words (they end a multi-word name).
    var ordinary = HashCounter()
    /// Hashes of the multi-word spellings seen in the corpus.
    var phrases = HashCounter()
    var maxWords = 1

    public init() {}

    /// Builds the table from the groups; `census` and `lowercase` tell which capitalized words
    /// are ordinary words and which multi-word spellings occur.
    init(groups: [NameVariants.Group], census names: some Sequence<(key: String, value: NameVariants.Counts)>, lowercase: NameVariants.LowercaseCounts, maxWords: Int) {
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
            var word = first
            prefixes.add(word.withUTF8 { NameScanner.prefixKey($0, at: 0) })
        }
        // Every spelling of the corpus, read through its bytes (hashed once, for the tables and
        // the lookups alike; no String made).
        for (spelling, counts) in names {
            var spelling = spelling
            spelling.withUTF8 { bytes in
                let hash = NameHash.of(bytes)
                if bytes.contains(0x20) {
                    phrases.add(hash)
                } else if NameVariants.isOrdinaryWord(bytes, hash: hash, inProse: counts.inProse, lowercase: lowercase[bytes, hash: hash]) {
                    ordinary.add(hash)
                }
            }
        }
        for word in NameVocabulary.stopwords { ordinary.add(NameHash.of(word)) }
    }

    /// The text with every variant replaced, or nil when nothing changed. Each replacement is
    /// counted in `log` as `variant→canonical`.
    public func rewrite(_ text: String, log: inout StageLog) -> String? {
        guard !replacements.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most texts hold no spelling to replace: a first pass that reads only the words
            // whose first letters start one finds out cheaply.
            var found = false
            NameScanner.forEachCandidate(bytes, wants: { prefixes[NameScanner.prefixKey(bytes, at: $0)] > 0 }) { token in
                found = token.shape != .lower && firstWords[token.hash] > 0
                return found
            }
            guard found else { return nil }
            var pass = Rewrite(replacer: self, bytes: bytes)
            // Only words that may be names are visited; the lower-case words between them are
            // looked at only right after a name, where a particle (`bin`, `van`) continues it.
            NameScanner.forEachCandidate(bytes) { token in
                pass.visit(token)
                return false
            }
            pass.flush()
            guard !pass.replaced.isEmpty else { return nil }
            for (spelling, canonical) in pass.replaced { log.count("\(spelling)→\(canonical)") }
            pass.output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pass.copied..<bytes.count]))
            return String(decoding: pass.output, as: UTF8.self)
        }
    }
}

/// One rewrite of one text: gathers runs of name words (joined by single spaces and particles)
/// and replaces the spellings found in them. A struct with mutating methods rather than nested
/// functions over captured variables: those cost a runtime exclusivity check per access.
private struct Rewrite {
    let replacer: NameReplacer
    let bytes: UnsafeBufferPointer<UInt8>
    var output: [UInt8] = []
    /// Bytes of the text up to here are in `output` already.
    var copied = 0
    /// (spelling, canonical) of every replacement, in order.
    var replaced: [(String, String)] = []
    var run: [NameToken] = []
    /// Some word of the run starts a spelling to replace; most runs have none and need no work.
    var runHasVariant = false

    init(replacer: NameReplacer, bytes: UnsafeBufferPointer<UInt8>) {
        self.replacer = replacer
        self.bytes = bytes
    }

    mutating func visit(_ token: NameToken) {
        switch token.shape {
        case .capitalized, .particleName, .allCaps:
            if let last = run.last, !last.spaceAfter || token.start != last.end + 1
                || (last.shape == .allCaps) != (token.shape == .allCaps) { flush() }
            run.append(token)
            if !runHasVariant, replacer.firstWords[token.hash] > 0 { runHasVariant = true }
            var last = token
            while last.spaceAfter, let particle = NameScanner.particle(after: last, in: bytes) {
                run.append(particle)
                last = particle
            }
        default:
            if !run.isEmpty { flush() }
        }
    }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    mutating func replace(_ start: Int, _ end: Int, with canonical: String, spelling: String) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
        output.append(contentsOf: canonical.utf8)
        copied = end
        replaced.append((spelling, canonical))
    }

    /// Ends the current run: splits it at ordinary words and replaces within each name.
    mutating func flush() {
        guard runHasVariant else { run.removeAll(keepingCapacity: true); return }
        runHasVariant = false
        while let last = run.last, last.shape == .lower { run.removeLast() }
        guard !run.isEmpty else { return }
        // All-caps runs are headlines: their words are not known to form one name.
        if run[0].shape == .allCaps {
            name(run[...], wordsAlone: true)
        } else {
            var start = 0
            for k in run.indices where run[k].shape != .lower && replacer.ordinary[run[k].hash] > 0 {
                if k > start { name(run[start..<k], wordsAlone: false) }
                start = k + 1
            }
            if start < run.count { name(run[start...], wordsAlone: false) }
        }
        run.removeAll(keepingCapacity: true)
    }

    /// One name: tokens joined by single spaces, none of them an ordinary word.
    mutating func name(_ core: ArraySlice<NameToken>, wordsAlone: Bool) {
        guard core.contains(where: { replacer.firstWords[$0.hash] > 0 }) else { return }
        var i = core.startIndex
        while i < core.endIndex {
            let token = core[i]
            guard token.shape != .lower, replacer.firstWords[token.hash] > 0 else { i += 1; continue }
            var matched = false
            let longest = min(core.endIndex - 1, i + replacer.maxWords - 1)
            if longest > i {
                for end in stride(from: longest, to: i, by: -1) {
                    let spelling = string(token.start, core[end].end)
                    if let canonical = replacer.replacements[spelling] {
                        replace(token.start, core[end].end, with: canonical, spelling: spelling)
                        i = end + 1
                        matched = true
                        break
                    }
                }
            }
            if matched { continue }
            let spelling = string(token.start, token.end)
            if let canonical = replacer.replacements[spelling] {
                var allowed = core.count == 1 || wordsAlone
                if !allowed {
                    let whole = string(core.first!.start, token.start) + canonical + string(token.end, core.last!.end)
                    allowed = replacer.phrases[NameHash.of(whole)] > 0
                }
                if allowed { replace(token.start, token.end, with: canonical, spelling: spelling) }
            }
            i += 1
        }
    }
}
