import Foundation
import Testing
@testable import ScourKit

/// The five hand-annotated seed articles in `../shared/seeds` (gold in `expected.json`): after
/// `metadata` then `boilerplate`, every `drop` line is gone, every `keep` line is still there, and
/// the metadata matches.
@Suite struct SeedsTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    struct Gold: Sendable {
        var file: String
        var keep: [Int]
        var drop: [Int]
        var metadata: [(String, String?)]
    }

    static func gold() throws -> [Gold] {
        let bytes = try [UInt8](Data(contentsOf: seeds.appendingPathComponent("expected.json")))
        guard case .object(let root) = try JSONParser.parse(bytes),
              case .object(let documents)? = root.first(where: { $0.0 == "documents" })?.1 else { return [] }
        return documents.map { file, value in
            guard case .object(let fields) = value else { return Gold(file: file, keep: [], drop: [], metadata: []) }
            func numbers(_ key: String) -> [Int] {
                guard case .array(let items)? = fields.first(where: { $0.0 == key })?.1 else { return [] }
                return items.compactMap { if case .number(let n) = $0 { return Int(n) } else { return nil } }
            }
            var metadata: [(String, String?)] = []
            if case .object(let m)? = fields.first(where: { $0.0 == "metadata" })?.1 {
                metadata = m.map { ($0.0, $0.1.stringValue) }
            }
            return Gold(file: file, keep: numbers("keep"), drop: numbers("drop"), metadata: metadata)
        }
    }

    /// Runs the two stages in the recommended order (boilerplate, then metadata on the cleaned
    /// text) or the other way round: both orders must satisfy the gold.
    static func clean(_ text: String, metadataFirst: Bool = false) throws -> Document {
        let context = StageContext(baseDirectory: seeds, outputDirectory: seeds)
        var document = Document(id: "seed", source: "seeds/x.txt", text: text)
        var log = StageLog()
        let metadata = try MetadataStage(options: .init(), context: context)
        if metadataFirst { _ = metadata.process(&document, log: &log) }
        _ = try BoilerplateStage(options: .init(), context: context).process(&document, log: &log)
        if !metadataFirst { _ = metadata.process(&document, log: &log) }
        return document
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds.path)), arguments: [false, true])
    func seedLinesAndMetadata(metadataFirst: Bool) throws {
        let all = try Self.gold()
        #expect(all.count == 5)
        for gold in all {
            let text = try String(contentsOf: Self.seeds.appendingPathComponent(gold.file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let document = try Self.clean(text, metadataFirst: metadataFirst)
            let kept = Set(document.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
            for i in gold.keep {
                #expect(kept.contains(lines[i]), "\(gold.file): keep line \(i) lost: \(lines[i].prefix(60))")
            }
            for i in gold.drop {
                #expect(!kept.contains(lines[i]), "\(gold.file): drop line \(i) kept: \(lines[i].prefix(60))")
            }
            for (key, value) in gold.metadata {
                let optional = key.hasSuffix("(optional)")
                let field = key.replacingOccurrences(of: " (optional)", with: "")
                let actual: String? = switch field {
                case "title": document.metadata.title
                case "date": document.metadata.date
                case "author": document.metadata.author
                case "publisher": document.metadata.publisher
                default: nil
                }
                if optional {
                    // Nice to have: when we report a value, it must be the right one.
                    if let actual, let value { #expect(actual.contains(value), "\(gold.file): \(field) = \(actual)") }
                } else {
                    #expect(actual == value, "\(gold.file): \(field) = \(actual ?? "nil"), expected \(value ?? "nil")")
                }
            }
            // The headline stays the text's first line.
            if let title = gold.metadata.first(where: { $0.0 == "title" })?.1 {
                #expect(document.text.split(separator: "\n").first.map { $0.hasPrefix(title) } == true, "\(gold.file): first line is not the title")
            }
        }
    }
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_SEEDS_SHOW"] != nil))
func seedsShow() throws {
    for file in try FileManager.default.contentsOfDirectory(atPath: SeedsTests.seeds.path).filter({ $0.hasSuffix(".txt") }).sorted() {
        let d = try SeedsTests.clean(String(contentsOf: SeedsTests.seeds.appendingPathComponent(file), encoding: .utf8))
        print("=== \(file) title=\(d.metadata.title ?? "-") date=\(d.metadata.date ?? "-") author=\(d.metadata.author ?? "-") publisher=\(d.metadata.publisher ?? "-")")
        print(d.text.split(separator: "\n").map { String($0.prefix(80)) }.joined(separator: "\n"))
    }
}
