internal import CPDFInterface

/// The text of a PDF, extracted by poppler-glib behind the narrow `CPDFInterface` C target.
///
/// This is the only Swift code that touches poppler. The bytes are opened in memory, with no
/// password and no file, and every poppler object is released before `extract` returns.
enum PDFText {
    /// The text of each page, in poppler's reading order.
    static func pages(
        _ bytes: [UInt8], source: String, limits: DocumentLimits
    ) throws(ResumeDocumentError) -> [String] {
        var status: Int32 = 0
        var pageCount: Int32 = 0
        let maximumPages = Int32(clamping: max(0, limits.maximumPages))
        let text = bytes.withUnsafeBufferPointer { buffer in
            jf_pdf_text(buffer.baseAddress, buffer.count, maximumPages, &status, &pageCount)
        }
        defer { jf_pdf_free(text) }
        switch Int(status) {
        case Int(JF_PDF_OK):
            guard let text else { throw .damagedPDF(source) }
            return String(cString: text).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        case Int(JF_PDF_ENCRYPTED):
            throw .encryptedPDF(source)
        case Int(JF_PDF_TOO_MANY_PAGES):
            throw .tooManyPages(source, pages: Int(pageCount), limit: limits.maximumPages)
        default:
            throw .damagedPDF(source)
        }
    }
}
