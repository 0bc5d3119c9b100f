import Testing
import Foundation
@testable import ScourKit

/// Summaries written with their own JSON writer read back with their `Decodable` conformance,
/// unchanged, so a summary on disk can be merged with others later.
@Suite struct SummaryCodingTests {
    func roundTrip<S: JSONWritableSummary>(_ summary: S) throws -> (first: [UInt8], second: [UInt8]) {
        var writer = JSONWriter()
        summary.writeJSON(into: &writer)
        let decoded = try JSONDecoder().decode(S.self, from: Data(writer.bytes))
        var again = JSONWriter()
        decoded.writeJSON(into: &again)
        return (writer.bytes, again.bytes)
    }

    @Test func nameCensusRoundTrips() throws {
        var census = NameCensus()
        census.count("Mayor Odalric Venn met Ödalric Venn and Orsolya Brandt in Quellmark. Quellmark was quiet; the venn diagram was not.", maxWords: 3)
        let (first, second) = try roundTrip(census)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("\"Quellmark\":[2,"))
    }

    @Test func repeatedLineSummaryRoundTrips() throws {
        let stage = try BoilerplateRepeatsStage(options: .init(), context: StageContext(baseDirectory: URL(fileURLWithPath: "/"), outputDirectory: URL(fileURLWithPath: "/")))
        var summary = BoilerplateRepeatsStage.Summary()
        for k in 0..<3 {
            stage.observe(Document(id: "\(k)", source: "site/\(k).txt", text: "Share this\nArticle \(k) text\nFollow us"), into: &summary)
        }
        let (first, second) = try roundTrip(summary)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).hasPrefix(#"{"documents":{"site":3},"lines":{"site":{"#))
    }
}
