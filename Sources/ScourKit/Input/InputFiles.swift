import Foundation

/// The kinds of input Scour reads.
public enum InputFormat: String, Sendable {
    case text, html, jsonl

    /// The format a file name implies, looking through a `.gz` suffix; nil for other files.
    static func of(fileName: String) -> (InputFormat, gzip: Bool)? {
        var name = fileName.lowercased()
        let gzip = name.hasSuffix(".gz")
        if gzip { name.removeLast(3) }
        let ext = name.split(separator: ".").count > 1 ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : ""
        switch ext {
        case "txt", "text": return (.text, gzip)
        case "html", "htm", "xhtml": return (.html, gzip)
        case "jsonl", "ndjson": return (.jsonl, gzip)
        default: return nil
        }
    }
}

/// One file to read, with the name it goes by in the output's `source` field.
public struct InputFile: Sendable, Equatable {
    public var path: String
    /// Path relative to the input root it was found under (the file name for a file given directly).
    public var source: String
    public var format: InputFormat
    public var gzip: Bool
    public var size: Int
    /// `-`: JSONL on standard input.
    public var isStdin: Bool { path == "-" }
}

/// Finds the input files under the given paths, in a deterministic order.
public enum InputFiles {
    /// Lists files under `paths` (files or folders, recursively; hidden files skipped). Files of
    /// unknown type are ignored in folders and accepted as text when named directly.
    /// `format` other than `auto` forces every file's format.
    public static func scan(_ paths: [String], format: String = "auto") throws -> [InputFile] {
        var result: [InputFile] = []
        let forced = InputFormat(rawValue: format)
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(InputFile(path: "-", source: "stdin", format: .jsonl, gzip: false, size: 0))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(source: path, code: "missing", "no such file or folder")
            }
            if !isDirectory.boolValue {
                let name = (path as NSString).lastPathComponent
                let detected = InputFormat.of(fileName: name)
                result.append(InputFile(path: path, source: name, format: forced ?? detected?.0 ?? .text,
                                        gzip: detected?.gzip ?? name.lowercased().hasSuffix(".gz"), size: fileSize(path)))
                continue
            }
            var found: [InputFile] = []
            let root = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let walker = manager.enumerator(atPath: root) else {
                throw InputError(source: path, code: "unreadable", "cannot list folder")
            }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                let full = root + "/" + relative
                var isDir: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
                guard let detected = InputFormat.of(fileName: name) else { continue }
                found.append(InputFile(path: full, source: relative, format: forced ?? detected.0, gzip: detected.gzip, size: fileSize(full)))
            }
            // Byte order of the relative path: the same on every machine and file system.
            found.sort { Array($0.source.utf8).lexicographicallyPrecedes(Array($1.source.utf8)) }
            result += found
        }
        return result
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
