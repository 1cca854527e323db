public import Foundation

/// Why a resume could not be rendered to PDF.
///
/// Each message is one sentence that says what failed and what to do.
public enum PDFRenderError: Error, Equatable, Sendable {
    /// Cairo or Pango could not start a document (no memory, or no usable font).
    case setUpFailed
    /// A paragraph could not be laid out; carries the start of its text.
    case layoutFailed(String)
    /// Cairo could not write the finished PDF.
    case writeFailed
}

extension PDFRenderError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .setUpFailed:
            return
                "could not start a PDF with Pango and Cairo (out of memory, or no fonts installed: install fonts-liberation2 or fonts-dejavu-core)."
        case .layoutFailed(let text):
            return "could not lay out the text \"\(text)\" for the PDF (it is not valid UTF-8, or memory ran out)."
        case .writeFailed:
            return "Cairo could not write the PDF (out of memory or a font it could not embed)."
        }
    }
}
