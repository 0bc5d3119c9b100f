/// The JSONL forms of a document: the public output record, and the spool record the engine
/// writes between passes (which also carries the ordinal and any unextracted markup).
enum RecordCoding {
    /// `{"id", "text", "source", "metadata"}`, one line.
    static func outputLine(_ document: Document, into writer: inout JSONWriter) {
        line(document, spool: false, into: &writer)
    }

    /// The output record plus what the next pass needs: the ordinal first, unextracted markup.
    static func spoolLine(_ document: Document, into writer: inout JSONWriter) {
        line(document, spool: true, into: &writer)
    }

    private static func line(_ document: Document, spool: Bool, into writer: inout JSONWriter) {
        if spool {
            writer.raw("{\"ordinal\":")
            writer.number(document.ordinal)
            writer.raw(",\"id\":")
        } else {
            writer.raw("{\"id\":")
        }
        writer.string(document.id)
        writer.raw(",\"text\":")
        writer.string(document.text)
        writer.raw(",\"source\":")
        writer.string(document.source)
        if spool, let markup = document.markup {
            // Markup may not be valid UTF-8; spool it byte for byte as Latin-1 code points.
            writer.raw(",\"markup\":")
            writer.string(String(String.UnicodeScalarView(markup.map { Unicode.Scalar($0) })))
        }
        writer.raw(",\"metadata\":")
        writer.value(document.metadata.json)
        writer.raw("}\n")
    }

    static func fromSpool(_ line: ArraySlice<UInt8>) throws -> Document {
        let value = try JSONParser.parse(line)
        guard case .number(let ordinal)? = value["ordinal"], case .string(let id)? = value["id"],
              case .string(let text)? = value["text"], case .string(let source)? = value["source"] else {
            throw InputError(source: "spool", code: "spool_corrupt", "internal spool record is incomplete")
        }
        var markup: [UInt8]? = nil
        if case .string(let latin1)? = value["markup"] {
            markup = latin1.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        return Document(id: id, source: source, ordinal: Int(ordinal), text: text, markup: markup,
                        metadata: Metadata(json: value["metadata"]))
    }
}

/// Reads back the documents the engine spooled at the end of a pass.
final class SpoolReader: DocumentSource {
    private let lines: LineReader
    let path: String
    private(set) var bytesRead = 0

    init(path: String) throws {
        self.path = path
        lines = LineReader(stream: try FileStream(path: path), maxLineBytes: .max)
    }

    func next() -> InputEvent? {
        do {
            guard let line = try lines.next() else { return nil }
            bytesRead += line.count + 1
            return .document(try RecordCoding.fromSpool(line))
        } catch let error as InputError {
            return .skipped(error)
        } catch {
            return .skipped(InputError(source: "spool:\(lines.lineNumber)", code: "spool_corrupt", "\(error)"))
        }
    }
}
