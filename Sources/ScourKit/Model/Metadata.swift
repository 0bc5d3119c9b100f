/// What is known about a document besides its text. Field names follow what datatrove and dolma
/// users expect; `nil` means unknown and is left out of the output.
public struct Metadata: Sendable {
    public var title: String?
    /// ISO 8601 date (`2022-01-10`) or date-time.
    public var date: String?
    public var author: String?
    public var publisher: String?
    public var url: String?
    public var language: String?
    public var description: String?
    /// Length in UTF-8 bytes of the text (or markup) as read, before any stage.
    public var originalLength: Int = 0
    /// Flags a stage raised without changing the document (e.g. a guard that kept it untouched).
    public var flags: [String] = []
    /// Per-stage record of what changed in this document, in pipeline order.
    public var changes: [(stage: String, counts: [(String, Int)])] = []
    /// Metadata that came with a JSONL input record and that no stage owns; passed through as is.
    public var extra: [(String, JSONValue)] = []

    public init() {}

    /// The metadata as one ordered JSON object.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        func add(_ key: String, _ value: String?) { if let value { members.append((key, .string(value))) } }
        add("title", title)
        add("date", date)
        add("author", author)
        add("publisher", publisher)
        add("url", url)
        add("language", language)
        add("description", description)
        members.append(("original_length", .number(Double(originalLength))))
        if !flags.isEmpty { members.append(("flags", .array(flags.map { .string($0) }))) }
        if !changes.isEmpty {
            members.append(("changes", .object(changes.map { change in
                (change.stage, .object(change.counts.map { ($0.0, .number(Double($0.1))) }))
            })))
        }
        let known: Set<String> = Set(members.map(\.0))
        members.append(contentsOf: extra.filter { !known.contains($0.0) })
        return .object(members)
    }

    /// Reads metadata back from its JSON form (JSONL inputs, spool files).
    public init(json: JSONValue?) {
        guard case .object(let members)? = json else { return }
        for (key, value) in members {
            switch (key, value) {
            case ("title", .string(let s)): title = s
            case ("date", .string(let s)): date = s
            case ("author", .string(let s)): author = s
            case ("publisher", .string(let s)): publisher = s
            case ("url", .string(let s)): url = s
            case ("language", .string(let s)): language = s
            case ("description", .string(let s)): description = s
            case ("original_length", .number(let n)): originalLength = Int(n)
            case ("flags", .array(let items)): flags = items.compactMap(\.stringValue)
            case ("changes", .object(let stages)):
                changes = stages.map { stage, counts in
                    guard case .object(let pairs) = counts else { return (stage, []) }
                    return (stage, pairs.map { pair -> (String, Int) in
                        if case .number(let n) = pair.1 { return (pair.0, Int(n)) }
                        return (pair.0, 0)
                    })
                }
            default: extra.append((key, value))
            }
        }
    }
}
