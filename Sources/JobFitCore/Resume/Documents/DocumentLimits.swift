/// Bounds on the work done to read untrusted input, so that a hostile file cannot exhaust memory
/// or time.
///
/// Every limit has a `jobfit` option of the same meaning (`docs/security.md`), and the error
/// raised when one is hit names that option, so a user with a genuine file knows how to raise it.
/// The defaults are far above any real posting or resume and far below what hurts.
public struct DocumentLimits: Equatable, Sendable {
    /// The most bytes read from one input file or from standard input (`--max-bytes`).
    public var maximumBytes: Int
    /// The deepest nesting of arrays and objects in JSON or YAML read (`--max-depth`).
    public var maximumDepth: Int
    /// The most values a YAML resume may expand to, aliases included (`--max-yaml-values`).
    public var maximumYAMLValues: Int
    /// The most bytes inflated from a DOCX archive, over every part read (`--max-docx-bytes`).
    public var maximumDecompressedBytes: Int
    /// The most pages read from a PDF (`--max-pdf-pages`).
    public var maximumPages: Int
    /// The most documents (resumes plus postings) in one batch (`--max-documents`).
    public var maximumDocuments: Int

    /// The defaults: 10 MB inputs, nesting 200 deep, 200,000 YAML values, 50 MB inflated from a
    /// DOCX, 50 PDF pages and 100,000 documents in a batch.
    public static let `default` = DocumentLimits()

    /// Creates limits; the defaults are those of ``default``.
    ///
    /// - Parameters:
    ///   - maximumBytes: The most bytes read from one input.
    ///   - maximumDepth: The deepest nesting of JSON or YAML.
    ///   - maximumYAMLValues: The most values a YAML document may expand to.
    ///   - maximumDecompressedBytes: The most bytes inflated from a DOCX archive.
    ///   - maximumPages: The most pages read from a PDF.
    ///   - maximumDocuments: The most documents in one batch.
    public init(
        maximumBytes: Int = 10_000_000, maximumDepth: Int = 200, maximumYAMLValues: Int = 200_000,
        maximumDecompressedBytes: Int = 50_000_000, maximumPages: Int = 50, maximumDocuments: Int = 100_000
    ) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumYAMLValues = maximumYAMLValues
        self.maximumDecompressedBytes = maximumDecompressedBytes
        self.maximumPages = maximumPages
        self.maximumDocuments = maximumDocuments
    }
}
