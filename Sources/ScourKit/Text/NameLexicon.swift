import Foundation

/// A user's list of names: canonical spelling → variants (always applied), plus pairs that must
/// never be merged. The review file `names.json` is written in this same format, so a user can
/// edit it and feed it back.
///
/// ```json
/// { "version": 1,
///   "groups": [ { "canonical": "Ivanova", "variants": ["Iwanowa"], "counts": {…}, "why": "…" } ],
///   "deny": [ ["Marograd", "Marogorod"] ] }
/// ```
/// `counts`, `why` and `source` are informational and ignored when read.
public struct NameLexicon: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var canonical: String
        public var variants: [String]
        /// Where the group comes from: the user's file, or the place-name table's links.
        public var source: NameVariants.Source = .lexicon
        /// The corpus's counts of the canonical and the variants, in order, where the group's
        /// maker knows them (place-name links); a user's groups are counted by discovery.
        public var counts: [Int]?
        public init(canonical: String, variants: [String], source: NameVariants.Source = .lexicon) {
            self.canonical = canonical
            self.variants = variants
            self.source = source
        }
    }
    public var groups: [Group] = []
    public var deny: [(String, String)] = []

    public init(groups: [Group] = [], deny: [(String, String)] = []) {
        self.groups = groups
        self.deny = deny
    }

    /// The deny list as pairs in both orders, for discovery and place-name links to ask alike.
    var deniedPairs: Set<NameVariants.DenyPair> {
        Set(deny.flatMap { [NameVariants.DenyPair($0.0, $0.1), NameVariants.DenyPair($0.1, $0.0)] })
    }

    public static func == (a: NameLexicon, b: NameLexicon) -> Bool {
        a.groups == b.groups && a.deny.count == b.deny.count && zip(a.deny, b.deny).allSatisfy { $0 == $1 }
    }

    /// A problem with a lexicon file, located by the entry it is about (`groups[2].variants[0]`).
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var entry: String
        public var message: String
        public var description: String { entry.isEmpty ? message : "\(entry): \(message)" }
    }

    /// Reads and checks a lexicon file.
    public static func load(from url: URL) throws -> NameLexicon {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Problem(entry: "", message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(Array(data)) } catch {
            throw Problem(entry: "", message: "not valid JSON (\(error))")
        }
        return try parse(json)
    }

    /// Builds a lexicon from its JSON form, refusing malformed entries and contradictions: a
    /// spelling under two canonicals, or a pair both grouped and denied.
    public static func parse(_ json: JSONValue) throws -> NameLexicon {
        guard case .object = json else { throw Problem(entry: "", message: "expected an object with \"groups\"") }
        var lexicon = NameLexicon()
        var owner: [String: (canonical: String, entry: String)] = [:]
        func claim(_ spelling: String, for canonical: String, at entry: String) throws {
            if let previous = owner[spelling], previous.canonical != canonical {
                throw Problem(entry: entry, message: "\"\(spelling)\" is already listed under \"\(previous.canonical)\" (\(previous.entry)); a spelling can belong to one name only")
            }
            owner[spelling] = (canonical, entry)
        }
        if let groups = json["groups"] {
            guard case .array(let items) = groups else { throw Problem(entry: "groups", message: "expected an array") }
            for (g, item) in items.enumerated() {
                let entry = "groups[\(g)]"
                guard case .object = item else { throw Problem(entry: entry, message: "expected an object with \"canonical\" and \"variants\"") }
                guard let canonical = item["canonical"]?.stringValue, !canonical.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw Problem(entry: "\(entry).canonical", message: "expected a non-empty string")
                }
                try claim(canonical, for: canonical, at: "\(entry).canonical")
                var variants: [String] = []
                if let list = item["variants"] {
                    guard case .array(let values) = list else { throw Problem(entry: "\(entry).variants", message: "expected an array of strings") }
                    for (v, value) in values.enumerated() {
                        guard let variant = value.stringValue, !variant.isEmpty else {
                            throw Problem(entry: "\(entry).variants[\(v)]", message: "expected a non-empty string")
                        }
                        if variant == canonical { continue }
                        try claim(variant, for: canonical, at: "\(entry).variants[\(v)]")
                        variants.append(variant)
                    }
                }
                lexicon.groups.append(Group(canonical: canonical, variants: variants))
            }
        }
        if let deny = json["deny"] {
            guard case .array(let pairs) = deny else { throw Problem(entry: "deny", message: "expected an array of [spelling, spelling] pairs") }
            for (d, pair) in pairs.enumerated() {
                guard case .array(let two) = pair, two.count == 2, let a = two[0].stringValue, let b = two[1].stringValue, a != b else {
                    throw Problem(entry: "deny[\(d)]", message: "expected a pair of two different spellings")
                }
                if let oa = owner[a], let ob = owner[b], oa.canonical == ob.canonical {
                    throw Problem(entry: "deny[\(d)]", message: "\"\(a)\" and \"\(b)\" are both listed under \"\(oa.canonical)\"; a pair cannot be grouped and denied")
                }
                lexicon.deny.append((a, b))
            }
        }
        if json["groups"] == nil && json["deny"] == nil {
            throw Problem(entry: "", message: "expected \"groups\" and/or \"deny\"")
        }
        return lexicon
    }
}
