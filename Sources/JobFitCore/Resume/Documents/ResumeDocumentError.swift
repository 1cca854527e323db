public import Foundation

/// Why the text of a DOCX or PDF resume could not be read.
///
/// Each message is one sentence that names the file, says what is wrong and what to do.
public enum ResumeDocumentError: Error, Equatable, Sendable {
    /// The bytes are not a ZIP archive, so not a DOCX.
    case notAZip(String)
    /// The ZIP archive has no `word/document.xml`.
    case notADOCX(String)
    /// A part of the DOCX is not well-formed XML, or its compressed data is corrupt.
    case unreadableDOCX(String, part: String)
    /// Reading the DOCX would inflate more bytes than the limit allows.
    case decompressedSizeOverLimit(String, limit: Int)
    /// The PDF needs a password.
    case encryptedPDF(String)
    /// poppler could not read the bytes as a PDF.
    case damagedPDF(String)
    /// The PDF has more pages than the limit allows.
    case tooManyPages(String, pages: Int, limit: Int)
    /// The document opened but holds no text; `scanned` is true for PDFs, whose pages are often images.
    case noText(String, scanned: Bool)
}

extension ResumeDocumentError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .notAZip(let name):
            return "\(name): is not a DOCX file (not a ZIP archive); save the resume from your editor as .docx or PDF."
        case .notADOCX(let name):
            return
                "\(name): is a ZIP archive without word/document.xml, so not a Word document; save the resume as .docx or PDF."
        case .unreadableDOCX(let name, let part):
            return "\(name): \(part) is damaged (corrupt data or XML that is not well-formed); save the resume again."
        case .decompressedSizeOverLimit(let name, let limit):
            return
                "\(name): expands to more than \(limit) bytes, over the DOCX size limit; raise it with --max-docx-bytes only if the file is a genuine resume."
        case .encryptedPDF(let name):
            return "\(name): the PDF is encrypted; export an unprotected copy."
        case .damagedPDF(let name):
            return "\(name): is not a readable PDF (damaged or another format); export the PDF again."
        case .tooManyPages(let name, let pages, let limit):
            return
                "\(name): has \(pages) pages, over the limit of \(limit); pass the resume alone, or raise the limit with --max-pdf-pages."
        case .noText(let name, true):
            return "no text found in \(name): is it a scanned image?"
        case .noText(let name, false):
            return "no text found in \(name): is it empty, or only images?"
        }
    }
}
