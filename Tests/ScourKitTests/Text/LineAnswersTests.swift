import Testing
@testable import ScourKit

/// Answers kept with the line facts (`LineAnswers`) must be the answers of the functions they
/// stand for, and classifying with answers carried over from an earlier classification must give
/// what classifying from scratch gives.
@Suite struct LineAnswersTests {
    static let matcher = PhraseMatcher(languages: BoilerplatePhrases.languages)

    /// Datelines, bylines, source lines, comment signatures, dated headlines and prose.
    static let pool: [String] = [
        "Posted on November 12, 2012 by Jane Roe", "By Jane Roe", "Source: Warsaw Institute", "",
        "Monday, January 10, 2022", "2022-01-13T03:16:54.256Z", "10.01.2022", "Jan 10, 2022 at 3:16 pm",
        "John Smith says: March 3, 2012 at 4:15 pm", "Reply", "Leave a Reply", "Share this:",
        "11/09/2012 in Crafts | Permalink", "Posted by Jo at 12:16 AM", "Écrit par Jean Dupont",
        "Council extends bus network in 2022", "© 2021 Example Media. All rights reserved.",
        "The council voted on Monday to extend the bus network to the northern suburbs, and riders cheered.",
        String(repeating: "Riders said the service was a welcome change, and they hope it lasts. ", count: 3),
        "Great piece, thanks for writing it.", "Jane Roe, contributor", "23 mins ago by Jane Roe",
        "Jane Roe is a staff writer at Example News covering transport.", "The End",
    ]

    static func page(_ rng: inout SplitMix) -> String {
        (0..<Int(rng.next() % 50)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined(separator: "\n")
    }

    @Test func carriedAnswersClassifyAlike() {
        var rng = SplitMix(seed: 11)
        let classifier = BoilerplateLines(settings: .init())
        for round in 0..<300 {
            var text = Self.page(&rng)
            text.withUTF8 { bytes in
                let scanner = LineScanner(matcher: Self.matcher)
                var facts = scanner.scan(bytes, TextLines.ranges(bytes))
                let fresh = classifier.classify(facts, text: bytes, scanner: scanner)
                for i in facts.indices {
                    let answers = fresh.answers[i]
                    if let known = answers.answer(LineAnswers.metadataOnly) {
                        #expect(known == MetadataLines.isMetadataOnly(bytes, facts[i]), "round \(round), line \(i)")
                    }
                    if let known = answers.answer(LineAnswers.opensWithDate) {
                        #expect(known == MetadataLines.opensWithDate(bytes, facts[i]), "round \(round), line \(i)")
                    }
                    if let known = answers.answer(LineAnswers.holdsDate) {
                        let folded = TextFold.fold(UnsafeBufferPointer(rebasing: bytes[facts[i].range]).stringView)
                        #expect(known == (DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded)) != nil))
                    }
                    if let known = answers.answer(LineAnswers.attribution) {
                        let line = UnsafeBufferPointer(rebasing: bytes[facts[i].range])
                        #expect(known == MetadataLines.isAttribution(line, words: facts[i].words))
                    }
                    if let known = answers.answer(LineAnswers.authorBio) {
                        #expect(known == MetadataLines.isAuthorBio(bytes, facts[i]))
                    }
                    facts[i].answers = answers
                }
                let again = classifier.classify(facts, text: bytes, scanner: scanner)
                #expect(again.removal == fresh.removal && again.title == fresh.title && again.body == fresh.body, "round \(round)")
            }
        }
    }
}
