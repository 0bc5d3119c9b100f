import Testing
@testable import ScourKit

/// The one-pass scanner (`LineScanner.scan`: one folded buffer, automata run once over the
/// document) gives every line the facts the line-by-line scanner it replaced gave, kept here
/// as the reference.
@Suite struct LineScannerTests {
    /// The former scanner: each line folded into its own buffer, each automaton run per line.
    struct Reference {
        let matcher: PhraseMatcher
        let paragraphWords: Int
        let sampleLimit: Int
        let sampleSide: Int
        /// Stopwords as the former scanner matched them: an automaton of `" the "` patterns.
        let stopwords: AhoCorasick
        var folded: [UInt8] = []
        var spans: [(start: Int, end: Int, kind: BoilerplateKind, scope: BoilerplatePhrases.Scope)] = []
        var matches: [AhoCorasick.Match] = []

        init(matcher: PhraseMatcher, paragraphWords: Int, sampleSide: Int) {
            self.matcher = matcher
            self.paragraphWords = paragraphWords
            self.sampleSide = sampleSide
            self.sampleLimit = sampleSide * 3
            let words = Stopwords.words(languages: matcher.vocabulary.languages).map { " \($0) " }
            self.stopwords = AhoCorasick(patterns: words, countOnly: words.map { _ in true })
        }

        /// `countAll`: count every line's stopwords, also where the scanner needs none.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, countAll: Bool = false) -> LineFacts {
            var facts = LineFacts(range: range)
            if TextLines.isBlank(bytes, range) { return facts }
            facts.isBlank = false
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if folded.count < line.count + 3 { folded = [UInt8](repeating: 0, count: max(256, line.count * 2 + 3)) }
            spans.removeAll(keepingCapacity: true)
            matches.removeAll(keepingCapacity: true)
            var spans: [(start: Int, end: Int, kind: BoilerplateKind, scope: BoilerplatePhrases.Scope)] = []
            swap(&spans, &self.spans)
            var matches: [AhoCorasick.Match] = []
            swap(&matches, &self.matches)
            let matcher = self.matcher
            let paragraphWords = self.paragraphWords
            let stopwordAutomaton = self.stopwords
            // Long paragraphs are read at their two ends only: that is where a notice or prompt
            // shows, a long line needs two phrase hits anyway, and the counts scale. This keeps the
            // cost per line bounded however long the line is.
            let sampled = line.count > sampleLimit
            folded.withUnsafeMutableBufferPointer { buffer in
                var length: Int
                var capitalized: Int
                if sampled {
                    let head = LineScanner.cut(line, sampleSide)
                    let tail = LineScanner.cut(line, line.count - sampleSide)
                    (length, capitalized) = TextFold.fold(UnsafeBufferPointer(rebasing: line[0..<head]), to: buffer.baseAddress! + 1)
                    buffer[1 + length] = 0x20
                    length += 1
                    let (more, capitals) = TextFold.fold(UnsafeBufferPointer(rebasing: line[tail...]), to: buffer.baseAddress! + 1 + length)
                    length += more
                    capitalized += capitals
                } else {
                    (length, capitalized) = TextFold.fold(line, to: buffer.baseAddress! + 1)
                }
                facts.capitalized = capitalized
                // The folded line sits between two spaces, so stopwords (" the ") match whole words
                // without a boundary test, and positions in `f` are one less than in `padded`.
                buffer[0] = 0x20
                buffer[1 + length] = 0x20
                let f = UnsafeBufferPointer(start: buffer.baseAddress! + 1, count: length)
                let padded = UnsafeBufferPointer(start: buffer.baseAddress, count: length + 2)
                LineScanner.shape(f, into: &facts)
                let sampleWords = facts.words
                if sampled {
                    facts.words = WordCount.count(bytes: line)
                    let scale = Double(facts.words) / Double(max(1, sampleWords))
                    facts.letters = Int(Double(facts.letters) * scale)
                    facts.digits = Int(Double(facts.digits) * scale)
                    facts.capitalized = Int(Double(facts.capitalized) * scale)
                    facts.spaceless = Int(Double(facts.spaceless) * scale)
                }
                let offset = LineScanner.bulletLength(f)
                facts.bullet = offset > 0
                matcher.automaton.collect(in: padded, into: &matches)
                if facts.nonASCII { matcher.extended.collect(in: padded, into: &matches) }
                let stopwords = countAll || LineScanner.needsStopwords(facts, paragraphWords: paragraphWords)
                    ? stopwordAutomaton.collect(in: padded, into: &matches) : 0
                matcher.flags.withUnsafeBufferPointer { flags in
                matcher.roleStart.withUnsafeBufferPointer { roleStart in
                matcher.roles.withUnsafeBufferPointer { roles in
                    for m in matches {
                        if flags[m.pattern] & 2 != 0 { facts.keep = true }
                        var r = Int(roleStart[m.pattern])
                        let end = Int(roleStart[m.pattern + 1])
                        while r < end {
                            let role = roles[r]
                            r += 1
                            facts.kinds |= 1 << role.kind.bit
                            let start = max(0, m.start - 1), end = min(length, m.end - 1)
                            if role.scope == .start && start != offset { continue }
                            if spans.count < 64 { spans.append((start, end, role.kind, role.scope)) }
                        }
                    }
                }}}
                facts.stopwords = sampled ? Int(Double(stopwords) * Double(facts.words) / Double(max(1, sampleWords))) : stopwords
                if !spans.isEmpty { LineScanner.decide(f, spans: &spans, offset: offset, into: &facts) }
            }
            swap(&matches, &self.matches)
            swap(&spans, &self.spans)
            return facts
        }
    }

    static let matcher = PhraseMatcher(languages: BoilerplatePhrases.languages, extraPhrases: ["sponsored by"], keepPhrases: ["the mayor"])

    /// Lines of real shapes: every phrase of the vocabulary alone, at the start of a line and
    /// inside prose, plus prose of every length, other scripts, lists and stray bytes.
    static let pool: [String] = {
        var lines = LineFactsMemoTests.pool
        for group in BoilerplatePhrases.groups { lines += group.phrases.prefix(6) }
        lines += BoilerplatePhrases.groups.flatMap { $0.phrases.prefix(2) }.map { "\($0) and the council said the new line opens in May." }
        lines += ["* Sponsored by Example", "The Mayor spoke.", "• Item one", "- 12. March 2022", "1. First", "| Home | News |",
                  "Всё о городе: новости, фото и видео.", "東京、大阪、名古屋。", "\u{FFFD}\u{FFFD}", "Ça va ? Très bien… ",
                  String(repeating: "東京都は日本の首都です。", count: 30), "Tags: " + String(repeating: "Politics, ", count: 40)]
        return lines
    }()

    /// The stopwords the scanner defers for short lines, counted when asked, are what the
    /// line-by-line scanner counts in them.
    @Test func deferredStopwordsCountedLikeTheOthers() {
        var rng = SplitMix(seed: 5)
        var deferred = 0
        for round in 0..<200 {
            var text = (0..<Int(rng.next() % 40)).map { _ in Self.pool[Int(rng.next() % UInt64(Self.pool.count))] }.joined(separator: "\n")
            let paragraphWords = rng.next() % 4 == 0 ? 3 : 12
            text.withUTF8 { bytes in
                let ranges = TextLines.ranges(bytes)
                let scanner = LineScanner(matcher: Self.matcher, paragraphWords: paragraphWords, sampleSide: LineScanner.pageSampleSide)
                var reference = Reference(matcher: Self.matcher, paragraphWords: paragraphWords, sampleSide: LineScanner.pageSampleSide)
                for (facts, range) in zip(scanner.scan(bytes, ranges), ranges) where LineScanner.defersStopwords(facts, paragraphWords: paragraphWords) && !facts.isBlank {
                    deferred += 1
                    #expect(facts.stopwords == 0)
                    #expect(scanner.stopwords(bytes, facts) == reference.scan(bytes, range, countAll: true).stopwords, "round \(round)")
                }
            }
        }
        #expect(deferred > 100)
    }

    @Test func oneDocumentPassEqualsLineByLine() {
        var rng = SplitMix(seed: 3)
        for round in 0..<400 {
            let lines = (0..<Int(rng.next() % 50)).map { _ -> String in
                if rng.next() % 8 == 0 {  // random bytes, repaired into a string
                    return String(decoding: (0..<Int(rng.next() % 60)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, as: UTF8.self)
                }
                return Self.pool[Int(rng.next() % UInt64(Self.pool.count))]
            }
            var text = lines.joined(separator: ["\n", "\r\n", "\n\n"][Int(rng.next() % 3)])
            let side = [64, 96, 160][Int(rng.next() % 3)]
            let paragraphWords = rng.next() % 4 == 0 ? 3 : 12
            let cut = Int(rng.next() % 50)
            let wanted = { (i: Int) in i < cut || i % 4 == 0 }
            text.withUTF8 { bytes in
                let ranges = TextLines.ranges(bytes)
                let scanner = LineScanner(matcher: Self.matcher, paragraphWords: paragraphWords, sampleSide: side)
                var reference = Reference(matcher: Self.matcher, paragraphWords: paragraphWords, sampleSide: side)
                let facts = scanner.scan(bytes, ranges, wanted: wanted)
                let expected = ranges.indices.map { wanted($0) ? reference.scan(bytes, ranges[$0]) : LineFacts(range: ranges[$0]) }
                #expect(facts == expected, "round \(round)")
            }
        }
    }
}

/// Folding counts the shape of plain ASCII lines on the way (`TextFold.Shape`); where it does
/// not call the line unusual, its counts are what `LineScanner.shape` counts in the folded bytes.
@Suite struct FoldShapeTests {
    @Test func countsWhileFoldingEqualShape() {
        var rng = SplitMix(seed: 17)
        let pieces = ["a", "B", "word", "The", " ", "  ", "\t", "|", " | ", "7", "2024", ".", "...", "\u{1}", "\u{7F}", "é", "É", "ß",
                      "\u{A0}", "\u{2009}", "’", "“", "—", "…", "Ж", "東", "x1y2", "(", "\"", "-"]
        for round in 0..<5000 {
            let parts = (0..<Int(rng.next() % 40)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }
            let shown = parts.joined()
            var line = shown
            line.withUTF8 { bytes in
                // One piece, and two with a space between, as the scanner folds a long line's ends.
                let cut = bytes.isEmpty ? 0 : LineScanner.cut(bytes, Int(rng.next() % UInt64(bytes.count)))
                for halves in [[0..<bytes.count], [0..<cut, cut..<bytes.count]] {
                    var out = [UInt8](repeating: 0, count: bytes.count + 2)
                    var counted = TextFold.Shape()
                    var length = 0
                    out.withUnsafeMutableBufferPointer { buffer in
                        for (k, half) in halves.enumerated() {
                            if k > 0 { buffer[length] = 0x20; length += 1 }
                            length += TextFold.fold(UnsafeBufferPointer(rebasing: bytes[half]), to: buffer.baseAddress! + length, shape: &counted).0
                        }
                    }
                    var expected = LineFacts(range: 0..<0)
                    out.withUnsafeBufferPointer { LineScanner.shape(UnsafeBufferPointer(rebasing: $0[0..<length]), into: &expected) }
                    #expect(counted.unusual == (expected.nonASCII || out[0..<length].contains(0x7C)), "round \(round): \(shown)")
                    if !counted.unusual {
                        #expect([counted.words, counted.letters, counted.digits] == [expected.words, expected.letters, expected.digits],
                                "round \(round): \(shown)")
                    }
                }
            }
        }
    }
}
