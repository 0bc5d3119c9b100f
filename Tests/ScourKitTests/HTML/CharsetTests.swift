import Testing
@testable import ScourKit

@Suite struct CharsetTests {
    func decode(_ bytes: [UInt8]) -> (String, String) {
        let d = Charset.decode(bytes)
        #expect(String(validating: d.bytes, as: UTF8.self) != nil, "output must be valid UTF-8")
        return (String(decoding: d.bytes, as: UTF8.self), d.charset)
    }

    @Test func declaredCharsetIsFound() {
        #expect(Charset.declaredCharset(Array("<meta charset=\"ISO-8859-1\">".utf8)) == "ISO-8859-1")
        #expect(Charset.declaredCharset(Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\">".utf8)) == "koi8-r")
        #expect(Charset.declaredCharset(Array("<?xml version=\"1.0\" encoding='windows-1251'?><html>".utf8)) == "windows-1251")
        #expect(Charset.declaredCharset(Array("<html><body>charset=utf-8</body>".utf8)) == nil)
    }

    @Test func latin1LabelsMeanWindows1252() {
        #expect(Charset.normalize("ISO-8859-1") == "windows-1252")
        #expect(Charset.normalize("GB2312") == "gb18030")
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        let (text, charset) = decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94])
        #expect(charset == "windows-1252")
        #expect(text == "café \u{201C}q\u{201D}")
    }

    @Test func mostlyValidUTF8IsRepaired() {
        let bytes = Array("éééééé ".utf8) + [0xFF] + Array(" ok".utf8)
        let (text, charset) = decode(bytes)
        #expect(charset == "utf-8")
        #expect(text == "éééééé \u{FFFD} ok")
    }

    @Test func utf16WithBOM() {
        let (text, _) = decode([0xFF, 0xFE] + Array("<p>hé</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(text == "<p>hé</p>")
    }

    @Test func bomAloneIsEmpty() {
        #expect(decode([0xFF, 0xFE]).0 == "")
        #expect(decode([0xFE, 0xFF, 0x00]).0 == "\u{FFFD}")
        #expect(decode([0xEF, 0xBB, 0xBF]).0 == "")
    }

    @Test func nulBytesBecomeSpaces() {
        #expect(decode(Array("a\u{0}b".utf8)).0 == "a b")
    }

    @Test func unknownCharsetFallsBack() {
        let (text, _) = decode(Array("<meta charset=\"x-no-such\">".utf8) + [0xE9])
        #expect(text.hasSuffix("é"))
    }
}
