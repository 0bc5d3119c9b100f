import Foundation
import Testing
@testable import ScourKit

@Suite struct UnicodeStageTests {
    func run(_ text: String, _ configure: (inout UnicodeStage.Options) -> Void = { _ in }) throws -> (String, StageLog) {
        var options = UnicodeStage.Options()
        configure(&options)
        let stage = try UnicodeStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), outputDirectory: URL(fileURLWithPath: "/tmp")))
        var document = Document(id: "d", source: "d.txt", text: text)
        var log = StageLog()
        #expect(stage.process(&document, log: &log) == .keep)
        return (document.text, log)
    }

    @Test func cleanASCIITextIsUntouched() throws {
        let text = "A plain line.\n\nAnother paragraph, with\ttabs."
        let (out, log) = try run(text)
        #expect(out == text)
        #expect(log.isEmpty)
    }

    @Test func correctNonASCIITextIsUntouched() throws {
        let text = "Zoë met Ødegaard in Zürich — “quoted” and ‘single’ — Тест 北京"
        let (out, log) = try run(text)
        #expect(out == text)
        #expect(log.isEmpty)
    }

    @Test func composesToNFC() throws {
        let (out, log) = try run("Cafe\u{301}")
        #expect(out == "Caf\u{E9}")
        #expect(log.counts.contains { $0.0 == "nfc" })
    }

    @Test func repairsMojibakeAndRecordsIt() throws {
        let (out, log) = try run("Minister VarÃ©nko said itâ€™s over")
        #expect(out == "Minister Varénko said it’s over")
        #expect(log.counts.first { $0.0 == "mojibake" }?.1 == 2)
    }

    @Test func oddSpacesBecomePlainSpaces() throws {
        #expect(try run("a\u{A0}b\u{2009}c\u{3000}d").0 == "a b c d")
    }

    @Test func removesSoftHyphensZeroWidthAndControls() throws {
        let (out, log) = try run("in\u{AD}vis\u{200B}ible\u{0007} text\u{FEFF}")
        #expect(out == "invisible text")
        #expect(log.bytesRemoved > 0)
    }

    @Test func keepsZeroWidthJoinerInEmoji() throws {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(try run(family).0 == family)
    }

    @Test func normalizesLineEndingsTrailingSpacesAndBlankLines() throws {
        #expect(try run("\n\none  \r\ntwo\r\r\n\n\nthree \n\n").0 == "one\ntwo\n\nthree")
    }

    @Test func decodesLeftoverEntities() throws {
        #expect(try run("Fish &amp; chips&nbsp;now").0 == "Fish & chips now")
    }

    @Test func foldsQuotesAndDashesOnlyWhenAsked() throws {
        let text = "“Yes” — it’s 1–2"
        #expect(try run(text).0 == text)
        #expect(try run(text) { $0.foldQuotes = true; $0.foldDashes = true }.0 == "\"Yes\" - it's 1-2")
    }

    @Test func romanizesOtherScriptsPerWord() throws {
        let (out, log) = try run("Mayor Петров (Петров) spoke", { $0.romanize = "Russian-Latin/BGN" })
        #expect(out == "Mayor Petrov (Petrov) spoke")
        #expect(log.counts.first { $0.0 == "romanized" }?.1 == 2)
    }

    @Test func unknownTransformIsAnOptionError() {
        var options = UnicodeStage.Options()
        options.romanize = "Klingon-Latin/XYZ"
        #expect(throws: StageOptionError.self) {
            _ = try UnicodeStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), outputDirectory: URL(fileURLWithPath: "/tmp")))
        }
    }
}

@Suite struct NFCQuickCheckTests {
    /// Every character the quick check lets through really is unchanged by NFC, alone and after
    /// a base letter.
    @Test func quickCheckAgreesWithFoundation() {
        for v in UInt32(0x80)...UInt32(0x1FAFF) where UnicodeStage.isStableUnderNFC(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let alone = String(Character(scalar)), after = "a" + alone
            #expect(alone.precomposedStringWithCanonicalMapping == alone, "U+\(String(v, radix: 16))")
            #expect(after.precomposedStringWithCanonicalMapping == after, "a + U+\(String(v, radix: 16))")
        }
    }

    @Test func combiningMarksAreNotKnownNFC() {
        #expect(!UnicodeStage.isKnownNFC("Cafe\u{301}"))
        #expect(UnicodeStage.isKnownNFC("Café — Тест 北京 👍"))
    }
}
