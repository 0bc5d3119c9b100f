import Testing
@testable import ScourKit

/// Spellings that transliteration systems produce for one name share a key (or come within the
/// allowance); different names do not. Invented names throughout.
@Suite struct NameKeyTests {
    func key(_ s: String) -> String { NameKey(s).description }

    @Test(arguments: [
        ("Tarkhanov", "Tarchanow"),        // German ch = kh, w = v
        ("Lozhkin", "Lojkin"),              // French j = zh
        ("Shubenko", "Schubenko"),          // German sch
        ("Shubenko", "Szubenko"),           // Polish sz
        ("Chervatov", "Tschervatov"),       // German tsch
        ("Chervatov", "Czerwatow"),         // Polish cz, w
        ("Velichko", "Veličko"),            // Czech č
        ("Dovoyev", "Dovoev"),              // ye after a vowel
        ("Yelmarino", "Elmarino"),          // initial ye
        ("Gorinsky", "Gorinskij"),          // -y / -ij endings
        ("Ismalov", "Ismaloff"),            // -off
        ("Maksimov", "Maximov"),            // ks / x
        ("Kellinov", "Kelinov"),            // doubled letters
        ("Ter-Vartanyan", "Tervartanyan"),  // hyphens
        ("el-Hadari", "Hadari"),            // Arabic article
        ("Jelmarino", "Yelmarino"),         // German/Polish initial j is a glide
        ("Djerash", "Jerash"),              // French dj = English j
        ("Barjikon", "Barjikan"),           // Uzbek o for a before a final n
        ("Lapouskaya", "Lapovskaya"),       // Belarusian ў written u or v
        ("Mishchenko", "Michtchenko"),      // French ch for sh beside tch
        ("Shelkounov", "Shelkunov"),        // French ou
        ("Khrapunov", "Jrapunov"),          // Spanish initial j before a consonant is kh
        ("Qasimov", "Gasimov"),             // Arabic qaf written q or g
        ("Qasimov", "Kasimov"),             // and k
        ("Hamdhani", "Hamdani"),            // Arabic dh
    ])
    func variantsMatch(_ a: String, _ b: String) {
        let (x, y) = (NameKey(a).symbols, NameKey(b).symbols)
        #expect(x == y || NameSimilarity.isVariant(x, y), "\(a) \(key(a)) ~ \(b) \(key(b))")
        #expect(!Set(NameKey(a).skeletons).isDisjoint(with: Set(NameKey(b).skeletons)))
    }

    @Test(arguments: [("Marigan", "Morigan"), ("Ostrava", "Ostrana"), ("Marograd", "Marogorod"), ("Kelmira", "Kalmira"), ("Dunsk", "Dansk"), ("Pelin", "Melin")])
    func differentNamesDoNotMatch(_ a: String, _ b: String) {
        #expect(!NameSimilarity.isVariant(NameKey(a).symbols, NameKey(b).symbols), "\(key(a)) vs \(key(b))")
    }

    @Test func derivedFormsAndRelativesAreRecognised() {
        #expect(NameVariants.isDerivedForm(NameKey("Veldavia").symbols, NameKey("Veldavian").symbols))
        #expect(NameVariants.isDerivedForm(NameKey("Veldav").symbols, NameKey("Veldavistan").symbols))
        #expect(NameVariants.isDerivedForm(NameKey("Vartanyan").symbols, NameKey("Ter-Vartanyan").symbols))
        #expect(!NameVariants.isDerivedForm(NameKey("Korlgrad").symbols, NameKey("Korlgrade").symbols))
        #expect(NameVariants.isGenderPair(NameKey("Tarkhanov").symbols, NameKey("Tarkhanova").symbols))
    }

    /// German and Polish spellings write kh as ch; a word that shows their spelling (sch, sz, cz,
    /// an inner w) reads its ch that way, English-looking words keep ch.
    @Test func germanAndPolishChIsKh() {
        #expect(key("Tschernachow") == key("Chernakhov"))
        #expect(key("Chulwa") == key("Khulva"))
        #expect(key("Chmielszow") == key("Khmielshov"))
        #expect(key("Chandler") != key("Khandler"))
    }

    @Test func multiWordKeysIgnoreSpacingAndHyphens() {
        #expect(key("Ulan Tash") == key("Ulan-Tash"))
        #expect(key("Ulan Tash") == key("Ulantash"))
    }

    @Test func writtenOutBaseLettersAreTheDecomposedOnes() {
        #expect(NameKey.latinBase == NameKey.baseTable(0xC0..<0x250))
        #expect(NameKey.latinAdditionalBase == NameKey.baseTable(0x1E00..<0x1F00))
    }
}

