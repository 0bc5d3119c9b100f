import Foundation
import Testing
@testable import ScourKit

@Suite struct PlaceNamesTests {
    @Test func spellingsOfOneCityShareAPlace() {
        let pairs = [("Peking", "Beijing"), ("Bombay", "Mumbai"), ("Leningrad", "Saint Petersburg"),
                     ("Königsberg", "Kaliningrad"), ("Breslau", "Wrocław"), ("Saigon", "Ho Chi Minh City")]
        for (old, current) in pairs {
            let place = PlaceNames.place(of: current)
            #expect(place != nil, "\(current)")
            #expect(PlaceNames.place(of: old) == place, "\(old) / \(current)")
        }
        #expect(PlaceNames.place(of: "Peking") != PlaceNames.place(of: "Bombay"))
    }

    @Test func lookupIsExactAndKnowsNoWords() {
        #expect(PlaceNames.place(of: "peking") == nil)
        #expect(PlaceNames.place(of: "") == nil)
        #expect(PlaceNames.place(of: "Zzzzzz") == nil)
        #expect(PlaceNames.place(of: "Aaaa") == nil)
        // A spelling that names several comparable places is left out (Canton names a city
        // in China and towns in Ohio; Victoria dozens of places).
        #expect(PlaceNames.place(of: "Victoria") == nil)
    }

    /// The binary search finds every line of the table, which must be sorted by bytes with no
    /// spelling twice: a table edited by hand (or a generator changed) fails here.
    @Test func everySpellingOfTheTableIsFound() {
        let table = String(decoding: UnsafeBufferPointer(start: PlaceNames.table.utf8Start, count: PlaceNames.table.utf8CodeUnitCount), as: UTF8.self)
        let lines = table.split(separator: "\n")
        #expect(lines.count > 30_000)
        var previous: [UInt8] = []
        for line in lines {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 2, "\(line)")
            let spelling = Array(fields[0].utf8)
            #expect(previous.lexicographicallyPrecedes(spelling), "\(line) is out of order")
            #expect(PlaceNames.place(of: String(fields[0])) == Int(fields[1]), "\(line)")
            previous = spelling
        }
    }

    func mentions(_ name: String, _ times: Int) -> [String] {
        (0..<times).map { "Trade talks were held in \(name) on day \($0), and officials said little." }
    }

    @Test func oldNameJoinsTheCurrentOneWhenTheCorpusHoldsBoth() throws {
        let texts = mentions("Mumbai", 4) + mentions("Bombay", 2) + ["BOMBAY’S PORT\n\nBombay’s port was busy, as ever."]
        let result = try NamesHarness().run(texts)
        #expect(result.plan.replacements["Bombay"] == "Mumbai")
        #expect(result.texts.last == "MUMBAI’S PORT\n\nMumbai’s port was busy, as ever.")
        let group = try #require(result.plan.groups.first { $0.canonical == "Mumbai" })
        #expect(group.source == .placeNames)
    }

    @Test func nothingIsLinkedWithoutBothSpellingsOrWithTheOptionOff() throws {
        #expect(try NamesHarness().run(mentions("Bombay", 5)).plan.groups.isEmpty)
        // The canonical needs the support of a discovered one (three mentions).
        #expect(try NamesHarness().run(mentions("Mumbai", 2) + mentions("Bombay", 1)).plan.groups.isEmpty)
        let off = try NamesHarness { $0.placeNames = false }.run(mentions("Mumbai", 4) + mentions("Bombay", 2))
        #expect(off.plan.replacements["Bombay"] == nil)
    }

    /// The most frequent spelling is the canonical, whichever the table calls main.
    @Test func theCorpusChoosesTheCanonical() throws {
        let result = try NamesHarness().run(mentions("Bombay", 5) + mentions("Mumbai", 2))
        #expect(result.plan.replacements["Mumbai"] == "Bombay")
    }

    /// A city's other name that the corpus also uses inside a longer name (a person, a firm, a
    /// university) is not moved; nor is a city name that the corpus gives people as a surname.
    @Test func namesOfPeopleAndInstitutionsStayAsTheyAre() throws {
        let university = mentions("Beijing", 4) + mentions("Peking", 2)
            + ["She studied at Peking University before she moved to a firm in Shanghai."]
        #expect(try NamesHarness().run(university).plan.replacements["Peking"] == nil)

        // Lemberg (Lviv) is also a surname: after a given name in one of twenty mentions or more.
        var surname = mentions("Lviv", 2) + mentions("Lemberg", 2)
        surname += ["Our reporter Anna Lemberg wrote about the city of Lemberg and its trams."]
        surname += (0..<3).map { "Anna Lemberg said that the river was high on day \($0)." }
        #expect(try NamesHarness().run(surname).plan.replacements["Lviv"] == nil)
    }

    /// A short name that is part of a long one (Petersburg, Saint Petersburg) is left to the
    /// spelling rules: its count holds the long name's words.
    @Test func shortAndLongNamesOfOnePlaceAreNotLinked() throws {
        let texts = mentions("Saint Petersburg", 4) + mentions("Petersburg", 1) + mentions("Leningrad", 2)
        let result = try NamesHarness().run(texts)
        #expect(result.plan.groups.allSatisfy { $0.source != .placeNames })
    }

    @Test func theUsersLexiconAndDenyListComeFirst() throws {
        let folder = try TemporaryFolder()
        let texts = mentions("Mumbai", 4) + mentions("Bombay", 2)
        let deny = try folder.write("deny.json", #"{"deny": [["Bombay", "Mumbai"]]}"#)
        #expect(try NamesHarness { $0.lexicon = deny }.run(texts).plan.replacements["Bombay"] == nil)
        let lexicon = try folder.write("lexicon.json", #"{"groups": [{"canonical": "Bombay", "variants": ["Mumbai"]}]}"#)
        let result = try NamesHarness { $0.lexicon = lexicon }.run(texts)
        #expect(result.plan.replacements["Mumbai"] == "Bombay")
        #expect(result.plan.groups.filter { $0.canonical == "Bombay" }.map(\.source) == [.lexicon])
    }

    @Test func reviewFileSaysWhereAGroupCameFrom() throws {
        var harness = NamesHarness()
        harness.options.reviewFile = "names.json"
        _ = try harness.run(mentions("Mumbai", 4) + mentions("Bombay", 2))
        let review = try String(contentsOf: harness.outputDirectory.appendingPathComponent("names.json"), encoding: .utf8)
        #expect(review.contains(#""source": "place names""#))
        #expect(review.contains("a name of the same place in GeoNames"))
    }
}

extension PlaceNamesTests {
    /// The generator's bitmap must hold every spelling of the table by Swift's own hash: a
    /// generator whose hash differs from `NameHash` would lose places without a word.
    @Test func theBitmapHoldsEverySpelling() {
        let table = String(decoding: UnsafeBufferPointer(start: PlaceNames.table.utf8Start, count: PlaceNames.table.utf8CodeUnitCount), as: UTF8.self)
        for line in table.split(separator: "\n") {
            let spelling = String(line.split(separator: "\t")[0])
            #expect(PlaceNames.mayBeListed(hash: NameHash.of(spelling)), "\(spelling)")
        }
        // And it is a filter, not a wall of ones: most hashes are not in it.
        let misses = (0..<10_000).filter { !PlaceNames.mayBeListed(hash: NameHash.of("Zq\($0)x")) }.count
        #expect(misses > 9_000)
    }
}
