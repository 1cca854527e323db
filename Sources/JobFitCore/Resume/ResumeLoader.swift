import Foundation
internal import Yams

/// Reads JSON Resume documents from JSON or YAML.
public enum ResumeLoader {
    /// The most values a YAML resume may expand to (aliases included), to stop alias bombs.
    public static let maximumYAMLValues = 200_000

    /// Reads a resume; JSON when the text starts with `{`, YAML otherwise.
    ///
    /// - Throws: ``ResumeError`` (or ``IngestionError`` for bytes that are not text).
    public static func load(_ bytes: [UInt8], source: String) throws -> Resume {
        let text = try TextDecoder.decode(bytes, name: source, sniffHTMLCharset: false).text
        guard text.contains(where: { !$0.isWhitespace }) else { throw IngestionError.empty(source) }
        let document: JSONValue
        if text.drop(while: \.isWhitespace).first == "{" {
            do {
                document = try JSONValue.parse(text)
            } catch let error as JSONValueError {
                throw ResumeError.unreadable(source, format: "JSON", message: error.message)
            }
        } else {
            document = try yaml(text, source: source)
        }
        guard case .object = document else { throw ResumeError.notAnObject(source) }
        return Resume(document: document, source: source)
    }

    private static func yaml(_ text: String, source: String) throws -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ResumeError.unreadable(
                source, format: "YAML", message: "\(error)".split(separator: "\n").first.map(String.init) ?? "")
        }
        guard let node else { throw IngestionError.empty(source) }
        var budget = maximumYAMLValues
        guard let value = convert(node, budget: &budget, depth: 0) else {
            throw ResumeError.tooLarge(source, limit: maximumYAMLValues)
        }
        return value
    }

    /// YAML to JSON values, counting every value produced; `nil` when the budget runs out.
    private static func convert(_ node: Node, budget: inout Int, depth: Int) -> JSONValue? {
        budget -= 1
        guard budget >= 0, depth < JSONValue.maximumDepth else { return nil }
        switch node {
        case .scalar(let scalar):
            if node.null != nil, scalar.style == .plain { return .null }
            if scalar.style == .plain, let flag = node.bool { return .bool(flag) }
            if scalar.style == .plain, let number = node.int { return .number(Double(number)) }
            if scalar.style == .plain, let number = node.float, scalar.string.contains(where: \.isNumber) {
                return .number(number)
            }
            return .string(scalar.string)
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard let converted = convert(value, budget: &budget, depth: depth + 1) else { return nil }
                object[key.string ?? "\(key.any)"] = converted
            }
            return .object(object)
        case .sequence(let sequence):
            var array: [JSONValue] = []
            for element in sequence {
                guard let converted = convert(element, budget: &budget, depth: depth + 1) else { return nil }
                array.append(converted)
            }
            return .array(array)
        case .alias:
            return nil
        }
    }
}
