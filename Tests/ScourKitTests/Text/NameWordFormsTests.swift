import Testing
@testable import ScourKit

/// The per-word caches of discovery give what the uncached functions give. Invented names.
@Suite struct NameWordFormsTests {
    static let spellings = ["Tarchanow", "Dovoyev Ismaloff", "Tarchanow Dovoyev", "Anna", "Anna Tarchanow",
                            "Veličko", "al-Marsadi", "Ulan Tash", "Ulantash", "Ivannov Ivannov", "Abd al Kareem",
                            "Xiang", "Hsu Liang", "Gorinskij", "Szubenko-Lozhkin", "TOKAREV", "Zoë"]

    @Test func formsMatchTheUncachedKeyAndPlainLetters() {
        var forms = NameWordForms()
        // Twice, so that the second round reads every word from the cache.
        for _ in 0..<2 {
            for spelling in Self.spellings {
                let (key, plain) = forms.forms(of: spelling)
                #expect(key == NameKey(spelling), "\(spelling)")
                #expect(plain == NameVariants.plainLetters(spelling), "\(spelling)")
            }
        }
    }

    @Test func signsMatchTheVocabularyCheck() {
        for spelling in Self.spellings + ["Queen", "Quirk", "Zoë", "Ivanova"] {
            var signs = TransliterationSigns()
            for _ in 0..<2 {
                #expect(signs.looksTransliterated(spelling) == NameVocabulary.looksTransliterated(spelling), "\(spelling)")
                #expect(signs.looksTransliterated(spelling, strict: true)
                        == NameVocabulary.looksTransliterated(spelling, strict: true), "\(spelling)")
            }
        }
    }

    @Test func candidateAndLeadingWordsReadFirstAndLastWords() {
        let names: [String: NameVariants.Counts] = [
            "Anna Tarchanow": .init(total: 3, inProse: 2), "Anna": .init(total: 4, inProse: 2),
            "Omar bin Tarchanow": .init(total: 2, inProse: 1), "Omar": .init(total: 2, inProse: 1),
            "Anna Maria Tarchanow": .init(total: 5, inProse: 5), "The Tarchanow": .init(total: 2, inProse: 2),
        ]
        #expect(NameVariants.leadingWordCounts(names) == ["Anna": 3, "Omar": 2, "The": 2])
        #expect(NameVariants.isCandidate("Anna Tarchanow", counts: .init(total: 3, inProse: 2), lowercase: [:]))
        #expect(!NameVariants.isCandidate("The Tarchanow", counts: .init(total: 2, inProse: 2), lowercase: [:]))
        #expect(!NameVariants.isCandidate("Anna Tarchanow", counts: .init(total: 3, inProse: 1), lowercase: ["Tarchanow": 2]))
        #expect(!NameVariants.isCandidate("Model 3", counts: .init(total: 3, inProse: 3), lowercase: [:]))
        #expect(!NameVariants.isCandidate("", counts: .init(total: 3, inProse: 3), lowercase: [:]))
    }

    @Test func leadingWordsMatchTheStringCounts() {
        // ASCII and non-ASCII first words, a connector, and (in the second set) a Kelvin sign,
        // which makes every word a String.
        let names: [String: NameVariants.Counts] = [
            "Anna Tarchanow": .init(total: 3, inProse: 2), "Anna": .init(total: 4, inProse: 2),
            "Omar bin Tarchanow": .init(total: 2, inProse: 1), "Omar": .init(total: 2, inProse: 1),
            "Anna Maria Tarchanow": .init(total: 5, inProse: 5), "Veličko Dovoyev": .init(total: 2, inProse: 2),
            "Veličko": .init(total: 1, inProse: 1), "Zoë": .init(total: 1, inProse: 1),
        ]
        var withKelvin = names
        withKelvin["\u{212A}im Ulantash"] = .init(total: 2, inProse: 2)
        withKelvin["Kim"] = .init(total: 3, inProse: 1)
        for set in [names, withKelvin] {
            let counts = NameVariants.leadingWordCounts(set)
            let leading = NameVariants.leadingWords(set)
            for spelling in Array(set.keys) + ["Kim", "\u{212A}im", "Maria", "Nobody"] {
                #expect(leading[spelling] == (counts[spelling] ?? 0), "\(spelling)")
            }
        }
    }

    @Test func candidateCheckMatchesAPlainStringReading() {
        // The plain reading: words by split, checks by Characters and scalars.
        func plain(_ spelling: String, _ counts: NameVariants.Counts, _ lowercase: NameVariants.LowercaseCounts) -> Bool {
            if spelling.isEmpty || spelling.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
            let words = spelling.split(separator: " ").map(String.init)
            if words.count == 1 {
                if NameVariants.isOrdinaryWord(spelling, inProse: counts.inProse, lowercase: lowercase[spelling]) { return false }
            } else if [words.first!, words.last!].contains(where: { word in
                NameVocabulary.isStopword(word) || (lowercase[word] > 0 && lowercase[word] >= 2 * max(1, counts.inProse))
            }) { return false }
            var previousIsLetter = false
            for scalar in spelling.unicodeScalars {
                let letter = scalar.properties.isAlphabetic
                if letter && previousIsLetter && scalar.properties.isUppercase { return false }
                previousIsLetter = letter
            }
            if let apostrophe = spelling.lastIndex(where: { $0 == "'" || $0 == "’" }),
               ["s", "ve", "re", "ll", "d", "t", "m"].contains(spelling[spelling.index(after: apostrophe)...].lowercased()) { return false }
            return true
        }
        let lowercase: NameVariants.LowercaseCounts = ["Tarchanow": 2, "Marsala": 5, "Veličko": 1]
        let spellings = Self.spellings + ["The", "Marsala", "Anna Marsala", "Marsala Anna", "BlogHer", "McTarchanow",
                                          "Tarchanow's", "Tarchanow’s", "O'Tash", "Model 3", "ÉdItion", "Veličko", "ZoË"]
        for spelling in spellings {
            for counts in [NameVariants.Counts(total: 3, inProse: 0), .init(total: 3, inProse: 2), .init(total: 9, inProse: 9)] {
                #expect(NameVariants.isCandidate(spelling, counts: counts, lowercase: lowercase) == plain(spelling, counts, lowercase),
                        "\(spelling) \(counts)")
            }
        }
    }

    @Test func asciiTransliterationSignsMatchTheCharacterPath() {
        let spellings = Self.spellings + ["Queen", "Quirk", "Ivanova", "Xiang", "Omar bin Tarchanow", "Hamdah", "Tarchah",
                                          "Veldavistan", "al-Marsadi", "Dovoyev-Ismaloff", "  Anna  ", "-", "", "A b-c",
                                          "Ab\r\nov", "KORLGRAD", "Ulan xiang", "O'Tash", "Hamda"]
        for spelling in spellings {
            for strict in [false, true] {
                #expect(NameVocabulary.looksTransliterated(spelling, strict: strict)
                        == NameVocabulary.looksTransliteratedByCharacters(spelling, strict: strict), "\(spelling) \(strict)")
            }
        }
    }

    @Test func skeletonHashesAreTheSkeletonsHashed() {
        // Two-way symbols (C, j, v before a consonant) split the skeleton, up to four; a key
        // longer than the stack buffer takes the array path.
        let long = String(repeating: "Chjavtarko", count: 8)
        for spelling in Self.spellings + ["Chajevchik", "Jachavski", "Tchaikovsky", "Djuvchenko", "Avdeev", "Chjavchj", long] {
            let key = NameKey(spelling)
            let expected = key.skeletons.map { skeleton in skeleton.withUnsafeBufferPointer { NameHash.of($0) } }
            #expect(Array(key.skeletonHashes) == expected, "\(spelling)")
        }
    }

    @Test func collapsedDoublesMatchAPlainCopy() {
        for symbols in [[], [0x61], [0x61, 0x61], [0x61, 0x62, 0x62, 0x61], [0x61, 0x62, 0x63]] as [[UInt8]] {
            var expected: [UInt8] = []
            for s in symbols where s != expected.last { expected.append(s) }
            #expect(NameKey.collapseDoubles(symbols) == expected)
        }
    }
}

