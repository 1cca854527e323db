import Foundation

/// One problem found in a document, at a JSON path.
public struct ValidationIssue: Equatable, Sendable, Codable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Codable, Sendable, Equatable {
        case error
        case warning
    }

    /// Error (the document breaks the schema) or warning (suspicious content).
    public var severity: Severity
    /// Where: `work[2].startDate`, or `(root)`.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an issue.
    public init(_ severity: Severity, _ path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    /// "work[2].startDate: …".
    public var description: String { "\(path): \(message)" }
}

/// Checks a JSON value against a JSON Schema (the draft-07 subset the JSON Resume schema uses:
/// `type`, `properties`, `additionalProperties`, `items`, `additionalItems`, `$ref` to
/// `#/definitions`, `pattern`, and `format` email and uri as warnings), reporting every problem
/// with its path.
struct SchemaValidator: Sendable {
    private let schema: JSONValue
    private let patterns: [String: NSRegularExpressionBox]

    init(schema: JSONValue) {
        self.schema = schema
        var patterns: [String: NSRegularExpressionBox] = [:]
        Self.collectPatterns(schema, into: &patterns)
        self.patterns = patterns
    }

    func validate(_ value: JSONValue) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        check(value, against: schema, path: "", depth: 0, issues: &issues)
        return issues
    }

    private func check(
        _ value: JSONValue, against rule: JSONValue, path: String, depth: Int, issues: inout [ValidationIssue]
    ) {
        guard depth < 64 else { return }
        var rule = rule
        if let reference = rule["$ref"]?.text {
            guard let resolved = resolve(reference) else { return }
            rule = resolved
        }
        let shown = path.isEmpty ? "(root)" : path
        if let type = rule["type"]?.text, !Self.matches(value, type: type) {
            issues.append(ValidationIssue(.error, shown, "\(Self.describe(value)) is not \(Self.article(type))"))
            return
        }
        if case .string(let text) = value {
            if let pattern = rule["pattern"]?.text, let expression = patterns[pattern], !expression.matches(text) {
                let expected =
                    pattern.contains("[0-9]{3}-[0-1][0-9]")
                    ? "a date (YYYY-MM-DD, YYYY-MM or YYYY)" : "text matching \(pattern)"
                issues.append(ValidationIssue(.error, shown, "\"\(text)\" is not \(expected)"))
            }
            // Formats are annotations in draft-07 (validators check them only on request), so a
            // bad email or URL is a warning: readers and ATS parsers still trip on it.
            switch rule["format"]?.text {
            case "email" where !Self.isEmail(text):
                issues.append(ValidationIssue(.warning, shown, "\"\(text)\" is not an email address"))
            case "uri" where !Self.isURI(text):
                issues.append(ValidationIssue(.warning, shown, "\"\(text)\" is not a full URL (https://…)"))
            default:
                break
            }
        }
        if case .object(let object) = value {
            let properties: [String: JSONValue]
            if case .object(let declared)? = rule["properties"] { properties = declared } else { properties = [:] }
            for key in object.keys.sorted() {
                guard let child = object[key] else { continue }
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if let childRule = properties[key] {
                    check(child, against: childRule, path: childPath, depth: depth + 1, issues: &issues)
                } else if case .bool(false)? = rule["additionalProperties"] {
                    issues.append(ValidationIssue(.error, childPath, "is not a field the schema allows"))
                } else if case .object? = rule["additionalProperties"], let extra = rule["additionalProperties"] {
                    check(child, against: extra, path: childPath, depth: depth + 1, issues: &issues)
                }
            }
        }
        if case .array(let elements) = value, let items = rule["items"] {
            for (index, element) in elements.enumerated() {
                check(
                    element, against: items, path: "\(path)[\(index)]", depth: depth + 1,
                    issues: &issues)
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var current: JSONValue? = schema
        for part in reference.dropFirst(2).split(separator: "/") { current = current?[String(part)] }
        return current
    }

    private static func collectPatterns(_ value: JSONValue, into patterns: inout [String: NSRegularExpressionBox]) {
        switch value {
        case .object(let object):
            if let pattern = object["pattern"]?.text, patterns[pattern] == nil,
                let expression = try? NSRegularExpression(pattern: pattern)
            {
                patterns[pattern] = NSRegularExpressionBox(expression: expression)
            }
            for child in object.values { collectPatterns(child, into: &patterns) }
        case .array(let elements):
            for child in elements { collectPatterns(child, into: &patterns) }
        default:
            break
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("null", .null), ("array", .array), ("object", .object): true
        case ("number", .number): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    private static func article(_ type: String) -> String {
        switch type {
        case "array", "object", "integer": "an \(type)"
        default: "a \(type)"
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .number(let number): value.text ?? String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    private static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first?.isLetter == true && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            && !text.contains(" ")
    }
}

/// `NSRegularExpression` is immutable once made; this box states that for Swift 6.
struct NSRegularExpressionBox: @unchecked Sendable {
    let expression: NSRegularExpression

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
