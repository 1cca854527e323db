import Foundation

/// Reads a job posting from bytes: decodes, detects the format, parses, and finds sections.
///
/// ```swift
/// let posting = try JobPostingParser().parse(bytes, source: "job.html")
/// for section in posting.sections(ofKind: .requirements) { print(section.blocks.map(\.text)) }
/// ```
public struct JobPostingParser: Sendable {
    /// The vocabulary that decides section kinds.
    public var vocabulary: SectionVocabulary

    /// Bounds on the work done; only ``DocumentLimits/maximumDepth`` applies here, to JSON-LD
    /// (HTML nesting is bounded by libxml2 at 255, and input size when the file is read).
    public var limits: DocumentLimits

    /// Creates a parser with the given vocabulary (the shipped one by default) and limits.
    public init(vocabulary: SectionVocabulary = .standard, limits: DocumentLimits = .default) {
        self.vocabulary = vocabulary
        self.limits = limits
    }

    /// Parses a posting.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes, in any supported encoding.
    ///   - source: The name shown in messages and recorded in the posting (a path, or `-`).
    ///   - format: The format to read as; detected from the content when `nil`.
    /// - Throws: ``IngestionError`` when the bytes are empty, binary or hold no text.
    public func parse(_ bytes: [UInt8], source: String, format: DocumentFormat? = nil) throws -> JobPosting {
        guard bytes.contains(where: { !Self.isASCIIWhitespace($0) }) else { throw IngestionError.empty(source) }
        let decoded = try TextDecoder.decode(bytes, name: source)
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw IngestionError.empty(source) }
        let format = format ?? FormatDetector.detect(decoded.text, pathExtension: Self.pathExtension(source))

        var rawBlocks: [RawBlock]
        var diagnostics: [Diagnostic] = []
        var metadata = JobPostingMetadata()
        var documentTitle: String?
        switch format {
        case .text, .markdown:
            rawBlocks = LineBlockReader(isMarkdown: format == .markdown).read(decoded.text)
        case .html:
            guard let document = HTMLDocument(utf8: decoded.text) else { throw IngestionError.unparsableHTML(source) }
            let content = document.content()
            rawBlocks = content.blocks
            diagnostics += content.diagnostics
            documentTitle = content.documentTitle
            if let found = structuredPosting(in: content, diagnostics: &diagnostics) {
                metadata = found.metadata
                if let description = found.descriptionHTML, found.metadata.origin == .jsonLD {
                    let descriptionBlocks = blocks(fromDescription: description, diagnostics: &diagnostics)
                    if !descriptionBlocks.isEmpty { rawBlocks = descriptionBlocks }
                }
                rawBlocks += fieldBlocks(found.sectionFields, notIn: rawBlocks)
                if rawBlocks.isEmpty, let title = found.metadata.title {
                    // Structured data with no description: the title is all the text there is.
                    rawBlocks = [RawBlock(.heading, title, level: 1)]
                }
            }
        }
        guard !rawBlocks.isEmpty else {
            throw IngestionError.noText(source, detail: diagnostics.first { $0.severity == .warning }?.message)
        }

        let fields = labelledFields(in: rawBlocks)
        if metadata.origin == nil, !fields.isEmpty {
            metadata.origin = .fields
            metadata.title = fields["title"]
            metadata.hiringOrganization = fields["company"]
            metadata.jobLocations = fields["location"].map { [$0] } ?? []
            metadata.employmentType = fields["employmentType"].map { [$0] } ?? []
            metadata.baseSalary = fields["salary"].map { JobPostingMetadata.Salary(text: $0) }
        }
        let (sections, text) = Sectionizer(vocabulary: vocabulary).sections(from: rawBlocks)
        return JobPosting(
            source: source, format: format, encoding: decoded.encoding,
            title: metadata.title ?? fields["title"] ?? leadingTitle(rawBlocks) ?? documentTitle,
            company: metadata.hiringOrganization ?? fields["company"], metadata: metadata, text: text,
            sections: sections, diagnostics: diagnostics)
    }

    // MARK: - Structured data

    private func structuredPosting(
        in content: HTMLContent, diagnostics: inout [Diagnostic]
    ) -> SchemaOrgJobPosting.Found? {
        for (index, script) in content.jsonLDScripts.enumerated() {
            do {
                let value = try JSONValue.parse(script, maximumDepth: limits.maximumDepth)
                if let item = SchemaOrgJobPosting.find(in: value) {
                    return SchemaOrgJobPosting.read(item, origin: .jsonLD)
                }
            } catch let error as JSONValueError where error.isTooDeep {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "JSON-LD block \(index + 1) nests more than \(limits.maximumDepth) deep (--max-depth); the page text is used instead"
                    ))
            } catch let error as JSONValueError {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "JSON-LD block \(index + 1) is not valid JSON (\(error.message)); the page text is used instead"
                    ))
            } catch {
                diagnostics.append(
                    Diagnostic(.warning, "JSON-LD block \(index + 1) could not be read; the page text is used instead"))
            }
        }
        for (origin, item) in content.items where SchemaOrgJobPosting.isJobPosting(item) {
            return SchemaOrgJobPosting.read(item, origin: origin)
        }
        return nil
    }

    /// A JSON-LD `description` is HTML (sometimes escaped twice, sometimes plain text).
    private func blocks(fromDescription description: String, diagnostics: inout [Diagnostic]) -> [RawBlock] {
        var html = description
        if !html.contains("<"), html.contains("&lt;") { html = HTMLEntities.decode(html) }
        guard html.contains("<") else { return LineBlockReader(isMarkdown: false).read(HTMLEntities.decode(html)) }
        guard let document = HTMLDocument(utf8: html) else { return [] }
        let content = document.content()
        diagnostics += content.diagnostics
        return content.blocks
    }

    /// Sections for structured fields whose text the body does not already hold.
    private func fieldBlocks(_ fields: [(SectionKind, String, [String])], notIn blocks: [RawBlock]) -> [RawBlock] {
        guard !fields.isEmpty else { return [] }
        var body: [UInt8] = []
        for block in blocks { Self.appendCompact(block.text, to: &body) }
        var result: [RawBlock] = []
        for (_, heading, entries) in fields {
            let missing = entries.filter { entry in
                var needle: [UInt8] = []
                Self.appendCompact(entry, to: &needle)
                return !needle.isEmpty && !Self.contains(body, needle)
            }
            guard !missing.isEmpty else { continue }
            result.append(RawBlock(.heading, heading, level: 2))
            for entry in missing { result.append(RawBlock(missing.count == 1 ? .paragraph : .listItem, entry)) }
        }
        return result
    }

    /// Letters and digits only, ASCII lowercased, so that markup and spacing do not matter.
    private static func appendCompact(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                output.append(byte)
            default: break
            }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    // MARK: - Title and labelled fields

    /// Values of `Label: value` lines and two-cell table rows whose label the vocabulary knows.
    private func labelledFields(in blocks: [RawBlock]) -> [String: String] {
        var fields: [String: String] = [:]
        var previousCell: String?
        for block in blocks.prefix(80) {
            if block.kind == .tableCell {
                if let label = previousCell, let field = vocabulary.field(forLabel: label), fields[field] == nil {
                    fields[field] = block.text
                    previousCell = nil
                } else {
                    previousCell = block.text
                }
                continue
            }
            previousCell = nil
            guard block.kind != .heading, let colon = block.text.firstIndex(of: ":") else { continue }
            let label = block.text[..<colon]
            let value = block.text[block.text.index(after: colon)...].drop(while: { $0 == " " })
            guard !value.isEmpty, label.split(separator: " ").count <= 5,
                let field = vocabulary.field(forLabel: String(label)),
                fields[field] == nil
            else { continue }
            fields[field] = String(value)
        }
        return fields
    }

    /// A heading near the top that says "<role> Job Description", else the first heading of
    /// level 1 or 2, else a short first line.
    private func leadingTitle(_ blocks: [RawBlock]) -> String? {
        for block in blocks.prefix(12) where block.kind == .heading {
            if let role = Self.role(inJobDescriptionHeading: block.text) { return role }
        }
        if let heading = blocks.prefix(20).first(where: { $0.kind == .heading && $0.level <= 2 }) {
            return heading.text
        }
        if let first = blocks.first, first.kind != .listItem, LineBlockReader.wordCount(Substring(first.text)) <= 12,
            !first.text.hasSuffix("."), vocabulary.kind(ofHeading: first.text) == nil
        {
            return first.text
        }
        return nil
    }

    /// "Back-End Developer Job Description Template" → "Back-End Developer";
    /// "Job Description: Software Engineer" → "Software Engineer".
    static func role(inJobDescriptionHeading heading: String) -> String? {
        guard let range = heading.range(of: "job description", options: .caseInsensitive) else { return nil }
        let separators = CharacterSet(charactersIn: " -–—:|[](),")
        let before = heading[..<range.lowerBound].trimmingCharacters(in: separators)
        if !before.isEmpty { return before }
        let after = heading[range.upperBound...].trimmingCharacters(in: separators)
        return after.isEmpty ? nil : after
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    private static func pathExtension(_ source: String) -> String? {
        guard let dot = source.lastIndex(of: "."), !source[dot...].contains("/") else { return nil }
        return String(source[source.index(after: dot)...])
    }
}
