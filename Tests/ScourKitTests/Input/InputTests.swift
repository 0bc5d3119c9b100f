import Testing
import Foundation
@testable import ScourKit

@Suite struct TextDecodingTests {
    @Test func dropsUTF8ByteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8), source: "a.txt")
        #expect(decoded.text == "héllo")
        #expect(decoded.replacements == 0)
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let little: [UInt8] = [0xFF, 0xFE] + Array("Tö".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + Array("Tö".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(little, source: "a").text == "Tö")
        #expect(try TextDecoding.decode(big, source: "a").text == "Tö")
    }

    @Test func replacesAndCountsInvalidUTF8() throws {
        let decoded = try TextDecoding.decode(Array("ok ".utf8) + [0xC3, 0x28, 0x20, 0xFF, 0x20, 0xE2, 0x82], source: "a")
        #expect(decoded.replacements == 3)
        #expect(decoded.text == "ok \u{FFFD}( \u{FFFD} \u{FFFD}")
    }

    @Test func refusesBinary() {
        #expect(throws: InputError.self) { try TextDecoding.decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01], source: "a") }
    }
}

@Suite struct DocumentReaderTests {
    func events(_ folder: TemporaryFolder) throws -> [InputEvent] {
        let reader = DocumentReader(files: try InputFiles.scan([folder.path]), maxFileBytes: 1 << 20)
        var all: [InputEvent] = []
        while let event = reader.next() { all.append(event) }
        return all
    }

    @Test func scansFoldersInByteOrderAndIgnoresOtherFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "b")
        try folder.write("a/z.html", "<p>z</p>")
        try folder.write("a/y.jsonl", "{\"text\":\"y\"}\n")
        try folder.write("notes.pdf", "x")
        try folder.write(".hidden.txt", "x")
        let files = try InputFiles.scan([folder.path])
        #expect(files.map(\.source) == ["a/y.jsonl", "a/z.html", "b.txt"])
        #expect(files.map(\.format) == [.jsonl, .html, .text])
    }

    @Test func missingInputIsAnError() {
        #expect(throws: InputError.self) { try InputFiles.scan(["/nonexistent/scour/input"]) }
    }

    @Test func badJSONLLinesAreSkippedWithTheirLineNumber() throws {
        let folder = try TemporaryFolder()
        try folder.write("d.jsonl", """
            {"id": "one", "text": "first", "url": "https://example.com/1", "metadata": {"lang": "en"}}
            not json
            {"text": 5}

            {"id": 7, "text": "fourth"}
            """)
        let all = try events(folder)
        var documents: [Document] = []
        var skipped: [InputError] = []
        for event in all {
            switch event {
            case .document(let d): documents.append(d)
            case .skipped(let e): skipped.append(e)
            }
        }
        #expect(documents.map(\.id) == ["one", "7"])
        #expect(documents.map(\.source) == ["d.jsonl#1", "d.jsonl#5"])
        #expect(documents[0].metadata.url == "https://example.com/1")
        #expect(documents[0].metadata.extra.first?.0 == "lang")
        #expect(skipped.map(\.source) == ["d.jsonl:2", "d.jsonl:3"])
        #expect(skipped.map(\.code) == ["invalid_json", "invalid_record"])
    }

    @Test func gzipInputsAreReadAndTruncatedOnesReported() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "All work and no play makes a dull corpus.\n", count: 2000)
        let plain = try folder.write("gz/plain.txt", text)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain]
        try gzip.run(); gzip.waitUntilExit()
        let compressed = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
        try FileManager.default.removeItem(atPath: plain)
        try folder.write("gz/cut.txt.gz", Array(compressed.prefix(compressed.count / 2)))
        let all = try events(folder)
        #expect(all.count == 2)
        guard case .skipped(let error) = all[0] else { Issue.record("cut file was not skipped"); return }
        #expect(error.code == "truncated_gzip")
        #expect(error.source == "gz/cut.txt.gz")
        guard case .document(let document) = all[1] else { Issue.record("good gzip was not read"); return }
        #expect(document.text == text)
        #expect(document.source == "gz/plain.txt.gz")
    }

    @Test func emptyAndBinaryFilesAreSkippedWithReasons() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.txt", " \n")
        try folder.write("junk.html", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10])
        let codes = try events(folder).compactMap { event -> String? in
            if case .skipped(let error) = event { return error.code }
            return nil
        }
        #expect(codes == ["empty", "binary"])
    }

    @Test func oversizedFilesAreSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("big.txt", String(repeating: "x", count: (1 << 20) + 1))
        let all = try events(folder)
        guard case .skipped(let error)? = all.first else { Issue.record("not skipped"); return }
        #expect(error.code == "too_large")
    }

    @Test func lineReaderSplitsCRLFAndLongLines() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "y", count: 3 << 20)
        let path = try folder.write("lines", "a\r\nb\n\(long)\nc")
        let reader = LineReader(stream: try FileStream(path: path), bufferSize: 1 << 16, maxLineBytes: 8 << 20)
        var lines: [Int] = []
        while let line = try reader.next() { lines.append(line.count) }
        #expect(lines == [1, 1, 3 << 20, 1])
    }

    @Test func lineReaderMatchesASimpleSplitAcrossBufferBoundaries() throws {
        let folder = try TemporaryFolder()
        var generator = SystemRandomNumberGenerator()
        var lines: [String] = []
        for _ in 0..<500 { lines.append(String(repeating: "z", count: Int.random(in: 0...3000, using: &generator))) }
        lines.append("last")  // a file ending in a newline has no empty last line
        let path = try folder.write("lines", lines.joined(separator: "\n"))
        let reader = LineReader(stream: try FileStream(path: path), bufferSize: 4096, maxLineBytes: 1 << 20)
        var read: [Int] = []
        while let line = try reader.next() { read.append(line.count) }
        #expect(read == lines.map(\.count))
    }
}
