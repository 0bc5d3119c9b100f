import Foundation

/// One thing wrong with a pipeline file, located by its JSON path (`stages[2].min`).
public struct ConfigProblem: Error, Sendable, CustomStringConvertible, Equatable {
    public var path: String
    public var message: String
    public init(path: String, _ message: String) { self.path = path; self.message = message }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Decodes an options struct from the JSON a user wrote, filling in defaults and turning every
/// decoding failure into a `ConfigProblem` that names the field, what was expected and what was there.
enum OptionsDecoder {
    /// The defaults of `T` as a JSON object, in the struct's declaration order.
    static func defaults<T: StageOptions>(_ type: T.Type) -> [(String, JSONValue)] {
        guard let data = try? encoder.encode(T()), case .object(let members)? = try? JSONParser.parse(Array(data)) else {
            return []
        }
        let order = T.help.map(\.key)
        return members.sorted { (order.firstIndex(of: $0.0) ?? .max) < (order.firstIndex(of: $1.0) ?? .max) }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Decodes `T` from `value` (an object, or nil for all defaults). `ignoring` lists keys the caller
    /// handles itself (the `stage` key of a stage entry).
    static func decode<T: StageOptions>(_ type: T.Type, from value: JSONValue?, at path: String,
                                        ignoring: Set<String> = []) -> Result<T, ConfigProblems> {
        let userMembers: [(String, JSONValue)]
        switch value {
        case nil, .null?: userMembers = []
        case .object(let members)?: userMembers = members.filter { !ignoring.contains($0.0) }
        case let other?: return .failure(ConfigProblems([ConfigProblem(path: path, "expected an object, got \(other.described)")]))
        }
        var merged = defaults(T.self)
        let known = merged.map(\.0)
        var problems: [ConfigProblem] = []
        var seen: Set<String> = []
        for (key, userValue) in userMembers {
            if !seen.insert(key).inserted {
                problems.append(ConfigProblem(path: join(path, key), "key appears twice"))
                continue
            }
            guard let i = known.firstIndex(of: key) else {
                var message = "unknown option"
                if let guess = Suggestion.closest(to: key, in: known) { message += "; did you mean \"\(guess)\"?" }
                if !known.isEmpty { message += " (options: \(known.joined(separator: ", ")))" } else { message += " (this takes no options)" }
                problems.append(ConfigProblem(path: join(path, key), message))
                continue
            }
            merged[i].1 = userValue
        }
        // Decode even when keys were unknown, so a type error elsewhere is reported in the same round.
        let data = Data(JSONWriter.bytes(of: .object(merged)))
        do {
            let options = try JSONDecoder().decode(T.self, from: data)
            return problems.isEmpty ? .success(options) : .failure(ConfigProblems(problems))
        } catch let error as DecodingError {
            return .failure(ConfigProblems(problems + [problem(from: error, in: .object(merged), at: path)]))
        } catch {
            return .failure(ConfigProblems(problems + [ConfigProblem(path: path, "\(error)")]))
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private static func problem(from error: DecodingError, in root: JSONValue, at base: String) -> ConfigProblem {
        func locate(_ codingPath: [CodingKey]) -> (String, JSONValue?) {
            var path = base
            var value: JSONValue? = root
            for key in codingPath {
                if let index = key.intValue {
                    path += "[\(index)]"
                    if case .array(let items)? = value, index < items.count { value = items[index] } else { value = nil }
                } else {
                    path = join(path, key.stringValue)
                    value = value?[key.stringValue]
                }
            }
            return (path, value)
        }
        switch error {
        case .typeMismatch(let type, let context):
            let (path, value) = locate(context.codingPath)
            return ConfigProblem(path: path, "expected \(describe(type)), got \(value?.described ?? "nothing")")
        case .valueNotFound(let type, let context):
            let (path, _) = locate(context.codingPath)
            return ConfigProblem(path: path, "expected \(describe(type)), got null")
        case .keyNotFound(let key, let context):
            let (path, _) = locate(context.codingPath + [key])
            return ConfigProblem(path: path, "required option is missing")
        case .dataCorrupted(let context):
            let (path, value) = locate(context.codingPath)
            let got = value.map { ", got \($0.described)" } ?? ""
            return ConfigProblem(path: path, "\(context.debugDescription)\(got)")
        @unknown default:
            return ConfigProblem(path: base, "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type, is UInt.Type: return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "a string"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }
}

/// Did-you-mean suggestions by edit distance.
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Several problems at once, so a user fixes a pipeline file in one round.
public struct ConfigProblems: Error, Sendable {
    public var list: [ConfigProblem]
    public init(_ list: [ConfigProblem]) { self.list = list }
}
