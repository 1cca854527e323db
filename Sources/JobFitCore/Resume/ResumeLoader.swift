import Foundation
internal import Yams

/// Reads JSON Resume documents from JSON or YAML.
public enum ResumeLoader {
    /// The most values a YAML resume may expand to by default (aliases included), to stop alias
    /// bombs; ``DocumentLimits/maximumYAMLValues`` sets it.
    public static let maximumYAMLValues = DocumentLimits.default.maximumYAMLValues

    /// The keys whose presence makes a YAML file a JSON Resume rather than prose that YAML happens to accept.
    static let resumeKeys: Set<String> = [
        "basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages",
        "interests", "references", "projects", "meta",
    ]

    /// Reads a resume in the given format, or the format the source's extension names, or the
    /// format its content shows.
    ///
    /// Without an extension (standard input, `resume`, `cv.dat`), `{` means JSON, `PK\u{3}\u{4}`
    /// DOCX and `%PDF-` PDF; YAML is taken only when it parses to an object with a JSON Resume
    /// key (`basics`, `work`, `skills`…), and anything else is read as plain text or Markdown.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - source: The name shown in messages (a path, or `-`).
    ///   - format: The format to read as; detected when `nil`.
    ///   - limits: Bounds on nesting, YAML expansion, DOCX inflation and PDF pages.
    /// - Throws: ``ResumeError`` (or ``IngestionError`` for bytes that are not text, or
    ///   ``ResumeDocumentError`` for DOCX and PDF).
    public static func load(
        _ bytes: [UInt8], source: String, format: ResumeFormat? = nil, limits: DocumentLimits = .default
    ) throws -> Resume {
        let format = format ?? ResumeFormat(pathExtensionOf: source) ?? sniff(bytes)
        switch format {
        case .docx, .pdf:
            let text = try documentText(bytes, format, source, limits)
            return try PlainResumeReader.resume(
                fromText: text, source: source, isMarkdown: format == .docx, isLaidOut: format == .pdf)
        case .text, .markdown:
            let text = try TextDecoder.decode(bytes, name: source, sniffHTMLCharset: false).text
            return try PlainResumeReader.resume(fromText: text, source: source, isMarkdown: format == .markdown)
        case .json, .yaml:
            break
        }
        let text = try TextDecoder.decode(bytes, name: source, sniffHTMLCharset: false).text
        guard text.contains(where: { !$0.isWhitespace }) else { throw IngestionError.empty(source) }
        let document: JSONValue
        if format == .json {
            do {
                document = try JSONValue.parse(text, maximumDepth: limits.maximumDepth)
            } catch let error as JSONValueError {
                if error.isTooDeep { throw ResumeError.tooDeep(source, limit: limits.maximumDepth) }
                throw ResumeError.unreadable(source, format: "JSON", message: error.message)
            }
        } else {
            document = try yaml(text, source: source, limits: limits)
        }
        guard case .object = document else { throw ResumeError.notAnObject(source) }
        return Resume(document: document, source: source)
    }

    /// The format of bytes with no telling extension, from their first bytes and, for YAML, their keys.
    static func sniff(_ bytes: [UInt8]) -> ResumeFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        guard let text = try? TextDecoder.decode(bytes, name: "-", sniffHTMLCharset: false).text else { return .text }
        if text.drop(while: \.isWhitespace).first == "{" { return .json }
        if let document = try? yaml(text, source: "-", limits: .default), case .object(let object) = document,
            object.keys.contains(where: resumeKeys.contains)
        {
            return .yaml
        }
        return FormatDetector.detect(text, pathExtension: nil) == .markdown ? .markdown : .text
    }

    /// The text of a DOCX (as Markdown) or PDF resume.
    private static func documentText(
        _ bytes: [UInt8], _ format: ResumeFormat, _ source: String, _ limits: DocumentLimits
    ) throws -> String {
        format == .docx
            ? try ResumeDocumentReader.markdown(fromDOCX: bytes, source: source, limits: limits)
            : try ResumeDocumentReader.text(fromPDF: bytes, source: source, limits: limits)
    }

    private static func yaml(_ text: String, source: String, limits: DocumentLimits) throws -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let description = "\(error)"
            // libyaml stops past 1,000 levels, before our own --max-depth is reached or raised.
            let message =
                description.contains("Maximum nesting level")
                ? "nested more than 1000 levels deep, libyaml's limit"
                : description.split(separator: "\n").first.map(String.init) ?? ""
            throw ResumeError.unreadable(source, format: "YAML", message: message)
        }
        guard let node else { throw IngestionError.empty(source) }
        var conversion = YAMLConversion(budget: limits.maximumYAMLValues, maximumDepth: limits.maximumDepth)
        guard let value = convert(node, &conversion, depth: 0) else {
            if conversion.tooDeep { throw ResumeError.tooDeep(source, limit: limits.maximumDepth) }
            throw ResumeError.tooLarge(source, limit: limits.maximumYAMLValues)
        }
        return value
    }

    /// What is left of the YAML budget, and why it ran out.
    private struct YAMLConversion {
        var budget: Int
        let maximumDepth: Int
        var tooDeep = false
    }

    /// YAML to JSON values, counting every value produced; `nil` when the budget runs out or the
    /// nesting is too deep.
    private static func convert(_ node: Node, _ conversion: inout YAMLConversion, depth: Int) -> JSONValue? {
        conversion.budget -= 1
        guard conversion.budget >= 0 else { return nil }
        guard depth < conversion.maximumDepth else {
            conversion.tooDeep = true
            return nil
        }
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
                guard let converted = convert(value, &conversion, depth: depth + 1) else { return nil }
                object[key.string ?? "\(key.any)"] = converted
            }
            return .object(object)
        case .sequence(let sequence):
            var array: [JSONValue] = []
            for element in sequence {
                guard let converted = convert(element, &conversion, depth: depth + 1) else { return nil }
                array.append(converted)
            }
            return .array(array)
        case .alias:
            return nil
        }
    }
}
