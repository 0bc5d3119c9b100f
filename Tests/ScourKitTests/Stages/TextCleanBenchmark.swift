import Foundation
import Testing
@testable import ScourKit

/// Throughput of metadata + boilerplate on the dev texts (MB/s of input text, one core).
/// Off unless SCOUR_BENCH is set; meaningful only in release (`swift test -c release`).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_BENCH"] != nil))
func textCleanBenchmark() throws {
    let root = textCleanDevRoot
    var texts: [String] = []
    for set in ["dragnet", "mozilla-readability"] {
        for file in try FileManager.default.contentsOfDirectory(atPath: "\(root)/\(set)/text").sorted() {
            texts.append(try String(contentsOfFile: "\(root)/\(set)/text/\(file)", encoding: .utf8))
        }
    }
    let context = StageContext(baseDirectory: URL(fileURLWithPath: root), outputDirectory: URL(fileURLWithPath: root))
    // SCOUR_BENCH_LANGUAGES=en measures a smaller vocabulary.
    let languages = ProcessInfo.processInfo.environment["SCOUR_BENCH_LANGUAGES"].map { $0.split(separator: ",").map(String.init) }
        ?? BoilerplatePhrases.languages
    var metadataOptions = MetadataStage.Options()
    metadataOptions.languages = languages
    var boilerplateOptions = BoilerplateStage.Options()
    boilerplateOptions.languages = languages
    let metadata = try MetadataStage(options: metadataOptions, context: context)
    let boilerplate = try BoilerplateStage(options: boilerplateOptions, context: context)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    func run(_ stages: Int) -> Double {
        // Thread CPU time, so other processes on a shared machine distort less.
        func cpu() -> Double { var t = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }
        let start = cpu()
        for _ in 0..<10 {
            for text in texts {
                var document = Document(id: "x", source: "x", text: text)
                var log = StageLog()
                if stages & 2 != 0 { _ = boilerplate.process(&document, log: &log) }
                if stages & 1 != 0 { _ = metadata.process(&document, log: &log) }
            }
        }
        let seconds = cpu() - start
        return Double(bytes * 10) / seconds / 1e6
    }
    print(String(format: "boilerplate then metadata %.1f MB/s, metadata alone %.1f MB/s, boilerplate alone %.1f MB/s (%d docs, %.1f MB)",
                 run(3), run(1), run(2), texts.count, Double(bytes) / 1e6))
}

/// The automaton alone over folded dev text, full vocabulary and stopwords only (SCOUR_BENCH).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_BENCH"] != nil))
func automatonBenchmark() throws {
    let root = "\(textCleanDevRoot)/dragnet/text"
    var all: [UInt8] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
        all += TextFold.fold(try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8))
    }
    func cpu() -> Double { var t = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }
    for (name, ac) in [("full", PhraseMatcher(languages: BoilerplatePhrases.languages).automaton),
                       ("stopwords", AhoCorasick(patterns: Stopwords.words(languages: BoilerplatePhrases.languages))),
                       ("english phrases", AhoCorasick(patterns: BoilerplatePhrases.groups.filter { $0.language == "en" }.flatMap(\.phrases)))] {
        var found: [AhoCorasick.Match] = []
        found.reserveCapacity(1 << 20)
        let start = cpu()
        for _ in 0..<5 { found.removeAll(keepingCapacity: true); all.withUnsafeBufferPointer { ac.collect(in: $0, into: &found) } }
        print("automaton \(name) \(ac.tableShape): \(Int(Double(all.count * 5) / (cpu() - start) / 1e6)) MB/s, \(found.count) matches")
    }
}

/// `../shared/data/textclean-dev` next to the package root (measured in place, never copied).
let textCleanDevRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/textclean-dev").path
