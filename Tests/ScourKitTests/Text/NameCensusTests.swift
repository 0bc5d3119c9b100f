import Foundation
import Testing
@testable import ScourKit

/// The census's fast readings (spellings without a Dictionary, lower-case counts looked up by
/// folded bytes) give what the plain ones give. Invented names.
@Suite struct NameCensusTests {
    static func census(_ texts: [String]) -> NameCensus {
        var census = NameCensus()
        for text in texts { census.count(text, maxWords: 3) }
        return census
    }

    static let texts = [
        "Then Tarchanow met the tarchanow fans, and Veličko said marsala was fine. Marsala came later.",
        "We saw Ulan Tash with Anna Veličko and Zoë Ismaloff in the city of Ulantash today.",
        // The same names in NFD, and in capitals.
        "Later Veli\u{0063}\u{030C}ko spoke to Zoe\u{0308} Ismaloff while TARCHANOW waited for anna.",
    ]

    @Test func spellingsAreTheNamesPairs() {
        let census = Self.census(Self.texts)
        let list = census.spellings
        #expect(Set(list.map(\.key)).count == list.count, "no two spellings equal")
        let names = census.names
        #expect(list.count == names.count)
        for (spelling, counts) in list { #expect(names[spelling] == counts, "\(spelling)") }
    }

    @Test func aKelvinSignFallsBackToTheDictionary() {
        // U+212A is canonically equal to K: "\u{212A}arim" and "Karim" are one spelling.
        var census = NameCensus()
        census.add("Karim", counts: .init(total: 2, inProse: 1))
        census.add("\u{212A}arim", counts: .init(total: 1, inProse: 1))
        census.add("Anna Veli\u{0063}\u{030C}ko", counts: .init(total: 1, inProse: 0))
        let kelvin = census.containsKelvinSign
        #expect(kelvin)
        let list = census.spellings, names = census.names
        #expect(list.count == 2)
        #expect(list.count == names.count)
        for (spelling, counts) in list { #expect(names[spelling] == counts, "\(spelling)") }
        let plain = Self.census(Self.texts).containsKelvinSign
        #expect(!plain)
    }

    @Test func lowercaseCountsMatchLowercasingEachWord() {
        var kelvin = Self.census(["Then Karim came, as karim and KARIM said."])
        kelvin.add("\u{212A}arim", counts: .init(total: 1, inProse: 1))
        for (k, census) in [Self.census(Self.texts), kelvin].enumerated() {
            let counts = census.lowercaseCountsOfNameWords()
            for spelling in census.names.keys {
                for word in spelling.split(separator: " ").map(String.init) {
                    let expected = census.lowercase[NameHash.of(word.lowercased())]
                    #expect(counts[word] == expected, "\(word)")
                }
            }
            #expect(counts["Marsala"] == (k == 0 ? 1 : 0))
            #expect(counts["Karim"] == (k == 0 ? 0 : 1))
        }
    }
}
