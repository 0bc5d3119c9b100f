import Foundation
import Testing
@testable import ScourKit

/// Real names in the spellings English, German, French, Polish, Spanish and Turkish texts give
/// them (none of them from the names development set): each variant ends as the most frequent
/// spelling, and no two names share a group. Spellings the rules do not reach yet are listed
/// beside their family: moving one into its list is progress, losing one a regression. Not yet
/// at all: Yeltsin's Jelzin (German z for ts), Eltsine (French -ine), Jelcyn (Polish c).
@Suite struct NamesFamiliesTests {
    static let families: [(canonical: String, variants: [String])] = [
        ("Gaddafi", ["Qaddafi", "Gadhafi", "Ghaddafi"]),                    // not yet: Kadhafi, Kaddafi, Gheddafi
        ("Khamenei", ["Chamenei", "Khamene'i"]),                            // not yet: Jamenei
        ("Zelensky", ["Zelenskyy", "Selenskyj", "Zełenski", "Zelenskiy", "Zelenski"]),
        ("Navalny", ["Nawalny", "Navalnyi", "Nawalnyj", "Navalni"]),
        ("Medvedev", ["Medwedew", "Medvédev"]),                             // not yet: Miedwiediew
        ("Shoigu", ["Schoigu", "Szojgu", "Choïgou"]),
        ("Nazarbayev", ["Nasarbajew", "Nazarbaïev", "Nazarbajev", "Nazarbaev"]),
        ("Mirziyoyev", ["Mirziyoev", "Mirsijojew", "Mirzioïev"]),
        ("Khrushchev", ["Chruschtschow", "Khrouchtchev", "Chruszczow", "Khrushchov", "Jrushchov"]),
        ("Gorbachev", ["Gorbatschow", "Gorbatchev", "Gorbachov", "Gorbaczow"]),
        ("Kharkiv", ["Kharkov", "Charkiw", "Charkow", "Kharkow"]),
        ("Mykolaiv", ["Nikolaev", "Mykolajiw", "Mykolayiv"]),
        ("Almaty", ["Alma-Ata", "Almaata", "Ałmaty"]),
        ("Bishkek", ["Frunze", "Biszkek", "Bischkek", "Bichkek"]),
        ("Dushanbe", ["Duschanbe", "Douchanbé", "Stalinabad"]),
        ("Ashgabat", ["Ashkhabad", "Aschgabat", "Achgabat", "Aszchabad"]),
        ("Shymkent", ["Chimkent", "Schymkent", "Szymkent"]),
        ("Mao Zedong", ["Mao Tse-tung"]),
        ("Xi Jinping", ["Hsi Chin-p'ing"]),
        ("Kim Jong-un", ["Kim Jong Un", "Kim Jŏng-ŭn"]),
        ("Erdogan", ["Erdoğan", "Erdoghan"]),
        ("Ahmadinejad", ["Ahmadinedschad", "Ahmadinejád", "Ahmadineżad"]),
        ("Nasrallah", ["Nasrallá", "Nasralla"]),                            // not yet: Nasrollah
    ]

    /// Four mentions of each canonical, two of each variant, each in a sentence of its own.
    static func corpus() -> [String] {
        var texts: [String] = []
        for (canonical, variants) in families {
            texts += (0..<4).map { "Officials said on day \($0) that \(canonical) would travel north, and asked \(canonical) about it." }
            for variant in variants {
                texts += (0..<2).map { "In report \($0), a spokesman said that \(variant) had met the delegation, and that \(variant) would speak." }
            }
        }
        return texts
    }

    @Test func everyVariantTakesItsNamesMostFrequentSpelling() throws {
        let result = try NamesHarness().run(Self.corpus())
        for (canonical, variants) in Self.families {
            for variant in variants {
                #expect(result.plan.replacements[variant] == canonical, "\(variant) → \(result.plan.replacements[variant] ?? "unchanged"), not \(canonical)")
            }
        }
    }

    @Test func noGroupHoldsTwoNames() throws {
        let result = try NamesHarness().run(Self.corpus())
        var family: [String: String] = [:]
        for (canonical, variants) in Self.families {
            for spelling in [canonical] + variants { family[spelling] = canonical }
        }
        // Words of several-word names (Zedong, Tse-tung) form groups of their own, not looked at here.
        for group in result.plan.groups {
            let names = Set(group.spellings.compactMap { family[$0.0] })
            #expect(names.count <= 1, "\(group.spellings.map(\.0))")
        }
    }
}
