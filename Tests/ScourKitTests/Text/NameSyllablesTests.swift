import Testing
@testable import ScourKit

/// Syllable-based romanizations: Wade-Giles against pinyin, McCune-Reischauer against Revised
/// Romanization. Real names from outside the development set, and invented ones.
@Suite struct NameSyllablesTests {
    func key(_ s: String) -> String { NameKey(s).description }

    @Test(arguments: [
        ("Ch'ing-tao", "Qingdao"),          // ch' before i → q, t → d
        ("Mao Tse-tung", "Mao Zedong"),     // ts → z, -ung → -ong
        ("Hsia-men", "Xiamen"),             // hs → x
        ("Shih-chia-chuang", "Shijiazhuang"), // -ih → -i, ch before i → j, else zh
    ])
    func wadeGilesMeetsPinyin(_ wadeGiles: String, _ pinyin: String) {
        #expect(key(wadeGiles) == key(pinyin))
    }

    @Test func onlyWadeGilesWordsAreRespelled() {
        #expect(NameSyllables.respelled("Tarkhanov") == nil)
        #expect(NameSyllables.respelled("Ulan-Tash") == nil)   // not Chinese syllables
        #expect(NameSyllables.respelled("Chang") == nil)       // no mark of the system: pinyin as well
    }

    /// An initial x is sh-like in pinyin and kh in Uzbek or Azerbaijani Latin.
    @Test func initialXIsPinyinOnlyInPinyinWords() {
        #expect(key("Xamrobod") == key("Khamrobod"))
        #expect(key("Xiamen") == key("Shiamen"))
    }

    @Test func mcCuneReischauerVowelsAreRevisedRomanizationVowels() {
        #expect(key("Kaesŏng") == key("Kaeseong"))
        #expect(key("Ch'ŏngju") == key("Cheongju"))
        #expect(key("Hŭngnam") == key("Heungnam"))
    }

    @Test func koreanInitialStopsCompareVoicedOrNot() throws {
        func mentions(_ name: String, _ times: Int) -> [String] {
            (0..<times).map { "The delegation flew to \(name) on day \($0). Nothing else happened." }
        }
        let korean = try NamesHarness().run(mentions("Daegu", 4) + mentions("Taegu", 2))
        #expect(korean.plan.replacements["Taegu"] == "Daegu")
        // Not Korean syllables (a v, a final r): English names keep their first letter.
        let english = try NamesHarness().run(mentions("Dover", 4) + mentions("Tover", 2) + mentions("Barker", 4) + mentions("Parker", 2))
        #expect(english.plan.replacements.isEmpty)
        #expect(NameSyllables.isKorean("Pusong") && !NameSyllables.isKorean("Dover"))
    }

    @Test func inventoriesHoldEveryCombinationOfTheirParts() {
        for i in NameSyllables.koreanInitials {
            for v in NameSyllables.koreanVowels {
                for f in NameSyllables.koreanFinals { #expect(NameSyllables.koreanSyllables.contains(i + v + f)) }
            }
        }
        for i in NameSyllables.wadeGilesInitials {
            for f in NameSyllables.wadeGilesFinals { #expect(NameSyllables.wadeGilesSyllables.contains(i + f)) }
        }
        // Pinyin leaves out j q x before other finals, and i- u- v- finals without an initial.
        for syllable in ["ji", "xiang", "zhong", "wu", "yi", "quan", "a", "er"] { #expect(NameSyllables.pinyinSyllables.contains(syllable), "\(syllable)") }
        for piece in ["ja", "xa", "qo", "i", "u", "v", "iang", "zhx", "", "kkk"] { #expect(!NameSyllables.pinyinSyllables.contains(piece), "\(piece)") }
        #expect(!NameSyllables.koreanSyllables.contains("xyz"))
        // The Korean grammar holds what a listed inventory of the same parts holds, piece by piece.
        let listed = NameSyllables.Inventory([NameSyllables.koreanInitials, NameSyllables.koreanVowels, NameSyllables.koreanFinals])
        for word in ["busan", "pusan", "inchon", "kyongju", "seoul", "jeollanamdo", "ssangyong", "tchoe", "xyzq", "aeiou", "ngk"] {
            var word = word
            word.withUTF8 { bytes in
                for start in bytes.indices {
                    for end in (start + 1)...min(bytes.count, start + 6) {
                        let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        #expect(NameSyllables.koreanSyllables.contains(piece) == listed.contains(piece))
                    }
                }
            }
        }
    }
}

