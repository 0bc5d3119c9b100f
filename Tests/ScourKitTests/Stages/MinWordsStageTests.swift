import Testing
import Foundation
@testable import ScourKit

@Suite struct MinWordsStageTests {
    func verdict(_ text: String, min: Int) throws -> Verdict {
        var options = MinWordsStage.Options()
        options.min = min
        let stage = try MinWordsStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/"), outputDirectory: URL(fileURLWithPath: "/")))
        var document = Document(id: "x", source: "x", text: text)
        var log = StageLog()
        return stage.process(&document, log: &log)
    }

    @Test func dropsShortDocumentsWithAReason() throws {
        #expect(try verdict("only three words", min: 4) == .drop(reason: "too_short"))
        #expect(try verdict("now there are four", min: 4) == .keep)
        #expect(try verdict("", min: 1) == .drop(reason: "too_short"))
    }

    @Test func countsCharactersOfScriptsWithoutSpaces() throws {
        #expect(WordCount.count("東京都は日本の首都です") == 11)
        #expect(WordCount.count("a\u{00A0}b\u{3000}c") == 3)
        #expect(try verdict("東京都は日本の首都です", min: 10) == .keep)
    }
}
