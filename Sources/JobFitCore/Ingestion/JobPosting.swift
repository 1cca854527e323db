/// A job posting read from text, Markdown or HTML: what it is, and its text as sections of blocks.
public struct JobPosting: Equatable, Sendable, Codable {
    /// The version of the JSON form of this value (see `docs/formats.md`).
    public static let schemaVersion = 1

    /// Where the posting came from (a path, or `-` for standard input).
    public var source: String
    /// The format the content was read as.
    public var format: DocumentFormat
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncoding
    /// The job title, when one was found.
    public var title: String?
    /// The hiring organisation, when one was found.
    public var company: String?
    /// Structured facts from schema.org markup or labelled fields.
    public var metadata: JobPostingMetadata
    /// The posting's text as read, one block a line.
    ///
    /// Block offsets (``Block/start``, ``Block/end``) are UTF-8 offsets into this string.
    public var text: String
    /// The sections in reading order.
    public var sections: [Section]
    /// Warnings about content that was dropped or could not be used.
    public var diagnostics: [Diagnostic]

    /// Creates a posting.
    public init(
        source: String, format: DocumentFormat, encoding: TextEncoding = .utf8, title: String? = nil,
        company: String? = nil, metadata: JobPostingMetadata = JobPostingMetadata(), text: String,
        sections: [Section], diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.format = format
        self.encoding = encoding
        self.title = title
        self.company = company
        self.metadata = metadata
        self.text = text
        self.sections = sections
        self.diagnostics = diagnostics
    }

    /// Every block (headings included) in reading order.
    public var blocks: [Block] {
        sections.flatMap { section in (section.heading.map { [$0] } ?? []) + section.blocks }
    }

    /// The sections of one kind, in reading order.
    public func sections(ofKind kind: SectionKind) -> [Section] {
        sections.filter { $0.kind == kind }
    }
}
