import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Something bytes can be read from in chunks: a file, stdin, or a gzip stream over either.
protocol ByteStream: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at end of stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Why an input could not be read, in words for the user.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var source: String
    public var reason: String
    /// Short code counted in the report (`truncated_gzip`, `binary`, `empty`).
    public var code: String
    public init(source: String, code: String, _ reason: String) { self.source = source; self.code = code; self.reason = reason }
    public var description: String { "\(source): \(reason)" }
}

/// A POSIX file descriptor read with `read(2)`; closes the descriptor it opened.
final class FileStream: ByteStream {
    private let fd: Int32
    private let ownsDescriptor: Bool
    let path: String

    init(path: String) throws {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputError(source: path, code: "unreadable", "cannot open: \(String(cString: strerror(errno)))")
        }
        ownsDescriptor = true
        self.path = path
    }

    init(descriptor: Int32, name: String) {
        fd = descriptor
        ownsDescriptor = false
        path = name
    }

    deinit { if ownsDescriptor { close(fd) } }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw InputError(source: path, code: "unreadable", "read failed: \(String(cString: strerror(errno)))")
        }
    }
}

extension ByteStream {
    /// Reads the whole stream, refusing to go past `limit` bytes.
    func readAll(limit: Int, source: String) throws -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if n == 0 { return result }
            if result.count + n > limit {
                throw InputError(source: source, code: "too_large", "larger than the \(limit >> 20) MB limit (input.max_file_mb)")
            }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Splits a stream into lines (LF, with a trailing CR dropped) without holding more than one
/// buffer and the current line, so a JSONL file of any size streams in bounded memory.
final class LineReader {
    private let stream: ByteStream
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    private(set) var lineNumber = 0
    let maxLineBytes: Int

    init(stream: ByteStream, bufferSize: Int = 1 << 20, maxLineBytes: Int) {
        self.stream = stream
        buffer = [UInt8](repeating: 0, count: bufferSize)
        self.maxLineBytes = maxLineBytes
    }

    /// The next line's bytes, or nil at end. Throws `InputError(code: "line_too_long")` after
    /// skipping the rest of an over-long line, so the caller can report it and carry on.
    func next() throws -> ArraySlice<UInt8>? {
        var overflow: [UInt8]? = nil
        var tooLong = false
        while true {
            if let newline = findNewline() {
                lineNumber += 1
                var line: ArraySlice<UInt8>
                if let pending = overflow {
                    overflow = nil
                    line = ArraySlice(pending + buffer[start..<newline])
                } else {
                    line = buffer[start..<newline]
                }
                start = newline + 1
                if tooLong { throw InputError(source: "", code: "line_too_long", "line longer than \(maxLineBytes >> 20) MB") }
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            // No newline in the buffered bytes: keep them and read more.
            if finished {
                guard start < end || overflow != nil else { return nil }
                lineNumber += 1
                let line = ArraySlice((overflow ?? []) + buffer[start..<end])
                start = end
                if tooLong { throw InputError(source: "", code: "line_too_long", "line longer than \(maxLineBytes >> 20) MB") }
                return line.last == 0x0D ? line.dropLast() : line
            }
            if start > 0 {
                if start < end, end - start >= buffer.count / 2 {
                    overflow = (overflow ?? []) + buffer[start..<end]
                    if overflow!.count > maxLineBytes { tooLong = true; overflow = [] }
                    start = 0; end = 0
                } else {
                    buffer.withUnsafeMutableBytes { raw in
                        let base = raw.baseAddress!
                        memmove(base, base + start, end - start)
                    }
                    end -= start
                    start = 0
                }
            } else if end == buffer.count {
                overflow = (overflow ?? []) + buffer[0..<end]
                if overflow!.count > maxLineBytes { tooLong = true; overflow = [] }
                end = 0
            }
            let n = try buffer.withUnsafeMutableBytes { raw in
                try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]))
            }
            if n == 0 { finished = true } else { end += n }
        }
    }

    private func findNewline() -> Int? {
        guard start < end else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            let base = raw.baseAddress!
            guard let hit = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }
}
