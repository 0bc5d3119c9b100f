import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A live progress line on stderr (documents, docs/s, MB/s, ETA), drawn only when stderr is a
/// terminal so logs and pipes stay clean.
final class Progress {
    private let enabled: Bool
    private let totalBytes: Int
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drewSomething = false

    init(enabled: Bool, totalBytes: Int) {
        self.enabled = enabled && isatty(2) == 1
        self.totalBytes = totalBytes
    }

    func update(pass: String, documents: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw > .milliseconds(200) else { return }
        lastDraw = now
        let elapsed = max(1e-9, Double((now - start).components.attoseconds) / 1e18 + Double((now - start).components.seconds))
        var line = String(format: "\r%@ %d docs  %.0f docs/s  %.1f MB/s", pass, documents, Double(documents) / elapsed, Double(bytes) / 1e6 / elapsed)
        if totalBytes > 0, bytes > 0, bytes < totalBytes {
            let remaining = elapsed * Double(totalBytes - bytes) / Double(bytes)
            line += String(format: "  ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        FileHandle.standardError.write((line + "\u{1B}[K").data(using: .utf8)!)
        drewSomething = true
    }

    func finish() {
        if enabled && drewSomething { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
    }
}
