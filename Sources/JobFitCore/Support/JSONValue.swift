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

    /// Parses JSON text, refusing nesting deeper than `maximumDepth` (``maximumDepth`` by default).
    ///
    /// - Throws: ``JSONValueError`` with a description of what was wrong.
    public static func parse(_ text: String, maximumDepth: Int = maximumDepth) throws -> JSONValue {
        var parser = JSONParser(text, maximumDepth: maximumDepth)
        return try parser.parse()
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
            return wholeNumber.map { String($0) } ?? String(value)
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

    /// The number as an integer when it is a whole number small enough to print exactly (below
    /// 10¹⁵): what ``text`` and the encoder write without a fraction.
    var wholeNumber: Int64? {
        guard case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int64(value)
    }
}

/// Why a JSON text could not be read.
public struct JSONValueError: Error, Equatable, Sendable {
    /// What was wrong, in words.
    public var message: String
    /// True when the text nests deeper than the limit (it may be valid JSON).
    public var isTooDeep = false
}
