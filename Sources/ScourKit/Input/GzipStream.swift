import CZlib

/// Inflates a gzip (or zlib) stream with zlib; concatenated gzip members are read in turn.
/// A stream that ends before its trailer is reported as truncated rather than silently cut.
final class GzipStream: ByteStream {
    private let source: ByteStream
    private let name: String
    private var zstream = z_stream()
    private var input = [UInt8](repeating: 0, count: 1 << 16)
    private var inputStart = 0
    private var inputEnd = 0
    private var inputEnded = false
    private var memberEnded = false
    private var finished = false

    init(source: ByteStream, name: String) throws {
        self.source = source
        self.name = name
        let status = inflateInit2_(&zstream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError(source: name, code: "gzip_error", "cannot start gzip decoder (zlib \(status))") }
    }

    deinit { inflateEnd(&zstream) }

    private var truncated: InputError {
        InputError(source: name, code: "truncated_gzip", "truncated gzip file (it ends before its end marker)")
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        while true {
            if inputStart == inputEnd && !inputEnded {
                let n = try input.withUnsafeMutableBytes { try source.read(into: $0) }
                inputStart = 0
                inputEnd = n
                if n == 0 { inputEnded = true }
            }
            if memberEnded {
                // Another gzip member may follow; anything else after the first member ends the stream.
                if inputStart == inputEnd && inputEnded { finished = true; return 0 }
                inflateReset(&zstream)
                memberEnded = false
            }
            if inputStart == inputEnd && inputEnded { throw truncated }
            let (status, produced) = input.withUnsafeMutableBufferPointer { inputBuffer -> (Int32, Int) in
                zstream.next_in = inputBuffer.baseAddress! + inputStart
                zstream.avail_in = UInt32(inputEnd - inputStart)
                zstream.next_out = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
                zstream.avail_out = UInt32(buffer.count)
                let status = inflate(&zstream, Z_NO_FLUSH)
                inputStart = inputEnd - Int(zstream.avail_in)
                return (status, buffer.count - Int(zstream.avail_out))
            }
            switch status {
            case Z_STREAM_END: memberEnded = true
            case Z_OK, Z_BUF_ERROR: break
            default:
                let message = zstream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw InputError(source: name, code: "gzip_error", "corrupt gzip data: \(message)")
            }
            if produced > 0 { return produced }
        }
    }
}
