public import Foundation

/// A resume rendered to PDF.
public struct PDFRendering: Sendable, Equatable {
    /// The PDF file's bytes.
    public var data: Data
    /// The number of pages (the tailor step keeps a resume within its page budget with it).
    public var pageCount: Int

    /// Creates a rendering from its bytes and page count.
    public init(data: Data, pageCount: Int) {
        self.data = data
        self.pageCount = pageCount
    }
}
