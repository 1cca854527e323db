/// Bounds on the work done to read one office document or PDF, so that a hostile file cannot
/// exhaust memory or time.
public struct DocumentLimits: Equatable, Sendable {
    /// The most bytes inflated from a DOCX archive, over every part read (a zip bomb stops here).
    public var maximumDecompressedBytes: Int
    /// The most pages read from a PDF.
    public var maximumPages: Int

    /// 50 MB decompressed and 50 pages: far above any resume, far below what hurts.
    public static let `default` = DocumentLimits()

    /// Creates limits; the defaults are those of ``default``.
    ///
    /// - Parameters:
    ///   - maximumDecompressedBytes: The most bytes inflated from a DOCX archive.
    ///   - maximumPages: The most pages read from a PDF.
    public init(maximumDecompressedBytes: Int = 50_000_000, maximumPages: Int = 50) {
        self.maximumDecompressedBytes = maximumDecompressedBytes
        self.maximumPages = maximumPages
    }
}
