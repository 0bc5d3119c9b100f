import Foundation

/// Recognizes lines that carry only metadata (datelines, bylines, source lines) and author bios,
/// and reads the values out of them.
public enum MetadataLines {
    public enum Label: Sendable { case date, byline, source }

    public struct Reading: Sendable {
        public var label: Label
        public var value: String
        /// The date a byline also gives (`By Jo Roe, 10 May 2023`, `Published on 10 May 2023 by
        /// Jo Roe`), as ISO 8601.
        public var date: String? = nil
    }

    /// The metadata a line carries when it carries nothing else.
    public static func read(_ line: String) -> Reading? {
        var copy = line
        return copy.withUTF8 { read($0, line: { line }) }
    }

    /// `read` of the line in `bytes` (valid UTF-8), which `line` gives as a String: only the rare
    /// lines that open like a byline or source line need one.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, line: () -> String) -> Reading? {
        var folded: [UInt8] = []
        TextFold.fold(bytes, into: &folded)
        guard !folded.isEmpty, folded.count <= 200 else { return nil }
        let tokens = FoldedTokens.tokenize(folded)
        if let name = byline(line, folded, tokens) {
            return Reading(label: .byline, value: name, date: DateParsing.find(in: folded, tokens: tokens)?.iso)
        }
        if let source = sourceLine(line, folded) { return Reading(label: .source, value: source) }
        if let date = DateParsing.find(in: folded, tokens: tokens) {
            var rest = 0
            for (k, t) in tokens.enumerated() where t.kind == .word && !date.span.contains(k) {
                if !dateWords.contains(Array(folded[t.start..<t.end])) { rest += 1 }
            }
            if rest <= 1 { return Reading(label: .date, value: date.iso) }
            if let name = datedByline(line, folded, tokens, date) { return Reading(label: .byline, value: name, date: date.iso) }
        }
        return nil
    }

    /// `Published on 12 March 2023 by Jo Roe`, `Veröffentlicht am 12. März 2023 von Jo Roe`,
    /// `Опубликовано 15 июня 2023, автор: Иван Петров`: a dateline that names its author after
    /// the date. Before the author's label only date words and publishing verbs may stand.
    static func datedByline(_ line: () -> String, _ folded: [UInt8], _ tokens: [FoldedToken], _ date: DateParsing.Found) -> String? {
        guard tokens.count <= 24 else { return nil }
        for (k, t) in tokens.enumerated() where t.kind == .word && !date.span.contains(k) {
            let word = String(decoding: folded[t.start..<t.end], as: UTF8.self)
            if BylineWords.agents.contains(word) || BylineWords.labels.contains(word) {
                // Only after the date: "by" before it opens a plain byline, read by `byline`.
                guard date.span.upperBound < k else { return nil }
                var from = k + 1
                if from < tokens.count, tokens[from].kind == .punct, folded[tokens[from].start] == 0x3A { from += 1 }
                return nameRun(line, folded, tokens, from: from)
            }
            guard dateWords.contains(Array(word.utf8)) || BylineWords.verbs.contains(word) else { return nil }
        }
        return nil
    }

    /// Whether a scanned line is a dateline, byline or source line (cheap tests first).
    public static func isMetadataOnly(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        guard mightBeMetadataOnly(text, facts) else { return false }
        let bytes = UnsafeBufferPointer(rebasing: text[facts.range])
        return read(bytes, line: { String(decoding: bytes, as: UTF8.self) }) != nil
    }

    /// The cheap tests of `isMetadataOnly`: when they pass and it still says no, `read` found nothing
    /// in the line (which `read` on the line without its outer spaces and tabs repeats).
    static func mightBeMetadataOnly(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        guard facts.words <= 16, facts.words >= 1 else { return false }
        let raw = UnsafeBufferPointer(rebasing: text[facts.range])
        return hasYear(raw) || mightBeLabelled(raw)
    }

    /// `By Jane Doe`, `Posted by Jane Doe on …`, `Por …`, `Par …`, `Von …`, `Di …`, `Автор: …`:
    /// returns the name in its original spelling.
    static func byline(_ line: () -> String, _ folded: [UInt8], _ tokens: [FoldedToken]) -> String? {
        guard tokens.count >= 2, tokens.count <= 24 else { return nil }
        // Most first words are ruled out by their length or first byte, before a String is made.
        guard tokens[0].kind == .word, tokens[0].end - tokens[0].start <= BylineWords.openerLength,
              BylineWords.openerFirstBytes[Int(folded[tokens[0].start])] else { return nil }
        var k = 0
        func word(_ i: Int) -> [UInt8]? { i < tokens.count && tokens[i].kind == .word ? Array(folded[tokens[i].start..<tokens[i].end]) : nil }
        guard let first = word(0) else { return nil }
        if BylineWords.verbs.contains(String(decoding: first, as: UTF8.self)), let second = word(1),
           BylineWords.agents.contains(String(decoding: second, as: UTF8.self)) {
            k = 2
        } else if BylineWords.labels.contains(String(decoding: first, as: UTF8.self)) {
            k = 1
            if k < tokens.count, tokens[k].kind == .punct, folded[tokens[k].start] == 0x3A { k += 1 }
        } else {
            return nil
        }
        return nameRun(line, folded, tokens, from: k)
    }

    /// The author's name that starts at token `k` (after a byline's label): capitalized words in
    /// the original, up to a separator or a date, followed by nothing but a date or separators.
    static func nameRun(_ line: () -> String, _ folded: [UInt8], _ tokens: [FoldedToken], from k: Int) -> String? {
        // The name: capitalized words in the original, up to a separator or a date.
        let line = line()
        let originalTokens = tokens
        let upper = uppercaseWords(line, tokens: tokens)
        var nameStart: Int?
        var nameEnd = 0
        var words = 0
        var j = k
        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .word {
                let w = String(decoding: folded[t.start..<t.end], as: UTF8.self)
                if nameStart != nil && BylineWords.stops.contains(w) { break }
                // "Jo Roe Published Nov. 7, 2012": a date label, or a month before a number, ends the name.
                if nameStart != nil && (dateWords.contains(Array(folded[t.start..<t.end]))
                    || DateParsing.month(folded, t) != nil && tokens[(j + 1)...].first(where: { $0.kind != .punct })?.kind == .number) { break }
                if BylineWords.joiners.contains(w), nameStart != nil { j += 1; continue }
                guard upper[j] || BylineWords.particles.contains(w) else { break }
                if nameStart == nil { nameStart = j }
                nameEnd = j
                words += 1
            } else if t.kind == .punct {
                let b = folded[t.start]
                if b == 0x2E && nameStart != nil { j += 1; continue }  // initials: "J. R. Smith"
                if nameStart != nil { break }
                if b != 0x40 { return nil }
            } else {
                break
            }
            j += 1
        }
        guard let s = nameStart, words >= 1, words <= 6 else { return nil }
        // What follows the name must be a date, separators or nothing.
        var rest = 0
        for t in tokens[(j)...] where t.kind == .word {
            if !dateWords.contains(Array(folded[t.start..<t.end])) && DateParsing.month(folded, t) == nil { rest += 1 }
        }
        guard rest <= 1 else { return nil }
        return name(line, folded, from: originalTokens[s], to: originalTokens[nameEnd])
    }

    /// The words `byline` reads, made once (array literals in its loop are built on every call).
    enum BylineWords {
        /// "Posted by", "Escrito por": a verb, then `agents`.
        static let verbs: Set<String> = ["posted", "submitted", "written", "published", "reported", "words", "story", "text", "escrito",
                                         "publicado", "ecrit", "publie", "geschrieben", "scritto"]
        static let agents: Set<String> = ["by", "por", "par", "von", "da", "door", "av", "przez"]
        /// "By", "Autor:": a label alone.
        static let labels: Set<String> = ["by", "por", "par", "von", "di", "автор", "текст", "author", "autor", "auteur", "autore", "reporter"]
        /// Words that end a name, join two names, or belong inside one.
        static let stops: Set<String> = ["on", "in", "at", "el", "le", "am", "il", "em", "|"]
        static let joiners: Set<String> = ["and", "y", "et", "und", "e", "и"]
        static let particles: Set<String> = ["de", "van", "von", "da", "del", "la", "le", "di", "bin", "al"]
        /// The longest verb or label in bytes, and their first bytes. (Members are compared as
        /// Strings, but none has another canonically equivalent spelling, so a word with another
        /// length or first byte equals none of them.)
        static let openerLength = verbs.union(labels).map(\.utf8.count).max() ?? 0
        static let openerFirstBytes: [Bool] = {
            var table = [Bool](repeating: false, count: 256)
            for word in verbs.union(labels) { table[Int(word.utf8.first!)] = true }
            return table
        }()
    }

    /// `Source: Warsaw Institute`, `Fuente: …`, `Quelle: …`, `Источник: …` on a short line.
    static func sourceLine(_ line: () -> String, _ folded: [UInt8]) -> String? {
        for label in sourceLabels where folded.starts(with: label) {
            let line = line()
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !rest.isEmpty, rest.split(separator: " ").count <= 6 else { return nil }
            return rest
        }
        return nil
    }

    static let sourceLabels: [[UInt8]] = ["source:", "source :", "fuente:", "quelle:", "fonte:", "источник:"].map { Array($0.utf8) }

    /// "George Holan is chief editor at …": a bio line after the article. Returns the name.
    public static func authorBio(_ line: String) -> String? {
        let folded = TextFold.fold(line)
        guard folded.count <= 600 else { return nil }
        let tokens = FoldedTokens.tokenize(folded)
        guard tokens.count >= 5 else { return nil }
        let upper = uppercaseWords(line, tokens: tokens)
        var k = 0
        while k < min(tokens.count, 5), tokens[k].kind == .word, upper[k] { k += 1 }
        guard k >= 2, k <= 4, k < tokens.count, tokens[k].kind == .word else { return nil }
        let verb = String(decoding: folded[tokens[k].start..<tokens[k].end], as: UTF8.self)
        guard ["is", "was", "es", "est", "ist", "e", "é", "è", "является", "—"].contains(verb) else { return nil }
        var hasRole = false
        for t in tokens[(k + 1)...] where t.kind == .word {
            if bioRoles.contains(Array(folded[t.start..<t.end])) { hasRole = true; break }
        }
        guard hasRole else { return nil }
        return name(line, folded, from: tokens[0], to: tokens[k - 1])
    }

    public static func isAuthorBio(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        guard facts.words >= 5, facts.words <= 80, mightBeBio(UnsafeBufferPointer(rebasing: text[facts.range])) else { return false }
        return authorBio(String(decoding: UnsafeBufferPointer(rebasing: text[facts.range]), as: UTF8.self)) != nil
    }

    /// Cheap test before `authorBio`: a capital first, then " is " (or its translations) early on.
    public static func mightBeBio(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Two to four capitalized words, then the verb.
        var i = 0
        var words = 0
        let limit = min(line.count, 80)
        while i < limit {
            let first = line[i]
            if words >= 2 {
                for verb in bioVerbs where i + verb.count < limit {
                    var same = true
                    for (k, b) in verb.enumerated() where line[i + k] != b { same = false; break }
                    if same { return true }
                }
            }
            guard words < 4, (first >= 0x41 && first <= 0x5A) || first >= 0xC0 else { return false }
            while i < limit && line[i] != 0x20 { i += 1 }
            i += 1
            words += 1
        }
        return false
    }

    /// " is ", " was ", … with the space after them, as raw bytes.
    static let bioVerbs: [[UInt8]] = ["is ", "was ", "es ", "est ", "ist ", "è ", "é ", "e ", "является ", "— "].map { Array($0.utf8) }

    /// Whether the bytes hold a year 1900–2099 (every date form `DateParsing` reads has one).
    public static func hasYear(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for (i, b) in line.enumerated() {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                if run == 4 {
                    let c = line[i - 3], d = line[i - 2]
                    if (c == 0x31 && d == 0x39) || (c == 0x32 && d == 0x30) { return true }
                }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Whether a line starts with a date (its first word or number is part of one).
    static func opensWithDate(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        guard MetadataLines.hasYear(UnsafeBufferPointer(rebasing: text[facts.range])) else { return false }
        // The first 120 bytes, folded straight from the text (valid UTF-8) unless the cut splits a
        // character, which decoding would replace with U+FFFD.
        let head = UnsafeBufferPointer(rebasing: text[facts.range.prefix(120)])
        var folded: [UInt8] = []
        if head.count == facts.range.count || text[head.count + facts.range.lowerBound] & 0xC0 != 0x80 {
            TextFold.fold(head, into: &folded)
        } else {
            folded = TextFold.fold(head.stringView)
        }
        let tokens = FoldedTokens.tokenize(folded)
        // Only punctuation comes before the first word or number, and no date begins there.
        guard let first = tokens.firstIndex(where: { $0.kind != .punct }) else { return false }
        return DateParsing.date(in: folded, tokens: tokens, at: first) != nil
    }

    /// "By Jane Doe", "Posted by timothy on …", "Post written by Leo.": a byline in a form `read`
    /// may not parse (no year, a handle). Never a headline, and it belongs with the article.
    public static func isBylineShaped(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 2, words <= 16 else { return false }
        // The openers are compared in place with the first 40 bytes, after leading spaces, ASCII
        // capitals lowered.
        let head = min(line.count, 40)
        var start = 0
        while start < head && line[start] == 0x20 { start += 1 }
        for opener in bylineOpeners where start + opener.count <= head {
            var same = true
            for k in opener.indices {
                let b = line[start + k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != opener[k] { same = false; break }
            }
            if same { return true }
        }
        return false
    }

    /// "23 mins ago by Jane Roe", "Jane Roe, contributor", "By JANE ROE, Editor | Thursday … Tags: …":
    /// who wrote a piece (and when) in shapes too loose for `read`. Never a headline.
    public static func isAttribution(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 2, words <= 30 else { return false }
        if isBylineShaped(line, words: min(words, 16)) { return true }
        guard words <= 14 else { return false }
        // The first test needs the word "by", whose "b" only an ASCII b or B folds to; the second
        // a comma. Most lines have neither and are not folded.
        let b = line.contains(0x62) || line.contains(0x42)
        guard b || (words <= 8 && line.contains(0x2C)) else { return false }
        let folded = TextFold.fold(String(decoding: line, as: UTF8.self))
        let tokens = folded.split(separator: 0x20).map { Array($0.filter { $0 != 0x2C && $0 != 0x2E && $0 != 0x7C }) }.filter { !$0.isEmpty }
        // "… ago by Jane Roe", "12:30 pm by Jane Roe": a time, then the author.
        if let by = tokens.firstIndex(of: Array("by".utf8)), by > 0, by + 1 < tokens.count,
           tokens.contains(Array("ago".utf8)) || folded.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            return true
        }
        // "Jane Roe, contributor": a name, a comma, a role.
        if words <= 8, folded.contains(0x2C), let last = tokens.last, bioRoles.contains(last) { return true }
        return false
    }

    /// `Gepubliceerd op 5 mei 2023 door Jan de Vries`: a short line with a year that ends in a
    /// name (two to four words, capitalized but for particles) after a lower-case word, in any
    /// language, even one whose dateline words `read` does not know. Headlines with a year end
    /// in it or in capitalized words throughout (`2013 Ford Escape`, `Top 10 Of PGA 2012 Leaderboard`).
    public static func looksLikeDatedByline(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        datedBylineName(line) != nil
    }

    /// What a line of `looksLikeDatedByline`'s shape gives, found in a language `read` does not
    /// know: the date, if `DateParsing` reads one (numbers, or a known month), and the name.
    public static func readShapedByline(_ line: String) -> Reading? {
        var line = line
        return line.withUTF8 { bytes -> Reading? in
            guard let name = datedBylineName(bytes) else { return nil }
            var folded: [UInt8] = []
            TextFold.fold(bytes, into: &folded)
            guard let date = DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded)) else { return nil }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self).trimmingCharacters(in: nameEdges)
            return value.isEmpty ? nil : Reading(label: .byline, value: value, date: date.iso)
        }
    }

    /// The bytes of the name `looksLikeDatedByline` finds at the end of a line.
    static func datedBylineName(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard line.count <= 160, hasYear(line) else { return nil }
        // Words as byte ranges; only their first letters and lengths are read.
        var words: [Range<Int>] = []
        var start: Int?
        for (i, b) in line.enumerated() {
            if b == 0x20 {
                if let s = start { words.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { words.append(s..<line.count) }
        guard words.count >= 4, words.count <= 14 else { return nil }
        func first(_ w: Range<Int>) -> Character? {
            String(decoding: UnsafeBufferPointer(rebasing: line[w.lowerBound..<min(w.upperBound, w.lowerBound + 4)]), as: UTF8.self).first
        }
        func capitalized(_ w: Range<Int>) -> Bool { first(w).map { $0.isLetter && $0.isUppercase } ?? false }
        func lowercase(_ w: Range<Int>) -> Bool { first(w).map { $0.isLetter && $0.isLowercase } ?? false }
        guard capitalized(words[words.count - 1]) else { return nil }
        // The name: up to four words from the end, capitalized but for short particles (de, van).
        var k = words.count - 1
        var names = 0
        while k >= 0, words.count - k <= 4, capitalized(words[k]) || (lowercase(words[k]) && words[k].count <= 3) {
            if capitalized(words[k]) { names += 1 }
            k -= 1
        }
        // The run stops at a capital: a particle before it is the agent ("door", "by", "av").
        while k + 1 < words.count, !capitalized(words[k + 1]) { k += 1 }
        guard names >= 2, k >= 1, lowercase(words[k]),
              // The year comes before the agent.
              hasYear(UnsafeBufferPointer(rebasing: line[..<words[k].lowerBound])) else { return nil }
        return words[k + 1].lowerBound..<line.count
    }

    /// "via fubiz.net", "Via: BuildingGreen": where a post was found.
    public static func isViaCredit(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 5 else { return false }
        let v = line[0] | 0x20, i = line[1] | 0x20, a = line[2] | 0x20
        return v == 0x76 && i == 0x69 && a == 0x61 && (line[3] == 0x20 || line[3] == 0x3A)
    }

    static let bylineOpeners: [[UInt8]] = ["by ", "by:", "posted by ", "posted on ", "published on ", "posted: ", "published: ", "post written by ", "written by ", "submitted by ", "published by ",
        "reported by ", "words by ", "story by ", "text by ", "por ", "par ", "von ", "autor:", "author:", "автор:"].map { Array($0.utf8) }

    /// Cheap test before `read` for lines without a date: does the line open with a label a byline
    /// or source line starts with?
    public static func mightBeLabelled(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // The labels are compared with the line's first 12 bytes, ASCII capitals lowered, in place.
        let head = min(line.count, 12)
        for label in labelPrefixes where label.count <= head {
            var same = true
            for k in label.indices {
                let b = line[k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != label[k] { same = false; break }
            }
            if same { return true }
        }
        return false
    }

    static let labelPrefixes: [[UInt8]] = ["by ", "by:", "posted", "submitted", "written", "published", "reported", "words", "story", "text",
        "escrito", "publicado", "ecrit", "publi", "geschrieben", "scritto", "por ", "par ", "von ", "di ", "author", "autor",
        "auteur", "reporter", "source", "fuente", "quelle", "fonte", "автор", "текст", "источник", "Автор", "Текст", "Источник"].map { Array($0.utf8) }

    /// Per token: whether it is a word whose original spelling starts with a capital. Folding
    /// keeps word order, so the n-th word or number token is the n-th word of the original.
    static func uppercaseWords(_ line: String, tokens: [FoldedToken]) -> [Bool] {
        let words = asciiWordCapitals(line) ?? wordCapitals(line)
        var out = [Bool](repeating: false, count: tokens.count)
        var wi = 0
        for (k, t) in tokens.enumerated() where t.kind != .punct {
            out[k] = wi < words.count && words[wi]
            wi += 1
        }
        return out
    }

    /// The words of a line as `FoldedTokens` splits them (runs of letters, runs of digits: `9th`
    /// is a number and a word), each with whether it starts with a capital. `-` and `'` go on
    /// with the word they are in.
    static func wordCapitals(_ line: String) -> [Bool] {
        var words: [Bool] = []
        var kind = WordKind.none
        for ch in line {
            let next: WordKind = ch.isNumber ? .digits : ch.isLetter ? .letters
                : (ch == "-" || ch == "'" || ch == "’") ? kind : .none
            if next != .none && next != kind { words.append(next == .letters && ch.isUppercase) }
            kind = next
        }
        return words
    }

    enum WordKind { case none, letters, digits }

    /// `wordCapitals` of an ASCII line, read from the bytes; nil for other lines, whose letters
    /// need Unicode's properties.
    static func asciiWordCapitals(_ line: String) -> [Bool]? {
        var line = line
        return line.withUTF8 { bytes -> [Bool]? in
            var words: [Bool] = []
            var kind = WordKind.none
            for b in bytes {
                if b >= 0x80 { return nil }
                let lower = b | 0x20
                let next: WordKind = b >= 0x30 && b <= 0x39 ? .digits : lower >= 0x61 && lower <= 0x7A ? .letters
                    : (b == 0x2D || b == 0x27) ? kind : .none
                if next != .none && next != kind { words.append(b >= 0x41 && b <= 0x5A) }
                kind = next
            }
            return words
        }
    }

    /// Punctuation cut from the ends of a name (a set built once, not per name).
    static let nameEdges = CharacterSet(charactersIn: ",.;:|()[]")
    static let nameEdgeBytes: [UInt8] = Array(",.;:|()[]".utf8)

    /// The original spelling of the words between two tokens of `folded`, the folded `line`: the
    /// first run of the line's words whose folded form begins with the tokens' text.
    static func name(_ line: String, _ folded: [UInt8], from: FoldedToken, to: FoldedToken) -> String? {
        let target = folded[from.start..<to.end]
        let targetString = String(decoding: target, as: UTF8.self)
        let words = line.words()
        let targetWords = targetString.words().count
        guard !words.isEmpty, targetWords <= words.count else { return nil }
        // Folding works character by character, so a run of words folds to its words' folded forms
        // joined by spaces, unless a word is all white space (folded to nothing). Most runs are
        // ruled out by their first bytes without folding or joining them.
        let foldedWords = words.map { word -> [UInt8] in
            var word = word
            var folded: [UInt8] = []
            _ = word.withUTF8 { TextFold.fold($0, into: &folded) }
            return folded
        }
        let joinable = !foldedWords.contains(where: { $0.isEmpty })
        for start in 0...(words.count - targetWords) {
            if joinable && !Self.begins(foldedWords[start..<(start + targetWords)], with: target) { continue }
            let candidate = words[start..<(start + targetWords)].joined(separator: " ")
            let c = String(decoding: TextFold.fold(candidate), as: UTF8.self)
            if c.hasPrefix(targetString) {
                // Edges are ASCII: a name whose end bytes are not among them is left as it is.
                let untrimmed = candidate.utf8.first.map { !nameEdgeBytes.contains($0) } ?? false
                    && candidate.utf8.last.map { !nameEdgeBytes.contains($0) } ?? false
                return untrimmed ? candidate : candidate.trimmingCharacters(in: nameEdges)
            }
        }
        return nil
    }

    /// Whether `words` joined by single spaces begin with the bytes of `prefix`.
    private static func begins(_ words: ArraySlice<[UInt8]>, with prefix: ArraySlice<UInt8>) -> Bool {
        var p = prefix.startIndex
        for (k, word) in zip(words.indices, words) {
            if k > words.startIndex {
                guard p < prefix.endIndex else { return true }
                guard prefix[p] == 0x20 else { return false }
                p += 1
            }
            for b in word {
                guard p < prefix.endIndex else { return true }
                guard prefix[p] == b else { return false }
                p += 1
            }
        }
        return p == prefix.endIndex
    }

    static let dateWords: Set<[UInt8]> = Set(("date published posted updated update last modified on at am pm a.m p.m utc gmt est edt pst pdt cet cest msk "
        + "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        + "lunes martes miercoles jueves viernes sabado domingo fecha publicado actualizado el a las "
        + "lundi mardi mercredi jeudi vendredi samedi dimanche publie mis jour le a "
        + "montag dienstag mittwoch donnerstag freitag samstag sonntag veroffentlicht aktualisiert um uhr stand "
        + "lunedi martedi mercoledi giovedi venerdi sabato domenica pubblicato aggiornato il alle ore "
        + "segunda terca quarta quinta sexta feira publicado atualizado em as "
        + "понедельник вторник среда четверг пятница суббота воскресенье опубликовано обновлено в г года "
        + "gepubliceerd bijgewerkt op om publicerad uppdaterad opublikowano zaktualizowano dnia r roku "
        + "today yesterday hours ago minutes ago h min").split(separator: " ").map { Array($0.utf8) })

    static let bioRoles: Set<[UInt8]> = Set(("editor editors chief writer writers journalist reporter author correspondent columnist contributor "
        + "blogger founder analyst producer freelance freelancer staff host "
        + "periodista redactor redactora corresponsal columnista autor autora journaliste redacteur redactrice chroniqueur auteur "
        + "journalistin redakteur redakteurin korrespondent autorin giornalista redattore redattrice corrispondente "
        + "jornalista correspondente colunista журналист журналистка редактор корреспондент обозреватель автор").split(separator: " ").map { Array(TextFold.fold(String($0))) })
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
