import Testing
@testable import ScourKit
@Test func placeholder() { #expect(WordCount.count("a b c") == 3) }
