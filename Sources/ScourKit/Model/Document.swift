/// One document flowing through the pipeline.
///
/// HTML inputs arrive with `markup` set and `text` empty; an HTML stage turns the markup into text
/// and clears it. Every other stage works on `text`.
public struct Document: Sendable {
    /// Stable identifier: the JSONL record's own `id`, else a hash of `source`.
    public var id: String
    /// Input path relative to its input root, plus `#line` for JSONL inputs.
    public var source: String
    /// Position in input order; corpus stages use it to decide which copy of a duplicate is first.
    public var ordinal: Int
    public var text: String
    /// Raw HTML bytes not yet extracted.
    public var markup: [UInt8]?
    public var metadata: Metadata
    /// Line facts of `text` left by the last stage that scanned its lines, for the next one; kept
    /// only while the document passes through one run of document stages, never written out.
    public var lineFacts: LineFactsMemo?

    public init(id: String, source: String, ordinal: Int = 0, text: String, markup: [UInt8]? = nil,
                metadata: Metadata = Metadata()) {
        self.id = id
        self.source = source
        self.ordinal = ordinal
        self.text = text
        self.markup = markup
        self.metadata = metadata
    }

    /// The folder part of `source`: documents from one folder usually come from one site, which is
    /// what repetition-based stages group by.
    public var sourceGroup: String {
        let path = source.split(separator: "#", maxSplits: 1).first.map(String.init) ?? source
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// Stable 64-bit FNV-1a hash, used for ids and for hashing lines and documents.
/// (Swift's `Hasher` is seeded per process, so it cannot be used for anything written out.)
@inlinable
public func fnv1a64<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 where C.Element == UInt8 {
    var hash = seed
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
    return hash
}

public func hex16(_ value: UInt64) -> String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 16 - s.count)) + s
}

/// Hash-keyed counts as JSON: keys in hex (JSON readers lose precision past 2^53) and keyed, so an
/// encoder with sorted keys writes the same corpus summary to the same bytes every time.
enum HexKeys {
    static func encode(_ counts: [UInt64: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: counts.map { (hex16($0.key), $0.value) })
    }

    static func decode(_ counts: [String: Int]) -> [UInt64: Int] {
        var result: [UInt64: Int] = [:]
        for (key, value) in counts { if let hash = UInt64(key, radix: 16) { result[hash] = value } }
        return result
    }
}
