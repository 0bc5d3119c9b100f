import Testing
@testable import ScourKit

/// `MetadataLines.mightBeLabelled` compares in place and `MetadataLines.opensWithDate` folds
/// the line's bytes without a `String`; both must answer as the versions they replaced, kept here
/// as references.
@Suite struct MetadataBytesTests {
    enum Reference {
        static func mightBeLabelled(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            var prefix: [UInt8] = []
            var i = 0
            while i < line.count && prefix.count < 12 {
                let b = line[i]
                prefix.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            }
            for label in MetadataLines.labelPrefixes where prefix.starts(with: label) { return true }
            return false
        }

        static func isBylineShaped(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
            guard words >= 2, words <= 16 else { return false }
            var lowered: [UInt8] = []
            for b in line.prefix(40) { lowered.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            while lowered.first == 0x20 { lowered.removeFirst() }
            for opener in MetadataLines.bylineOpeners where lowered.starts(with: opener) { return true }
            return false
        }

        static func isAttribution(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
            guard words >= 2, words <= 30 else { return false }
            if isBylineShaped(line, words: min(words, 16)) { return true }
            guard words <= 14 else { return false }
            let folded = TextFold.fold(String(decoding: line, as: UTF8.self))
            let tokens = folded.split(separator: 0x20).map { Array($0.filter { $0 != 0x2C && $0 != 0x2E && $0 != 0x7C }) }.filter { !$0.isEmpty }
            if let by = tokens.firstIndex(of: Array("by".utf8)), by > 0, by + 1 < tokens.count,
               tokens.contains(Array("ago".utf8)) || folded.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                return true
            }
            if words <= 8, folded.contains(0x2C), let last = tokens.last, MetadataLines.bioRoles.contains(last) { return true }
            return false
        }

        static func opensWithDate(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
            guard MetadataLines.hasYear(UnsafeBufferPointer(rebasing: text[facts.range])) else { return false }
            let folded = TextFold.fold(String(decoding: UnsafeBufferPointer(rebasing: text[facts.range.prefix(120)]), as: UTF8.self))
            let tokens = FoldedTokens.tokenize(folded)
            guard let first = tokens.firstIndex(where: { $0.kind != .punct }) else { return false }
            return DateParsing.date(in: folded, tokens: tokens, at: first) != nil
        }
    }

    static let pieces = ["10", "January", "2022", ",", "Posted", "POSTED", "by", "By", "Source:", "Источник:", "Автор:", "АВТОР", "Écrit",
                         "on", "-", "13.01.2022", "Jan", "3:16", "pm", "|", "Jane", "de", "enero", "(", "2022-01-13T03:16:54Z",
                         "Ärger", "東京", "é", "—", "  ", "\t", "Text", "story", "Di", "fuente", "reporter",
                         "bý", "BŶ", "ago", "editor,", "Editor", "contributor", "Jo,", "12:30", "written by", " By:", "   by"]

    @Test func inPlaceAndByteVersionsAnswerAsBefore() {
        var rng = SplitMix(seed: 41)
        for _ in 0..<5000 {
            // Long lines too, so that the 120-byte cut falls inside multi-byte characters.
            let line = (0..<(1 + Int(rng.next() % 40))).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined(separator: " ")
            var text = "x\n" + line + "\ny"
            text.withUTF8 { bytes in
                let range = 2..<(2 + line.utf8.count)
                var facts = LineFacts(range: range)
                facts.isBlank = false
                let raw = UnsafeBufferPointer(rebasing: bytes[range])
                #expect(MetadataLines.mightBeLabelled(raw) == Reference.mightBeLabelled(raw), "\(line)")
                #expect(MetadataLines.opensWithDate(bytes, facts) == Reference.opensWithDate(bytes, facts), "\(line)")
                for words in [2, 5, 8, 9, 14, 16, 20] {
                    #expect(MetadataLines.isBylineShaped(raw, words: words) == Reference.isBylineShaped(raw, words: words), "\(line)")
                    #expect(MetadataLines.isAttribution(raw, words: words) == Reference.isAttribution(raw, words: words), "\(line)")
                }
            }
        }
    }
}

/// `String.words` splits lines whose spaces stand alone on their bytes; the words must be the
/// ones a split over Characters gives, also next to marks, prepended signs, emoji and CJK.
@Suite struct WordsTests {
    @Test func byteSplitEqualsCharacterSplit() {
        var rng = SplitMix(seed: 41)
        let pieces = [" ", "  ", "\t", "a", "Jane", "©", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}", "\u{600}", "\u{6DD}",
                      "\u{D4E}", "\u{110BD}", "Ж", "\u{483}", "東京", "\u{3099}", "👍🏽", "\u{1F3FD}", "\u{FE0F}", "—", "“", "…", "\u{2028}",
                      "\u{202F}", "\u{A0}", "ــ", "ก", "\u{E31}", "हि", "\u{93F}", "\u{1100}", "\u{1161}", "🇫🇷", "\r\n"]
        for round in 0..<20000 {
            let line = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            for tabs in [false, true] {
                let expected = line.split(whereSeparator: { $0 == " " || (tabs && $0 == "\t") }).map(String.init)
                #expect(line.words(splitAtTabs: tabs).map(String.init) == expected, "round \(round): \(Array(line.unicodeScalars))")
            }
        }
    }
}
