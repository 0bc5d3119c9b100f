/// What reading the inputs produced next: a document, or an input that had to be skipped.
enum InputEvent {
    case document(Document)
    case skipped(InputError)
}

/// A sequential source of documents for one pass of the engine.
protocol DocumentSource: AnyObject {
    func next() -> InputEvent?
    /// Input bytes consumed so far (for progress).
    var bytesRead: Int { get }
}

/// Reads the input files in order and turns them into documents: one per text or HTML file,
/// one per line of a JSONL file. A bad file or line becomes a `.skipped` event and reading goes on.
final class DocumentReader: DocumentSource {
    private let files: [InputFile]
    private let maxFileBytes: Int
    private var fileIndex = 0
    private var lines: LineReader?
    private var currentFile: InputFile?
    private var ordinal = 0
    private(set) var bytesRead = 0
    private(set) var filesRead = 0
    private(set) var invalidUTF8 = 0

    init(files: [InputFile], maxFileBytes: Int) {
        self.files = files
        self.maxFileBytes = maxFileBytes
    }

    func next() -> InputEvent? {
        while true {
            if let lines, let file = currentFile {
                do {
                    guard let line = try lines.next() else { self.lines = nil; currentFile = nil; continue }
                    bytesRead += line.count + 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    if let document = try record(line, file: file, line: lines.lineNumber) { return .document(document) }
                } catch let error as InputError {
                    var error = error
                    if error.source.isEmpty { error.source = "\(file.source):\(lines.lineNumber)" }
                    if error.code == "truncated_gzip" || error.code == "gzip_error" || error.code == "unreadable" {
                        self.lines = nil; currentFile = nil
                    }
                    return .skipped(error)
                } catch {
                    return .skipped(InputError(source: "\(file.source):\(lines.lineNumber)", code: "invalid_json", "\(error)"))
                }
                continue
            }
            guard fileIndex < files.count else { return nil }
            let file = files[fileIndex]
            fileIndex += 1
            filesRead += 1
            do {
                let stream = try open(file)
                if file.format == .jsonl {
                    lines = LineReader(stream: stream, maxLineBytes: maxFileBytes)
                    currentFile = file
                    continue
                }
                let bytes = try stream.readAll(limit: maxFileBytes, source: file.source)
                bytesRead += bytes.count
                return try whole(file, bytes)
            } catch let error as InputError {
                var error = error
                error.source = file.source
                return .skipped(error)
            } catch {
                return .skipped(InputError(source: file.source, code: "unreadable", "\(error)"))
            }
        }
    }

    private func open(_ file: InputFile) throws -> ByteStream {
        let raw: ByteStream = file.isStdin ? FileStream(descriptor: 0, name: "stdin") : try FileStream(path: file.path)
        return file.gzip ? try GzipStream(source: raw, name: file.source) : raw
    }

    private func nextOrdinal() -> Int { defer { ordinal += 1 }; return ordinal }

    /// A text or HTML file as one document.
    private func whole(_ file: InputFile, _ bytes: [UInt8]) throws -> InputEvent {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(source: file.source, code: "empty", "empty file")
        }
        let id = hex16(fnv1a64(file.source.utf8))
        var metadata = Metadata()
        metadata.originalLength = bytes.count
        switch file.format {
        case .html:
            if TextDecoding.looksBinary(bytes[...]) && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF]) {
                throw InputError(source: file.source, code: "binary", "looks like a binary file, not HTML")
            }
            return .document(Document(id: id, source: file.source, ordinal: nextOrdinal(), text: "", markup: bytes, metadata: metadata))
        default:
            let decoded = try TextDecoding.decode(bytes, source: file.source)
            invalidUTF8 += decoded.replacements
            return .document(Document(id: id, source: file.source, ordinal: nextOrdinal(), text: decoded.text, metadata: metadata))
        }
    }

    /// One JSONL line as a document: `text` required; `id`, `url`, `metadata` optional.
    private func record(_ line: ArraySlice<UInt8>, file: InputFile, line number: Int) throws -> Document? {
        let source = "\(file.source)#\(number)"
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw InputError(source: "\(file.source):\(number)", code: "invalid_json", "not valid JSON (column \(error.column): \(error.message))")
        }
        guard case .object = value else {
            throw InputError(source: "\(file.source):\(number)", code: "invalid_record", "expected a JSON object, got \(value.described)")
        }
        guard let textValue = value["text"] else {
            throw InputError(source: "\(file.source):\(number)", code: "invalid_record", "record has no \"text\" field")
        }
        guard case .string(let text) = textValue else {
            throw InputError(source: "\(file.source):\(number)", code: "invalid_record", "\"text\" must be a string, got \(textValue.described)")
        }
        let id: String
        switch value["id"] {
        case .string(let s)?: id = s
        case .number(let n)?: id = JSONValue.number(n).described
        default: id = hex16(fnv1a64(source.utf8))
        }
        var metadata = Metadata(json: value["metadata"])
        if case .string(let url)? = value["url"] { metadata.url = url }
        if metadata.originalLength == 0 { metadata.originalLength = text.utf8.count }
        let document = Document(id: id, source: source, ordinal: nextOrdinal(), text: text, metadata: metadata)
        if case .string(let format)? = value["format"], format == "html" {
            var html = document
            html.markup = Array(text.utf8)
            html.text = ""
            return html
        }
        return document
    }
}
