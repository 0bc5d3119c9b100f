import Testing
@testable import ScourKit

/// The fast paths of the scanner (ASCII runs, eight-byte skipping, the word hash) give the same
/// words as the general path.
@Suite struct NameScannerTests {
    static let texts = [
        "The council met with Tarkhanov and el-Hadari on Monday; TARKHANOV’s aide and Omar bin Khalid left.",
        "Dermákov’s plan — “Ulan-Tash” — was 3M and x3Veldav, not iPhone or McVeldav. Édouard Švarc (Шварц) came.",
        "düsseldorf-Nord, ab-Cd-Ef, 12Abc, a'Bc, O'Neill, Ter-Vartanyan's, ‐Kel, end with Capital",
        "short", "", "A", "ÉTÉ été ÀB", "Li's Li’s Ky-Ab Abc. Ab3Cd",
    ]

    func scanned(_ text: String, names: Bool) -> [NameToken] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [NameToken] = []
            NameScanner.scan(bytes) { token in
                var token = token
                token.sentenceStart = false
                tokens.append(token)
            }
            return names ? tokens.filter { $0.shape != .lower } : tokens
        }
    }

    @Test(arguments: texts)
    func candidatesAreTheScannersNameLikeWords(_ text: String) {
        var copy = text
        let candidates = copy.withUTF8 { bytes in
            var tokens: [NameToken] = []
            NameScanner.forEachCandidate(bytes) { tokens.append($0); return false }
            return tokens.filter { $0.shape != .lower }
        }
        #expect(candidates == scanned(text, names: true))
    }

    @Test(arguments: texts)
    func wordHashIsTheHashOfTheWordsBytes(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            NameScanner.scan(bytes) { token in
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                #expect(token.hash == NameHash.of(word), "\(word)")
            }
        }
    }

    /// The apply pass skips words by their first letters: a word in running text must have the
    /// prefix of the spelling it equals, whatever follows it.
    @Test func prefixOfAWordInTextIsThePrefixOfItsSpelling() {
        for text in Self.texts {
            var copy = text
            copy.withUTF8 { bytes in
                NameScanner.scan(bytes) { token in
                    var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                    let own = word.withUTF8 { NameScanner.prefixKey($0, at: 0) }
                    #expect(NameScanner.prefixKey(bytes, at: token.start) == own, "\(word)")
                }
            }
        }
    }

    @Test func hashDiffersForDifferentWords() {
        let words = ["a", "b", "ab", "ba", "abcdefgh", "abcdefghi", "abcdefgi", "Tarkhanov", "Tarchanow"]
        #expect(Set(words.map { NameHash.of($0) }).count == words.count)
    }

    @Test func symbolBlocksHoldNoLetters() {
        // The blocks the scanner passes over without asking Unicode properties, every scalar.
        for v in UInt32(0x800)...0xFFFF where NameScanner.isSymbolOrPunctuation(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(!NameScanner.isLetterSlow(scalar) && NameScanner.computeFlags(scalar) == 0, "U+\(String(v, radix: 16))")
        }
        // Box drawing (a table drawn in text) next to a name.
        #expect(scanned("│ Tarkhanov ─┼─ Ivanova │", names: true).count == 2)
    }

    @Test func writtenOutFlagsAreTheComputedOnes() {
        #expect(NameScanner.twoByteFlags.count == 0x800)
        for v in 0..<0x800 {
            #expect(NameScanner.twoByteFlags[v] == NameScanner.computeFlags(Unicode.Scalar(UInt32(v))!), "U+\(String(v, radix: 16))")
        }
    }
}

