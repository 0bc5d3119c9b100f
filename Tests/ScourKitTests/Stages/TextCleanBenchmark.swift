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

/// The automaton alone over folded dev text, full vocabulary and stopwords only, and the full one
/// over lines as the scanner matches them (SCOUR_BENCH).
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
        for _ in 0..<5 { found.removeAll(keepingCapacity: true); _ = all.withUnsafeBufferPointer { ac.collect(in: $0, into: &found) } }
        print("automaton \(name) \(ac.tableShape): \(Int(Double(all.count * 5) / (cpu() - start) / 1e6)) MB/s, \(found.count) matches")
    }
    // The full automaton as the scanner runs it: lines folded between spaces, documents of 8 KB.
    let full = PhraseMatcher(languages: BoilerplatePhrases.languages).automaton
    var lines: [UInt8] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
        var text = try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8)
        text.withUTF8 { bytes in
            for range in TextLines.ranges(bytes) {
                lines.append(0x20)
                TextFold.fold(UnsafeBufferPointer(rebasing: bytes[range]), into: &lines)
                lines += [0x20, 0x0A]
            }
        }
    }
    var cuts = [0]
    while cuts.last! < lines.count {
        var cut = min(lines.count, cuts.last! + 8000)
        while cut < lines.count && lines[cut - 1] != 0x0A { cut += 1 }
        cuts.append(cut)
    }
    var total = 0
    let start = cpu()
    for _ in 0..<5 {
        lines.withUnsafeBufferPointer { b in
            for j in 0..<(cuts.count - 1) { total += full.collectLines(in: UnsafeBufferPointer(rebasing: b[cuts[j]..<cuts[j + 1]])).count }
        }
    }
    print("collectLines full: \(Int(Double(lines.count * 5) / (cpu() - start) / 1e6)) MB/s, \(total / 5) matches")
}

/// `../shared/data/textclean-dev` next to the package root (measured in place, never copied).
let textCleanDevRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/data/textclean-dev").path

/// `LineScanner.scan` alone over every line of the dev texts, as the text stages scan them
/// (SCOUR_BENCH; best of five passes of thread CPU time).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_BENCH"] != nil))
func lineScannerBenchmark() throws {
    var texts: [String] = []
    for set in ["dragnet", "mozilla-readability"] {
        let root = "\(textCleanDevRoot)/\(set)/text"
        for file in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
            texts.append(try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8))
        }
    }
    let scanner = LineScanner(matcher: PhraseMatcher(languages: BoilerplatePhrases.languages), sampleSide: LineScanner.pageSampleSide)
    func cpu() -> Double { var t = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }
    var best = Double.infinity
    var lines = 0
    for _ in 0..<5 {
        let start = cpu()
        lines = 0
        for var text in texts {
            text.withUTF8 { bytes in lines += scanner.scan(bytes, TextLines.ranges(bytes)).count }
        }
        best = min(best, cpu() - start)
    }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    print(String(format: "line scanner: %.1f ms per pass, %.1f MB/s (%d lines, %.1f MB)", best * 1e3, Double(bytes) / best / 1e6, lines, Double(bytes) / 1e6))
}
