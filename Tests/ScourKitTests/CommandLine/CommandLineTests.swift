import Testing
import Foundation
@testable import ScourKit

/// Runs the built `scour` executable, as a user would.
struct Command {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The `scour` binary SwiftPM built next to this test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("scour")
    }

    static func run(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> Command {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Command(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Command.binary.path), "needs the scour binary built by `swift build`"))
struct CommandLineTests {
    let words = String(repeating: "word ", count: 30)

    @Test func validateNamesTheBrokenFieldAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.json", #"{"version": 1, "stages": [{"stage": "min_words", "min": "20"}]}"#)
        let result = try Command.run(["validate", "p.json"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(#"stages[0].min: expected an integer, got "20""#))
        #expect(result.stdout.isEmpty)
    }

    /// Without a pipeline file in the folder, the message says what to do.
    @Test func missingPipelineFileIsNamedWithTheWayOut() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Some text.\n")
        let result = try Command.run(["explain", "a.txt"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no pipeline.json in") && result.stderr.contains("--pipeline FILE"))
    }

    @Test func stagesListsEveryRegisteredStage() throws {
        let folder = try TemporaryFolder()
        let result = try Command.run(["stages"], in: folder.url)
        #expect(result.status == 0)
        for stage in StageRegistry.all { #expect(result.stdout.contains(stage.name + "  (")) }
    }

    @Test func runsInAPipeFromStdinToStdout() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.json", #"{"version": 1, "stages": [{"stage": "min_words", "min": 3}]}"#)
        let input = "{\"id\": \"a\", \"text\": \"\(words)\"}\n{\"id\": \"b\", \"text\": \"too short\"}\nnot json\n"
        let result = try Command.run(["run", "--output", "-", "-q", "-"], in: folder.url, stdin: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(#"{"id":"a","text":"word word"#) == true)
        #expect(!folder.exists("clean/corpus.jsonl"))
    }

    @Test func strictStopsOnASkippedInputWithExitThree() throws {
        let folder = try TemporaryFolder()
        try folder.write("pipeline.json", #"{"version": 1, "stages": []}"#)
        try folder.write("raw/good.txt", words)
        try folder.write("raw/empty.txt", "")
        let lenient = try Command.run(["run"], in: folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("skipped empty.txt: empty file"))
        #expect(try folder.read("clean/corpus.jsonl").split(separator: "\n").count == 1)
        let strict = try Command.run(["run", "--strict", "-o", "strict.jsonl"], in: folder.url)
        #expect(strict.status == 3)
        #expect(!folder.exists("strict.jsonl"))
    }

    @Test func everyCommandHasHelp() throws {
        let folder = try TemporaryFolder()
        for command in [["--help"], ["run", "--help"], ["validate", "--help"], ["stages", "--help"], ["explain", "--help"]] {
            let result = try Command.run(command, in: folder.url)
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE"), "\(command)")
        }
    }
}
