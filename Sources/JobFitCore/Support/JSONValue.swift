import Foundation

/// A JSON value, used for schema.org data read from JSON-LD and microdata.
public enum JSONValue: Equatable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The deepest nesting JobFit accepts in JSON it reads, to bound recursion.
    public static let maximumDepth = 200

    /// Parses JSON text, refusing nesting deeper than ``maximumDepth``.
    ///
    /// - Throws: ``JSONValueError`` with a description of what was wrong.
    public static func parse(_ text: String) throws -> JSONValue {
        let depth = nestingDepth(of: text)
        if depth > maximumDepth {
            throw JSONValueError(message: "nesting is \(depth) levels deep; at most \(maximumDepth) are allowed")
        }
        do {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return JSONValue(any: object)
        } catch {
            throw JSONValueError(message: Self.describe(error))
        }
    }

    init(any: Any) {
        switch any {
        case let value as String: self = .string(value)
        case let value as NSNumber:
            // JSONSerialization gives booleans as NSNumber too; their type code is "c".
            if String(cString: value.objCType) == "c" {
                self = .bool(value.boolValue)
            } else {
                self = .number(value.doubleValue)
            }
        case let value as [Any]: self = .array(value.map(JSONValue.init(any:)))
        case let value as [String: Any]: self = .object(value.mapValues(JSONValue.init(any:)))
        default: self = .null
        }
    }

    /// The value of a key when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The value as text: strings as they are, numbers without a trailing `.0`.
    public var text: String? {
        switch self {
        case .string(let value): return value
        case .number(let value):
            return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .bool(let value): return value ? "true" : "false"
        default: return nil
        }
    }

    /// The elements when this is an array, or the value itself as a one-element array.
    public var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        if case .null = self { return [] }
        return [self]
    }

    /// Counts the deepest bracket nesting outside strings, without parsing.
    static func nestingDepth(of text: String) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}

/// Why a JSON text could not be read.
public struct JSONValueError: Error, Equatable, Sendable {
    /// What was wrong, in words.
    public var message: String
}
