import Foundation

/// Documents held between two passes of the engine: in memory up to a budget, the rest in a
/// temporary file next to the output. Most corpora fit the budget and pay nothing for a corpus
/// stage's second pass; larger ones spill to disk, so memory stays bounded whatever their size.
final class Spool {
    private var memory: [Document] = []
    private var memoryBytes = 0
    private let budget: Int
    private let path: String
    private var file: AtomicFile?

    init(path: String, memoryBudget: Int) {
        self.path = path
        budget = memoryBudget
    }

    /// Adds documents in order; once one has gone to disk, all later ones do too.
    func append(_ documents: [Document]) throws {
        var writer = JSONWriter()
        for document in documents {
            let size = document.text.utf8.count + (document.markup?.count ?? 0) + 512
            if file == nil, memoryBytes + size <= budget {
                memory.append(document)
                memoryBytes += size
                continue
            }
            if file == nil { file = try AtomicFile(path: path) }
            RecordCoding.spoolLine(document, into: &writer)
        }
        if !writer.bytes.isEmpty { try file!.write(writer.bytes) }
    }

    /// Whether any document went to disk (for tests and the report).
    var spilled: Bool { file != nil }

    /// Reads everything back in the order it was added. The spool file, if any, is deleted once
    /// the returned source is released.
    func drain() throws -> DocumentSource {
        try file?.commit()
        let rest = try file.map { try SpoolReader(path: $0.path) }
        defer { memory = []; memoryBytes = 0 }
        return SpoolSource(memory: memory, rest: rest)
    }
}

/// The memory part of a spool, then its file part.
private final class SpoolSource: DocumentSource {
    private var memory: [Document]
    private var index = 0
    private let rest: SpoolReader?
    private(set) var bytesRead = 0

    init(memory: [Document], rest: SpoolReader?) {
        self.memory = memory
        self.rest = rest
    }

    func next() -> InputEvent? {
        if index < memory.count {
            // Hand the document over and drop our copy, so memory is freed as the pass goes.
            let document = memory[index]
            memory[index] = Document(id: "", source: "", text: "")
            index += 1
            bytesRead += document.text.utf8.count + (document.markup?.count ?? 0)
            return .document(document)
        }
        guard let rest, let event = rest.next() else { return nil }
        bytesRead = rest.bytesRead
        return event
    }

    deinit { if let rest { unlink(rest.path) } }
}
