import Testing
@testable import ScourKit

@Suite struct JSONWriterTests {
    @Test func escapesEverythingJSONRequires() throws {
        let tricky = "quote\" backslash\\ nl\n cr\r tab\t nul\u{0} bell\u{7} del\u{7F} ls\u{2028} ps\u{2029} é 😀 👨‍👩‍👧"
        var writer = JSONWriter()
        writer.string(tricky)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text.contains(#"\u0000"#))
        #expect(text.contains(#"\u2028"#))
        #expect(!text.contains("\n"))
        #expect(try JSONParser.parse(writer.bytes) == .string(tricky))
    }

    @Test func roundTripsValuesInKeyOrder() throws {
        let value = JSONValue.object([("z", .number(1)), ("a", .array([.string("x"), .null, .bool(false), .number(2.5)]))])
        let bytes = JSONWriter.bytes(of: value)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"z":1,"a":["x",null,false,2.5]}"#)
        #expect(try JSONParser.parse(bytes) == value)
        #expect(try JSONParser.parse(JSONWriter.prettyBytes(of: value)) == value)
    }
}
