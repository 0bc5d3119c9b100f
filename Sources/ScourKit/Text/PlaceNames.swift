import Foundation

/// The spellings of the world's cities (GeoNames, cities of 100,000 people or more; see
/// `scripts/make-place-names.py`), for the names no spelling rule links: earlier names (Tiflis,
/// Kirovabad), other languages' names (Beograd, Damaskus) and older romanizations (Nanking).
///
/// The table is a sorted string compiled into the binary and searched where it lies, behind a
/// bitmap of its spellings' hashes written beside it: nothing is parsed or built at start-up.
public enum PlaceNames {
    /// The place a spelling names (a number shared by all its spellings), or nil. Exact: the
    /// spelling as written, accents and capitals included.
    public static func place(of spelling: String) -> Int? {
        var spelling = spelling
        return spelling.withUTF8 { place(ofBytes: $0) }
    }

    static func place(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        let table = UnsafeBufferPointer(start: Self.table.utf8Start, count: Self.table.utf8CodeUnitCount)
        // Binary search over lines of different lengths: `low` is always a line's start.
        var low = 0, high = table.count
        while low < high {
            var line = (low + high) / 2
            while line > low && table[line - 1] != 0x0A { line -= 1 }
            var tab = line
            while table[tab] != 0x09 { tab += 1 }
            switch compare(UnsafeBufferPointer(rebasing: table[line..<tab]), key) {
            case 0:
                var number = 0, k = tab + 1
                while k < table.count, table[k] != 0x0A { number = number * 10 + Int(table[k] - 0x30); k += 1 }
                return number
            case ..<0:
                var end = tab
                while end < table.count && table[end] != 0x0A { end += 1 }
                low = end + 1
            default:
                high = line
            }
        }
        return nil
    }

    /// Byte order, as the table is sorted: negative when `a` comes first.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for k in 0..<min(a.count, b.count) where a[k] != b[k] { return Int(a[k]) - Int(b[k]) }
        return a.count - b.count
    }
}

extension PlaceNames {
    /// Whether a spelling whose `NameHash` is `hash` may be in the table: one bit per bucket of
    /// hashes (their top 20 bits), written by the generator into `buckets`, six to a character.
    /// Most spellings of a corpus are no place, and one bit tells so without a binary search.
    static func mayBeListed(hash: UInt64) -> Bool {
        let bucket = Int(hash >> 44)
        let (character, bit) = bucket.quotientAndRemainder(dividingBy: 6)
        // A line end follows every 64 characters.
        let value = buckets.utf8Start[character + character / 64] &- 0x30
        return value >> bit & 1 != 0
    }

    /// The place of a spelling's bytes whose `NameHash` is `hash`.
    static func place(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        mayBeListed(hash: hash) ? place(ofBytes: bytes) : nil
    }

    /// The corpus's spellings grouped by the place they name, for the names stage to apply like
    /// lexicon groups: the most frequent spelling is the canonical, and needs the support a
    /// discovered canonical needs. Spellings the user's lexicon lists are left to it, and pairs
    /// it denies stay apart.
    ///
    /// A place known by a short and a long name (Novgorod, Veliky Novgorod) is left to the
    /// spelling rules: the short name's count includes the long name's words, and in text it may
    /// be part of another name still (Nizhny Novgorod).
    ///
    /// A city's other name is often someone's name too (Sophia, Londoño, Peking University), and
    /// a city's name a given name or a surname (David, Davis): the corpus tells. A spelling moved
    /// must have been seen in running prose (not only in a byline or a list) and never as part of
    /// a longer name that is no place; a canonical must not mostly lead such names (a given name),
    /// nor follow a given name in one of twenty mentions (a surname: Patrick Makau).
    static func links(in names: some Collection<(key: String, value: NameVariants.Counts)>,
                      lowercase: NameVariants.LowercaseCounts, lexicon: NameLexicon,
                      settings: NameVariants.Settings) -> [NameLexicon.Group] {
        let claimed = Set(lexicon.groups.flatMap { [$0.canonical] + $0.variants })
        let denied = lexicon.deniedPairs
        var byPlace: [Int: [Spelling]] = [:]
        // A spelling seen once outside prose can be neither a canonical nor a variant: most are.
        for (spelling, counts) in names where counts.total >= 2 || counts.inProse >= 1 {
            var text = spelling
            guard let (place, hash) = text.withUTF8({ bytes -> (Int, UInt64)? in
                let hash = NameHash.of(bytes)
                return place(ofBytes: bytes, hash: hash).map { ($0, hash) }
            }) else { continue }
            guard claimed.isEmpty || !claimed.contains(spelling),
                  NameVariants.isCandidate(spelling, counts: counts, lowercase: lowercase) else { continue }
            byPlace[place, default: []].append(Spelling(text: spelling, counts: counts, hash: hash))
        }
        var linked: [(place: Int, canonical: Spelling, variants: [Spelling])] = []
        for (place, var spellings) in byPlace where spellings.count >= 2 && !holdsAPart(spellings.map(\.text)) {
            spellings.sort { a, b in
                if a.counts.total != b.counts.total { return a.counts.total > b.counts.total }
                if a.counts.inProse != b.counts.inProse { return a.counts.inProse > b.counts.inProse }
                return a.text < b.text
            }
            let canonical = spellings[0]
            guard canonical.counts.total >= settings.support(of: canonical.text) else { continue }
            let variants = spellings.dropFirst().filter { variant in
                variant.counts.inProse >= 1 && !denied.contains(NameVariants.DenyPair(variant.text, canonical.text))
            }
            if !variants.isEmpty { linked.append((place, canonical, Array(variants))) }
        }
        guard !linked.isEmpty else { return [] }

        // How the corpus uses the linked spellings inside longer names that are no place.
        let usage = NameUsage(of: linked.flatMap { [$0.canonical.text] + $0.variants.map(\.text) }, in: names)
        return linked.compactMap { link -> (Int, NameLexicon.Group)? in
            let canonical = link.canonical
            guard usage.leading[canonical.hash, default: 0] * 2 < canonical.counts.total,
                  usage.afterGivenName[canonical.hash, default: 0] * 20 < canonical.counts.total else { return nil }
            let variants = link.variants.filter { usage.inside[$0.hash] == nil }
            guard !variants.isEmpty else { return nil }
            var group = NameLexicon.Group(canonical: canonical.text, variants: variants.map(\.text), source: .placeNames)
            group.counts = [canonical.counts.total] + variants.map(\.counts.total)
            return (link.place, group)
        }
        // In the table's order: dictionary order changes from run to run.
        .sorted { $0.0 < $1.0 }.map(\.1)
    }

    struct Spelling {
        var text: String
        var counts: NameVariants.Counts
        var hash: UInt64
    }

    /// How often some words (by `NameHash`) are part of the corpus's names of several words that
    /// are no place: at all, first, and right after a given name (a word that leads at least half
    /// of its mentions). Read from bytes: a corpus holds tens of thousands of such names.
    struct NameUsage {
        var inside: [UInt64: Int] = [:]
        var leading: [UInt64: Int] = [:]
        var afterGivenName: [UInt64: Int] = [:]

        init(of targetSpellings: [String], in names: some Collection<(key: String, value: NameVariants.Counts)>) {
            let targets = Set(targetSpellings.map { NameHash.of($0) })
            // Words are hashed only when their length and first byte are a target's: most are not.
            var lengths: UInt64 = 0
            var firstBytes = [Bool](repeating: false, count: 256)
            for spelling in targetSpellings {
                lengths |= 1 << UInt64(min(spelling.utf8.count, 63))
                firstBytes[Int(spelling.utf8.first ?? 0)] = true
            }
            func mayBeTarget(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
                lengths & (1 << UInt64(min(end - start, 63))) != 0 && firstBytes[Int(bytes[start])]
            }
            // Names ending in one of `targets`, with their first word: a given name or not.
            var before: [(first: UInt64, last: UInt64, count: Int)] = []
            for (spelling, counts) in names where counts.total > 0 {
                var text = spelling
                text.withUTF8 { bytes in
                    guard let space = bytes.firstIndex(of: 0x20) else { return }
                    // Word by word, with no array per name: most names hold none of `targets`.
                    var hits: [(hash: UInt64, first: Bool)] = []
                    var lastIsTarget = false, start = 0
                    var end = space
                    while true {
                        lastIsTarget = false
                        if mayBeTarget(bytes, start, end) {
                            let hash = NameHash.of(bytes, start, end)
                            if targets.contains(hash) { hits.append((hash, start == 0)); lastIsTarget = true }
                        }
                        guard end < bytes.count else { break }
                        start = end + 1
                        end = start
                        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                    }
                    guard !hits.isEmpty, !PlaceNames.isPlace(bytes) else { return }
                    for hit in hits {
                        inside[hit.hash, default: 0] += counts.total
                        if hit.first { leading[hit.hash, default: 0] += counts.total }
                    }
                    if lastIsTarget { before.append((NameHash.of(bytes, 0, space), hits[hits.count - 1].hash, counts.total)) }
                }
            }
            guard !before.isEmpty else { return }
            // Asked for every spelling of the corpus: a HashCounter, where a Set<UInt64> would
            // hash each hash again.
            var firsts = HashCounter(capacity: before.count)
            for run in before { firsts.add(run.first) }
            var firstLeading: [UInt64: Int] = [:], firstTotal: [UInt64: Int] = [:]
            for (spelling, counts) in names where counts.total > 0 {
                var text = spelling
                text.withUTF8 { bytes in
                    if let space = bytes.firstIndex(of: 0x20) {
                        let hash = NameHash.of(bytes, 0, space)
                        if firsts[hash] > 0, !PlaceNames.isPlace(bytes) { firstLeading[hash, default: 0] += counts.total }
                    } else {
                        let hash = NameHash.of(bytes)
                        if firsts[hash] > 0 { firstTotal[hash, default: 0] += counts.total }
                    }
                }
            }
            for run in before where firstLeading[run.first, default: 0] * 2 >= firstTotal[run.first, default: 0] {
                afterGivenName[run.last, default: 0] += run.count
            }
        }
    }

    static func isPlace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        place(ofBytes: bytes, hash: NameHash.of(bytes)) != nil
    }

    /// Whether one spelling's words run inside another's (`Novgorod` in `Veliky Novgorod`).
    static func holdsAPart(_ spellings: [String]) -> Bool {
        let words = spellings.map { $0.split(separator: " ") }
        for a in words {
            for b in words where b.count > a.count {
                if (0...(b.count - a.count)).contains(where: { b[$0..<($0 + a.count)].elementsEqual(a) }) { return true }
            }
        }
        return false
    }
}
