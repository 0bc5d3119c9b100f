import Foundation

/// A romanization-aware spelling key for a name: what is left of a spelling once the differences
/// that transliteration systems disagree on are taken out.
///
/// The key is a string of sound symbols: ASCII vowels and consonants, plus `S` (sh), `Z` (zh),
/// `C` (ch), `X` (kh), `J` (dzh), `T` (ts), `q` (Arabic qaf, near k and g) and `y` (a glide).
/// Built in three steps:
/// 1. accents fold away, except where a letter stands for a sound of its own (`š` → sh, `ž` → zh,
///    `č` → ch, `ł` → l, `ə` → a; and in Turkic spellings, recognised by `ı ə ğ ş`, `c` → dzh, `x` → kh);
/// 2. multi-letter spellings of one sound become one symbol: German `sch tsch dsch`, Polish
///    `sz cz rz`, French `tch dj ou` (and `ch` as sh beside them), English `sh zh kh ch oo`,
///    `ph th dh gh ck qu x`, a word-initial pinyin `x` or Wade-Giles `hs` (both sh-like), another
///    initial `x` as kh (Uzbek, Azeri), an initial `j` before a consonant as kh (Spanish `Jr-`);
///    Wade-Giles words are respelled in pinyin first (`NameSyllables`);
/// 3. context rules: `ye/je/ie` after a vowel, `ye/ie` at the start, is `e` (Dovoyev/Dovoev, Yelmarino/Elmarino),
///    `y` before a consonant is `i`, `w` is `v`,
///    endings `-iy -ii -ij -yi -y` are `-i`, `-ew -ow -ief` are `-ev -ov -iev`, a final `h` after a
///    vowel goes, doubled symbols are one. Arabic articles (`al- el- as- ad-` …) are dropped.
public struct NameKey: Sendable, Hashable, CustomStringConvertible {
    /// The symbols, one byte each.
    public var symbols: [UInt8]
    public var description: String { String(decoding: symbols, as: UTF8.self) }

    /// The key of a one- or multi-word spelling; words are keyed one by one and joined without a
    /// separator, so `Ulan Tash`, `Ulan-Tash` and `Ulantash` share a key.
    public init(_ spelling: String) {
        var symbols: [UInt8] = []
        for word in spelling.split(whereSeparator: { $0 == " " }) {
            symbols += NameKey.wordSymbols(String(word))
        }
        self.symbols = NameKey.collapseDoubles(symbols)
    }

    init(symbols: [UInt8]) { self.symbols = symbols }

    // MARK: - Step 1: folding

    /// Lower-case ASCII letters of a word after accent folding; hyphens and apostrophes dropped,
    /// with Arabic articles (`al-`, `el-`, …) removed.
    /// With `sounds` false, letters only lose their accents (`š` → s), for the plain comparison.
    static func foldedLetters(_ word: String, sounds: Bool = true) -> [UInt8] {
        if let letters = asciiFoldedLetters(word) { return letters }
        let lower = word.lowercased()
        let turkic = sounds && lower.unicodeScalars.contains { $0 == "ı" || $0 == "ə" || $0 == "ğ" || $0 == "ş" }
        var out: [UInt8] = []
        var partStart = 0
        for scalar in lower.unicodeScalars {
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                let part = out[partStart...]
                if partStart == 0, Self.articles.contains(where: { part.elementsEqual($0.utf8) }) { out.removeAll() }
                partStart = out.count
                continue
            }
            if let special = sounds ? special(scalar, turkic: turkic) : plainSpecial(scalar) {
                out += special.utf8
                continue
            }
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                if b >= 0x61 && b <= 0x7A { out.append(b) }
                continue
            }
            if let base = baseLetter(scalar) { out.append(base) }
        }
        return out
    }

    /// `foldedLetters` of an all-ASCII word (nil for any other), read from its bytes: nothing to
    /// fold and no letter with a sound of its own, so both readings agree, and most words of a
    /// corpus skip `lowercased()` and the per-scalar tables.
    static func asciiFoldedLetters(_ word: String) -> [UInt8]? { asciiFoldedLetters(bytes: word.utf8) }

    /// `asciiFoldedLetters` of a word's UTF-8, for callers that hold its bytes and no String.
    static func asciiFoldedLetters(bytes: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var partStart = 0
        for b in bytes {
            if b &- 0x61 < 26 {
                out.append(b)
            } else if b &- 0x41 < 26 {
                out.append(b | 0x20)
            } else if b >= 0x80 {
                return nil
            } else if b == 0x2D {
                if partStart == 0, articles.contains(where: { out.elementsEqual($0.utf8) }) { out.removeAll() }
                partStart = out.count
            }
        }
        return out
    }

    /// Arabic article spellings (`al-`, `el-`, and the sun-letter forms `as- ad- ar-` …).
    static let articles = ["al", "el", "as", "ad", "an", "ar", "ash", "at", "az", "ul", "ud"]

    /// The ASCII base letter of an accented Latin letter (`é` → e), from its canonical
    /// decomposition. Looked up in a table built once: Foundation's decomposition costs a
    /// bridge per call.
    static func baseLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v >= 0xC0 && v < 0x250 { return latinBase[Int(v - 0xC0)] }
        if v >= 0x1E00 && v < 0x1F00 { return latinAdditionalBase[Int(v - 0x1E00)] }
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII else { return nil }
        let b = UInt8(base.value) | 0x20
        return b >= 0x61 && b <= 0x7A ? b : nil
    }

    /// `baseTable(0xC0..<0x250)` and `baseTable(0x1E00..<0x1F00)`, written out (`.` for none):
    /// worked out at run time they cost 650 Foundation decompositions, about half a millisecond,
    /// in every run that keys an accented name. A test checks them against `baseTable`.
    static let latinBase = table(
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y" +
        "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll." +
        "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz." +
        "................................oo.............uu..............." +
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................")
    static let latinAdditionalBase = table(
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......")

    static func table(_ letters: String) -> [UInt8?] { letters.utf8.map { $0 == UInt8(ascii: ".") ? nil : $0 } }

    static func baseTable(_ range: Range<UInt32>) -> [UInt8?] {
        range.map { v in
            guard let scalar = Unicode.Scalar(v),
                  let base = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  base.isASCII else { return nil }
            let b = UInt8(base.value)
            return b >= 0x61 && b <= 0x7A ? b : nil
        }
    }

    /// Letters with no decomposition to a base letter.
    static func plainSpecial(_ s: Unicode.Scalar) -> String? {
        switch s {
        case "ł": return "l"
        case "ı": return "i"
        case "ə": return "e"
        case "ø": return "o"
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        case "đ", "ð": return "d"
        case "þ": return "th"
        case "ħ": return "h"
        default: return nil
        }
    }

    /// Letters whose sound the key spells out, before the plain table: hushing consonants with
    /// their diacritics, and letters read otherwise in one language's romanization.
    static func special(_ s: Unicode.Scalar, turkic: Bool) -> String? {
        switch s {
        case "š", "ś", "ş", "ŝ", "ș": return "sh"
        case "ž", "ż", "ź", "ẑ": return "zh"
        case "č", "ć", "ç", "ĉ": return "ch"
        case "ə": return "a"   // Azerbaijani ə is written a in English (Əliyev → Aliyev)
        case "ŭ": return "eu"  // McCune-Reischauer ŭ is Revised Romanization eu (ŏ → o meets eo → o)
        case "ğ": return "g"
        case "ï", "ÿ": return "y"
        case "c" where turkic: return "dj"
        case "x" where turkic: return "kh"
        default: return plainSpecial(s)
        }
    }

    // MARK: - Step 2 and 3: sounds

    static func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 }

    /// Symbols of one word.
    static func wordSymbols(_ word: String) -> [UInt8] {
        symbols(ofLetters: foldedLetters(NameSyllables.respelled(word) ?? word))
    }

    /// Symbols of one word's folded letters (`foldedLetters` of the word, respelled in pinyin
    /// if it is Wade-Giles).
    static func symbols(ofLetters l: [UInt8]) -> [UInt8] {
        let n = l.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        func at(_ k: Int) -> UInt8 { k >= 0 && k < n ? l[k] : 0 }
        func starts(_ k: Int, _ s: StaticString) -> Bool {
            let p = s.utf8Start
            for m in 0..<s.utf8CodeUnitCount where at(k + m) != p[m] { return false }
            return true
        }
        // Takes `out` as an argument: a closure capturing it would keep the array in a box on the heap.
        func isVowelOrGlide(_ last: UInt8?) -> Bool { last.map { isVowel($0) || $0 == 0x79 } ?? false }
        let chIsKh = writesChAsKh(l)
        let chIsSh = !chIsKh && writesChAsSh(l)
        var i = 0
        while i < n {
            let c = l[i]
            let next = at(i + 1)
            // ye je ie after a vowel, ye ie at the start → e (Dovoyev, Dovoiev, Yelmarino). An
            // initial je stays: English reads it dzh (Jerash), German y (Jelmarino), and the
            // distance lets that j go cheaply.
            if (c == 0x79 || c == 0x6A || c == 0x69) && next == 0x65 && ((i == 0 && c != 0x6A) || (i > 0 && isVowelOrGlide(out.last))) {
                out.append(0x65); i += 2; continue
            }
            switch c {
            case 0x74 where starts(i, "tsch"): out.append(0x43); i += 4; continue          // tsch → C
            case 0x64 where starts(i, "dsch"): out.append(0x4A); i += 4; continue          // dsch → J
            case 0x73 where starts(i, "szcz"): out += [0x53, 0x43]; i += 4; continue        // szcz → SC
            case 0x73 where starts(i, "sch"): out.append(0x53); i += 3; continue            // sch → S
            case 0x74 where starts(i, "tch"): out.append(0x43); i += 3; continue            // tch → C
            case 0x64 where starts(i, "dzh"): out.append(0x4A); i += 3; continue            // dzh → J
            case 0x73 where next == 0x68 || next == 0x7A: out.append(0x53); i += 2; continue // sh sz → S
            case 0x7A where next == 0x68: out.append(0x5A); i += 2; continue                // zh → Z
            case 0x72 where next == 0x7A && i > 0 && !isVowel(at(i - 1)): out.append(0x5A); i += 2; continue // rz → Z (Polish, after a consonant)
            case 0x6B where next == 0x68: out.append(0x58); i += 2; continue                // kh → X
            case 0x63 where next == 0x68 && chIsKh: out.append(0x58); i += 2; continue     // German, Polish ch → X
            case 0x63 where next == 0x68 && chIsSh: out.append(0x53); i += 2; continue     // French ch → S
            case 0x6A where i == 0 && next != 0 && !isVowel(next) && next != 0x79:          // Spanish initial j + consonant → X (Jruschov)
                out.append(0x58); i += 1; continue
            case 0x63 where next == 0x68 || next == 0x7A: out.append(0x43); i += 2; continue // ch cz → C
            case 0x64 where next == 0x6A: out.append(0x4A); i += 2; continue                // dj → J
            case 0x74 where next == 0x73 || next == 0x7A: out.append(0x54); i += 2; continue // ts tz → T
            case 0x70 where next == 0x68: out.append(0x66); i += 2; continue                // ph → f
            case 0x74 where next == 0x68: out.append(0x74); i += 2; continue                // th → t
            case 0x67 where next == 0x68 && at(i - 1) != 0x6E: out.append(0x67); i += 2; continue // gh → g (not ng-h)
            case 0x63 where next == 0x6B: out.append(0x6B); i += 2; continue                // ck → k
            case 0x71 where next == 0x75: out.append(0x6B); i += 2; continue                // qu → k
            case 0x64 where next == 0x68: out.append(0x64); i += 2; continue                // dh → d (Arabic: Gadhafi)
            case 0x78 where i == 0:                                                         // initial x: pinyin S, else kh (Uzbek, Azeri)
                out.append(NameSyllables.isPinyin(l) ? 0x53 : 0x58); i += 1; continue
            case 0x68 where i == 0 && next == 0x73: out.append(0x53); i += 2; continue      // initial hs → S (Wade-Giles)
            case 0x78: out += [0x6B, 0x73]; i += 1; continue                                // x → ks
            case 0x63:                                                                      // c → s before e i y, else k
                out.append(next == 0x65 || next == 0x69 || next == 0x79 ? 0x73 : 0x6B); i += 1; continue
            case 0x6F where next == 0x75 || next == 0x6F: out.append(0x75); i += 2; continue // ou oo → u
            case 0x65 where next == 0x6F && i > 0 && !isVowel(at(i - 1)):                  // eo → o (Korean)
                out.append(0x6F); i += 2; continue
            case 0x79:
                out.append(isVowel(next) ? 0x79 : 0x69); i += 1; continue                 // y glide, else i
            case 0x77: out.append(0x76); i += 1; continue                                   // w → v
            case 0x66 where next == 0 && (out.last == 0x65 || out.last == 0x6F):           // -ef -of → -ev -ov
                out.append(0x76); i += 1; continue
            case 0x68 where next == 0 && isVowelOrGlide(out.last):                         // final h after a vowel
                i += 1; continue
            default:
                out.append(c); i += 1
            }
        }
        // Endings -iy -ii -ij -yi -y after a consonant → -i
        while out.count >= 2, let last = out.last, last == 0x69 || last == 0x79 || last == 0x6A,
              out[out.count - 2] == 0x69 || out[out.count - 2] == 0x79 {
            out.removeLast()
            out[out.count - 1] = 0x69
        }
        if let last = out.last, last == 0x79 { out[out.count - 1] = 0x69 }
        return out
    }

    /// German, Polish and Czech romanizations write kh as `ch` (Chiwa, Nachitschewan, Charkow):
    /// a word spelled in one of them (`sch`, `sz`, `cz`, or a `w` after the first letter) reads
    /// its `ch` as kh; English spellings (Chandler) keep ch.
    static func writesChAsKh(_ l: [UInt8]) -> Bool {
        guard l.count >= 4 else { return false }
        for k in 0..<(l.count - 1) {
            let (a, b) = (l[k], l[k + 1])
            if (a == 0x73 || a == 0x63) && b == 0x7A { return true }                              // sz cz
            if a == 0x73 && b == 0x63 && k + 2 < l.count && l[k + 2] == 0x68 { return true }      // sch
            if b == 0x77 { return true }                                                          // inner w
        }
        return false
    }

    /// French romanizations write sh as `ch` and ch as `tch` (Khrouchtchev, Chostakovitch): a
    /// word of six letters or more with `tch` or `ou` (French u) reads its other `ch` as sh.
    /// Shorter ones are as often Wade-Giles (Chou), where ch is no sh.
    static func writesChAsSh(_ l: [UInt8]) -> Bool {
        guard l.count >= 6 else { return false }
        var hasCh = false, french = false
        for k in 0..<(l.count - 1) {
            let (a, b) = (l[k], l[k + 1])
            if a == 0x63 && b == 0x68 {
                if k > 0 && l[k - 1] == 0x74 { french = true } else { hasCh = true }
            }
            if a == 0x6F && b == 0x75 { french = true }
        }
        return hasCh && french
    }

    static func collapseDoubles(_ symbols: [UInt8]) -> [UInt8] {
        // Most keys hold no doubled symbol: they are returned as they are, not copied.
        guard symbols.indices.dropFirst().contains(where: { symbols[$0] == symbols[$0 - 1] }) else { return symbols }
        var out: [UInt8] = []
        out.reserveCapacity(symbols.count)
        for s in symbols where s != out.last { out.append(s) }
        return out
    }

    // MARK: - Blocking

    /// Consonant skeletons for blocking: vowels and glides dropped, consonants reduced to classes
    /// that transliterations swap (sibilants, velars and h, labials, dentals), repeats collapsed.
    /// `C`, `j` and `v` read two ways (English ch / German ch; English j / German j; a `v` after
    /// a vowel and before a consonant / the vowel u of Belarusian ў, -ousk-/-ovsk-), so a key can
    /// have up to four skeletons.
    /// The `NameHash` of each of `skeletons`, in the same order: discovery looks blocks up by
    /// these for every spelling it keys, and builds them here in a buffer on the stack rather
    /// than as arrays (a key longer than `SkeletonHashes.bufferLength` takes `skeletons`).
    var skeletonHashes: SkeletonHashes {
        guard symbols.count <= SkeletonHashes.bufferLength else { return SkeletonHashes(skeletons) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * SkeletonHashes.bufferLength) { buffer in
            let width = SkeletonHashes.bufferLength
            var lengths = (0, 0, 0, 0)
            func length(_ r: Int) -> Int {
                switch r { case 0: lengths.0; case 1: lengths.1; case 2: lengths.2; default: lengths.3 }
            }
            func setLength(_ r: Int, _ n: Int) {
                switch r { case 0: lengths.0 = n; case 1: lengths.1 = n; case 2: lengths.2 = n; default: lengths.3 = n }
            }
            // Appends `c` to skeleton `r` unless it ends in `c` already (repeats collapse).
            func append(_ r: Int, _ c: UInt8) {
                let n = length(r)
                if n == 0 || buffer[r * width + n - 1] != c { buffer[r * width + n] = c; setLength(r, n + 1) }
            }
            var count = 1
            for (k, s) in symbols.enumerated() {
                // The same classes as `skeletons`, in the same order.
                let first: UInt8, second: UInt8?
                switch s {
                case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: continue
                case 0x73, 0x7A, 0x53, 0x5A, 0x4A, 0x54: (first, second) = (0x53, nil)
                case 0x6B, 0x67, 0x58, 0x68, 0x71: (first, second) = (0x4B, nil)
                case 0x43: (first, second) = (0x53, count < 4 ? 0x4B : nil)
                case 0x6A: (first, second) = (0x53, count < 4 ? 0 : nil)
                case 0x76 where k > 0 && k + 1 < symbols.count && NameKey.isVowel(symbols[k - 1]) && !NameKey.isVowel(symbols[k + 1]):
                    (first, second) = (0x56, count < 4 ? 0 : nil)
                case 0x76, 0x66: (first, second) = (0x56, nil)
                case 0x6D where k + 1 < symbols.count && (symbols[k + 1] == 0x62 || symbols[k + 1] == 0x70):
                    (first, second) = (0x6E, nil)
                case 0x70, 0x62: (first, second) = (0x50, nil)
                case 0x74, 0x64: (first, second) = (0x44, nil)
                default: (first, second) = (s, nil)
                }
                if let second {
                    // Skeleton r becomes 2r (with `first`) and 2r + 1 (with `second`), last first,
                    // so that no skeleton is overwritten before it is copied.
                    for r in stride(from: count - 1, through: 0, by: -1) {
                        let n = length(r)
                        for m in 0..<n { buffer[(2 * r + 1) * width + m] = buffer[r * width + m] }
                        setLength(2 * r + 1, n)
                        if second != 0 { append(2 * r + 1, second) }
                        if r > 0 {
                            for m in 0..<n { buffer[2 * r * width + m] = buffer[r * width + m] }
                            setLength(2 * r, n)
                        }
                        append(2 * r, first)
                    }
                    count *= 2
                } else {
                    for r in 0..<count { append(r, first) }
                }
            }
            let base = UnsafeBufferPointer(buffer)
            func skeleton(_ r: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: base[(r * width)..<(r * width + length(r))]) }
            var hashes = SkeletonHashes()
            for r in 0..<count where !(0..<r).contains(where: { skeleton($0).elementsEqual(skeleton(r)) }) {
                hashes.append(NameHash.of(skeleton(r)))
            }
            return hashes
        }
    }

    /// Up to four skeleton hashes, held inline (no array per spelling).
    struct SkeletonHashes: RandomAccessCollection {
        /// Longest key whose skeletons are built on the stack.
        static let bufferLength = 64
        private var hashes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private(set) var count = 0

        init() {}
        init(_ skeletons: [[UInt8]]) {
            for skeleton in skeletons { append(skeleton.withUnsafeBufferPointer { NameHash.of($0) }) }
        }

        mutating func append(_ hash: UInt64) {
            switch count {
            case 0: hashes.0 = hash
            case 1: hashes.1 = hash
            case 2: hashes.2 = hash
            default: hashes.3 = hash
            }
            count += 1
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }
        subscript(position: Int) -> UInt64 {
            switch position { case 0: hashes.0; case 1: hashes.1; case 2: hashes.2; default: hashes.3 }
        }
    }

    public var skeletons: [[UInt8]] {
        // Asked for every spelling discovery keys: room for the whole skeleton up front, rather
        // than an array grown letter by letter.
        var results: [[UInt8]] = [[]]
        results[0].reserveCapacity(symbols.count)
        for (k, s) in symbols.enumerated() {
            // One class, or two for the symbols that read two ways (0 = nothing added).
            let first: UInt8, second: UInt8?
            switch s {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: continue                          // vowels, glide
            case 0x73, 0x7A, 0x53, 0x5A, 0x4A, 0x54: (first, second) = (0x53, nil)      // s z S Z J T
            case 0x6B, 0x67, 0x58, 0x68, 0x71: (first, second) = (0x4B, nil)            // k g X h q
            case 0x43: (first, second) = (0x53, results.count < 4 ? 0x4B : nil)         // C: ch or kh
            case 0x6A: (first, second) = (0x53, results.count < 4 ? 0 : nil)            // j: dzh or y
            case 0x76 where k > 0 && k + 1 < symbols.count && NameKey.isVowel(symbols[k - 1]) && !NameKey.isVowel(symbols[k + 1]):
                (first, second) = (0x56, results.count < 4 ? 0 : nil)                   // v between vowel and consonant: or u (ў)
            case 0x76, 0x66: (first, second) = (0x56, nil)                              // v f
            case 0x6D where k + 1 < symbols.count && (symbols[k + 1] == 0x62 || symbols[k + 1] == 0x70):
                (first, second) = (0x6E, nil)                                           // m before b p: n (-mburgo/-nburg)
            case 0x70, 0x62: (first, second) = (0x50, nil)                              // p b
            case 0x74, 0x64: (first, second) = (0x44, nil)                              // t d
            default: (first, second) = (s, nil)
            }
            if let second {
                var next: [[UInt8]] = []
                next.reserveCapacity(2 * results.count)
                for r in results {
                    var a = r, b = r
                    if a.last != first { a.append(first) }
                    if second != 0 && b.last != second { b.append(second) }
                    next.append(a)
                    next.append(b)
                }
                results = next
            } else {
                for k in results.indices where results[k].last != first { results[k].append(first) }
            }
        }
        if results.count == 1 { return results }
        // At most four skeletons: a linear check beats hashing arrays.
        var unique: [[UInt8]] = []
        unique.reserveCapacity(results.count)
        for r in results where !unique.contains(r) { unique.append(r) }
        return unique
    }
}
