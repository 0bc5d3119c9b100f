import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name in the destination folder and renamed into place on
/// `commit()`, so a killed run never leaves a half-written output. Writes are buffered.
public final class AtomicFile {
    public let path: String
    let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let flushAt = 1 << 20
    private let isStdout: Bool
    private(set) var bytesWritten = 0

    /// Opens `path` for writing; `-` is standard output (written directly, nothing to rename).
    public init(path: String) throws {
        self.path = path
        isStdout = path == "-"
        if isStdout {
            temporaryPath = "-"
            fd = 1
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, "cannot create folder \(folder): \((error as NSError).localizedDescription)")
        }
        // pid plus a per-process serial: two writers of one path in one process (parallel tests)
        // must not share a temporary file.
        temporaryPath = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(TemporarySerial.next())"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, "cannot write: \(String(cString: strerror(errno)))") }
        buffer.reserveCapacity(flushAt + (1 << 16))
    }

    deinit {
        if !isStdout && fd >= 0 {
            close(fd)
            unlink(temporaryPath)  // not committed: leave no trace
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushAt { try flush() }
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, "write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        guard !isStdout else { return }
        fsync(fd)
        close(fd)
        fd = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(path: path, "cannot move finished file into place: \(reason)")
        }
    }

    /// Writes a whole small file atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}

public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public init(path: String, _ reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}

/// Serial numbers for temporary file names, unique within the process.
private final class TemporarySerial: @unchecked Sendable {
    private static let shared = TemporarySerial()
    private let lock = NSLock()
    private var value = 0

    static func next() -> Int {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        shared.value += 1
        return shared.value
    }
}
