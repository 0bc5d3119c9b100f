import Foundation
@testable import ScourKit

/// Small HTML pages written for these tests, in `Fixtures/html`.
enum HTMLFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            fatalError("missing fixture \(name)")
        }
        return Array(data)
    }

    /// The expected text of a golden fixture, without its final newline.
    static func expected(_ name: String) -> String {
        var s = String(decoding: bytes(name), as: UTF8.self)
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    static let context = StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), outputDirectory: URL(fileURLWithPath: "/tmp"))

    static func document(_ markup: [UInt8]) -> Document {
        Document(id: "t", source: "t.html", text: "", markup: markup)
    }
}
