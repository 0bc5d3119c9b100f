import Foundation
import Testing
@testable import ScourKit

/// The five sample articles in `../shared/seeds/` with their hand-made gold: every `names` group
/// ends as one spelling, and no `distinct` word is rewritten.
@Suite struct NamesSeedsTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static func wholeWordCount(_ word: String, in text: String) -> Int {
        let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}])"
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds.appendingPathComponent("expected.json").path)))
    func seedNamesEndAsOneSpellingAndDistinctWordsStay() throws {
        let expected = try JSONParser.parse(Array(Data(contentsOf: Self.seeds.appendingPathComponent("expected.json"))))
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        let input = try files.map { try String(contentsOf: Self.seeds.appendingPathComponent($0), encoding: .utf8) }
        let result = try NamesHarness().run(input)
        let before = input.joined(separator: "\n"), after = result.texts.joined(separator: "\n")

        guard case .array(let groups)? = expected["names"] else { Issue.record("no names groups"); return }
        for case .array(let members) in groups {
            let spellings = members.compactMap(\.stringValue)
            let present = spellings.filter { Self.wholeWordCount($0, in: after) > 0 }
            #expect(present.count == 1, "group \(spellings) ends as \(present)")
        }
        guard case .array(let distinct)? = expected["distinct"] else { Issue.record("no distinct words"); return }
        let changed = result.logs.flatMap(\.counts).map { $0.0.components(separatedBy: "→")[0] }
        for word in distinct.compactMap(\.stringValue) {
            #expect(Self.wholeWordCount(word, in: after) >= Self.wholeWordCount(word, in: before), "\(word) was rewritten")
            #expect(!changed.contains { Self.wholeWordCount(word, in: $0) > 0 }, "\(word) was rewritten")
        }
    }
}
