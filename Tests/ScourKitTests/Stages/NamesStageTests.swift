import Foundation
import Testing
@testable import ScourKit

/// Behaviour of the `names` stage on small made-up corpora. The names are invented; what matters
/// is how their spellings relate.
@Suite struct NamesStageTests {
    /// A few sentences that mention `name` mid-sentence, `times` times.
    func mentions(_ name: String, _ times: Int, after lead: String = "The council met") -> [String] {
        (0..<times).map { "\(lead) with \(name) on day \($0). Nothing else happened." }
    }

    @Test func mergesTransliterationVariantIntoMostFrequentSpelling() throws {
        let texts = mentions("Tarkhanov", 4) + mentions("Tarchanow", 2)
        let result = try NamesHarness().run(texts)
        #expect(result.texts.allSatisfy { $0.contains("Tarkhanov") && !$0.contains("Tarchanow") })
        #expect(result.plan.groups.first { $0.canonical == "Tarkhanov" }?.variants == ["Tarchanow"])
    }

    @Test func initialEAndIOfPersianNamesMerge() throws {
        let result = try NamesHarness().run(mentions("Ismarand", 4) + mentions("Esmarand", 2))
        #expect(result.texts.allSatisfy { $0.contains("Ismarand") && !$0.contains("Esmarand") })
    }

    @Test func accentsFoldAway() throws {
        let result = try NamesHarness().run(mentions("Dermakov", 3) + mentions("Dermákov", 1))
        #expect(result.texts.last == "The council met with Dermakov on day 0. Nothing else happened.")
    }

    @Test func keepsPossessives() throws {
        let texts = mentions("Tarkhanov", 3) + ["It was Tarchanow’s plan, and Tarchanow's team agreed."]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last == "It was Tarkhanov’s plan, and Tarkhanov's team agreed.")
    }

    @Test func keepsAllCaps() throws {
        let texts = mentions("Tarkhanov", 3) + mentions("Tarchanow", 1) + ["TARCHANOW WINS AGAIN\n\nThe vote was close."]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last == "TARKHANOV WINS AGAIN\n\nThe vote was close.")
    }

    /// A possessive in capitals (`’S`) stays outside the name, as `’s` does.
    @Test func keepsAllCapsPossessives() throws {
        let texts = mentions("Tarkhanov", 3) + mentions("Tarchanow", 1) + ["TARCHANOW’S VOTE, TARCHANOW'S WIN"]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last == "TARKHANOV’S VOTE, TARKHANOV'S WIN")
    }

    @Test func recordsEachReplacementInTheDocumentLog() throws {
        let texts = mentions("Tarkhanov", 3) + ["Then Tarchanow spoke, and Tarchanow left."]
        let result = try NamesHarness().run(texts)
        #expect(result.logs.last?.counts.first { $0.0 == "Tarchanow→Tarkhanov" }?.1 == 2)
        #expect(result.logs.first?.isEmpty == true)
    }

    @Test func matchesMultiWordNamesAsAWhole() throws {
        let texts = mentions("Aleksei Voronchev", 3) + mentions("Alexei Woronchew", 1)
            + ["Alexei came later. Alexei left early. Then Alexei Woronchew spoke."]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last == "Alexei came later. Alexei left early. Then Aleksei Voronchev spoke.")
    }

    @Test func givenNameAloneMergesWithNothing() throws {
        let texts = mentions("Aleksei Voronchev", 4) + ["Alexei came later, and Alexei left. Alexei Voronchev stayed."]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last!.hasPrefix("Alexei came later, and Alexei left."))
    }

    @Test func leavesRelativesApart() throws {
        let texts = mentions("Tarkhanov", 4) + mentions("Tarkhanova", 2) + mentions("Tarchanowa", 1)
        let result = try NamesHarness().run(texts)
        #expect(result.texts.contains { $0.contains("with Tarkhanova on") })
        #expect(!result.texts.joined().contains("Tarchanowa") || !result.texts.joined().contains("with Tarkhanov on day 0. Nothing else happened.Tarchanowa"))
        #expect(result.plan.replacements["Tarkhanova"] == nil)
        #expect(result.plan.replacements["Tarchanowa"] != "Tarkhanov")
    }

    @Test func leavesDerivedWordsApart() throws {
        let texts = mentions("Veldavia", 4) + mentions("Veldavian", 3) + mentions("Veldavistan", 2)
        let result = try NamesHarness().run(texts)
        #expect(result.plan.replacements.isEmpty)
        #expect(result.texts == texts)
    }

    @Test func leavesDifferentConsonantSkeletonsApart() throws {
        // One extra syllable with a changed vowel is no transliteration.
        let texts = mentions("Marograd", 4) + mentions("Marogorod", 2)
        #expect(try NamesHarness().run(texts).plan.replacements.isEmpty)
    }

    @Test func leavesOneLetterApartNamesAlone() throws {
        let texts = mentions("Ostrava", 4) + mentions("Ostrana", 2) + mentions("Kelmira", 3) + mentions("Kalmira", 2)
        #expect(try NamesHarness().run(texts).plan.replacements.isEmpty)
    }

    /// Four-sound names merge across one Arabic vowel (e/i) when one of them shows a sign of
    /// transliteration (a final -ah); plain short names one vowel apart stay apart.
    @Test func shortNamesMergeAcrossOneArabicVowelOnly() throws {
        let arabic = try NamesHarness().run(mentions("Jeffah", 4) + mentions("Jiffa", 2) + mentions("Dschiffa", 2))
        #expect(arabic.plan.replacements["Jiffa"] == "Jeffah")
        #expect(arabic.plan.replacements["Dschiffa"] == "Jeffah")
        let plain = try NamesHarness().run(mentions("Lena", 4) + mentions("Lina", 2) + mentions("Zheng", 4) + mentions("Zhang", 2))
        #expect(plain.plan.replacements.isEmpty)
    }

    /// A place named like a common word takes spellings that are plainly transliterations; the
    /// lower-case word is never touched, and plain near spellings stay apart.
    @Test func placeNamedLikeACommonWordTakesTransliteratedVariants() throws {
        let texts = mentions("Kasha", 3) + mentions("Kascha", 2) + mentions("Kasta", 2)
            + ["They ate kasha at noon; kasha again later, kasha for supper, kasha at dawn, and kasha."]
        let result = try NamesHarness().run(texts)
        #expect(result.plan.replacements["Kascha"] == "Kasha")
        #expect(result.plan.replacements["Kasta"] == nil)
        #expect(result.texts.last == texts.last)
    }

    /// French, Spanish or German accents alone do not make a transliteration of a common word:
    /// `Planète` is the French word, not a spelling of the English one. A letter past Latin-1 does.
    @Test func commonWordTakesNoForeignWordWithWestEuropeanAccents() throws {
        let texts = mentions("Planet", 3) + mentions("Planète", 2) + mentions("Pastila", 3) + mentions("Pastıla", 2)
            + ["A planet, the planet, this planet, that planet and every planet; pastila, more pastila, pastila again, pastila, pastila."]
        let result = try NamesHarness().run(texts)
        #expect(result.plan.replacements["Planète"] == nil)
        #expect(result.plan.replacements["Pastıla"] == "Pastila")
    }

    /// `ou` is English as much as it is French transliteration: two plain English-looking words
    /// that share it (Council/Counsel) are two words.
    @Test func sharedOuIsNoSignOfTransliteration() throws {
        let result = try NamesHarness().run(mentions("Council", 6) + mentions("Counsel", 2) + mentions("Brouning", 4) + mentions("Brounig", 2))
        #expect(result.plan.replacements.isEmpty)
    }

    /// Spanish and Italian exonyms end in -o (for an English -e, or added) and write m before a
    /// labial; other final vowels of plain names (Italian surnames -i/-o) stay apart.
    @Test func romanceExonymEndingsMerge() throws {
        let result = try NamesHarness().run(mentions("Korlgrade", 4) + mentions("Korlgrado", 2)
            + mentions("Yelbarinburg", 4) + mentions("Elbarimburgo", 2) + mentions("Bertoldi", 4) + mentions("Bertoldo", 2))
        #expect(result.plan.replacements["Korlgrado"] == "Korlgrade")
        #expect(result.plan.replacements["Elbarimburgo"] == "Yelbarinburg")
        #expect(result.plan.replacements["Bertoldo"] == nil)
    }

    @Test func neverTouchesLowerCaseWords() throws {
        let texts = mentions("Marsala", 3) + ["They drank marsala wine; marsala is sweet. Marsalla was closed."]
        let result = try NamesHarness().run(texts)
        #expect(result.texts.last == "They drank marsala wine; marsala is sweet. Marsala was closed.")
    }

    @Test func ordinaryWordsAtSentenceStartAreNotNames() throws {
        let texts = ["Latter days came. Later on, the later train left. Later still the latter one."] + mentions("Tarkhanov", 2)
        let result = try NamesHarness().run(texts)
        #expect(result.texts.first == texts.first)
    }

    @Test func needsMinimumSupport() throws {
        let texts = mentions("Tarkhanov", 1) + mentions("Tarchanow", 1)
        #expect(try NamesHarness().run(texts).plan.replacements.isEmpty)
        let lenient = try NamesHarness { $0.minSupport = 1 }.run(texts)
        #expect(!lenient.plan.replacements.isEmpty)
    }

    /// One word seen twice is too little to rewrite another spelling into (the default support is
    /// three); a name of two words seen twice is enough, its words agreeing.
    @Test func aOneWordNameNeedsThreeMentionsAndATwoWordNameTwo() throws {
        #expect(try NamesHarness().run(mentions("Tarkhanov", 2) + mentions("Tarchanow", 1)).plan.replacements.isEmpty)
        #expect(try NamesHarness().run(mentions("Tarkhanov", 3) + mentions("Tarchanow", 1)).plan.replacements["Tarchanow"] == "Tarkhanov")
        let full = try NamesHarness().run(mentions("Arkady Tarkhanov", 2) + mentions("Arkadi Tarchanow", 1))
        #expect(full.plan.replacements["Arkadi Tarchanow"] == "Arkady Tarkhanov")
    }

    @Test func leavesOtherScriptsAlone() throws {
        let texts = mentions("Tarkhanov", 3) + ["Tarchanow (Тарханов) spoke."]
        #expect(try NamesHarness().run(texts).texts.last == "Tarkhanov (Тарханов) spoke.")
    }

    @Test func summariesMergeInAnyOrder() throws {
        let stage = try NamesStage(options: .init(), context: NamesHarness().context)
        var a = NameCensus(), b = NameCensus()
        stage.observe(Document(id: "1", source: "1", text: "Then Tarkhanov came and the cat left."), into: &a)
        stage.observe(Document(id: "2", source: "2", text: "Tarchanow spoke. The cat sat."), into: &b)
        var ab = a; ab.merge(b)
        var ba = b; ba.merge(a)
        #expect(ab.names == ba.names)
        #expect(ab.lowercase == ba.lowercase)
        #expect(ab.names["Tarkhanov"] == NameVariants.Counts(total: 1, inProse: 1))
        #expect(ab.names["Tarchanow"] == NameVariants.Counts(total: 1, inProse: 0))
    }
}

@Suite struct NamesReviewTests {
    func mentions(_ name: String, _ times: Int) -> [String] {
        (0..<times).map { "The panel met with \(name) on day \($0). Nothing else happened." }
    }

    /// Two plain English-looking spellings one vowel apart are more likely two names: they are
    /// left alone and listed as unsure for review.
    @Test func plainNearMissesStayApartAndAreListedAsUnsure() throws {
        let result = try NamesHarness().run(mentions("Dornell", 4) + mentions("Durnell", 2))
        #expect(result.plan.replacements.isEmpty)
        #expect(result.plan.unsure.contains { $0.spelling == "Durnell" && $0.closest == "Dornell" })
    }

    @Test func headlineCapitalsDoNotMakeANameOfAnOrdinaryWord() throws {
        let texts = ["Blocking Tips For Blogging\n\nWe wrote about blocking spam and blogging tools."]
            + ["Blogging Made Simple\n\nSome people like blogging."]
        #expect(try NamesHarness { $0.minSupport = 1 }.run(texts).plan.replacements.isEmpty)
    }

    @Test func englishSpellingAlternationsAreNotTransliterations() throws {
        let result = try NamesHarness().run(mentions("Carbury", 4) + mentions("Karbury", 2))
        #expect(result.plan.replacements.isEmpty)
    }

    @Test func doubledLettersAloneMerge() throws {
        let result = try NamesHarness().run(mentions("Maresa", 4) + mentions("Maressa", 2))
        #expect(result.plan.replacements["Maressa"] == "Maresa")
    }

    @Test func prefixedSurnamesStayApart() throws {
        let result = try NamesHarness().run(mentions("Dermody", 4) + mentions("O'Dermody", 2) + mentions("Vartanyan", 3) + mentions("Ter-Vartanyan", 2))
        #expect(result.plan.replacements.isEmpty)
    }
}
