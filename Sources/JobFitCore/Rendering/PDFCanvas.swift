internal import CRenderInterface
import Foundation

/// A PDF document being drawn with Pango and Cairo, behind the narrow `CRenderInterface` C target.
///
/// This is the only Swift code that touches Pango or Cairo. The document lives in memory; every
/// paragraph made for it is owned by it and referred to by number, so no C pointer leaves this
/// file, and everything is freed by ``finish()`` or when the canvas goes out of scope.
struct PDFCanvas: ~Copyable {
    private let document: OpaquePointer

    /// Starts a document whose pages are `width` × `height` points.
    init(width: Double, height: Double) throws(PDFRenderError) {
        guard let document = jf_render_new(width, height) else { throw .setUpFailed }
        self.document = document
    }

    deinit { jf_render_free(document) }

    /// Sets the PDF's title, author, subject, keywords and creator.
    func setMetadata(title: String, author: String, subject: String?, keywords: [String], creator: String) {
        jf_render_set_metadata(document, Int32(JF_METADATA_TITLE), title)
        jf_render_set_metadata(document, Int32(JF_METADATA_AUTHOR), author)
        if let subject { jf_render_set_metadata(document, Int32(JF_METADATA_SUBJECT), subject) }
        if !keywords.isEmpty {
            jf_render_set_metadata(document, Int32(JF_METADATA_KEYWORDS), keywords.joined(separator: ", "))
        }
        jf_render_set_metadata(document, Int32(JF_METADATA_CREATOR), creator)
    }

    /// Lays out styled text and returns its measurements.
    func paragraph(_ text: PDFRichText, style: PDFParagraphStyle) throws(PDFRenderError) -> PDFParagraph {
        let spans = text.spans.map { span in
            jf_span(
                start: UInt32(span.range.lowerBound), end: UInt32(span.range.upperBound), bold: span.bold ? 1 : 0,
                italic: span.italic ? 1 : 0, has_color: span.color == nil ? 0 : 1, color: UInt32(span.color ?? 0))
        }
        let number = style.font.withCString { font in
            var cStyle = jf_paragraph_style(
                font: font, width: style.width, alignment: style.alignment.code, line_spacing: style.lineSpacing,
                hanging_indent: style.hangingIndent, letter_spacing: style.letterSpacing, color: UInt32(style.color))
            var utf8 = text.text
            return utf8.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    spans.withUnsafeBufferPointer { spanBuffer in
                        jf_render_add_paragraph(
                            document, characters.baseAddress, characters.count, &cStyle, spanBuffer.baseAddress,
                            spanBuffer.count)
                    }
                }
            }
        }
        guard number >= 0 else { throw .layoutFailed(String(text.text.prefix(60))) }
        for link in text.links {
            _ = jf_render_add_link(
                document, number, UInt32(link.range.lowerBound), UInt32(link.range.upperBound), link.uri)
        }
        var width = 0.0
        var lineCount: Int32 = 0
        jf_render_measure(document, number, &width, &lineCount)
        var bounds = [Double](repeating: 0, count: Int(lineCount) * 2)
        _ = jf_render_lines(document, number, &bounds, lineCount)
        let lines = stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]...max(bounds[$0], bounds[$0 + 1]) }
        return PDFParagraph(number: Int(number), width: width, lines: lines)
    }

    /// Draws lines `lines` of a paragraph with the top of the first at `y`, as an element of the
    /// tagged PDF's structure (or outside it, for page furniture).
    func draw(_ paragraph: PDFParagraph, x: Double, y: Double, lines: Range<Int>, structure: PDFStructure?) {
        jf_render_draw_paragraph(
            document, Int32(paragraph.number), x, y, Int32(lines.lowerBound), Int32(lines.upperBound),
            structure?.rawValue)
    }

    /// Draws a horizontal rule centred on `y`.
    func rule(from x1: Double, to x2: Double, y: Double, thickness: Double, color: Int) {
        jf_render_draw_rule(document, x1, x2, y, thickness, UInt32(color))
    }

    /// Adds a bookmark that opens `page` (1-based) at `y`.
    func bookmark(_ title: String, page: Int, y: Double) {
        jf_render_add_bookmark(document, title, Int32(page), y)
    }

    /// Ends the page and starts the next.
    func newPage() { jf_render_new_page(document) }

    /// Ends the document and returns its bytes.
    consuming func finish() throws(PDFRenderError) -> Data {
        let document = self.document
        discard self
        var bytes: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard jf_render_finish(document, &bytes, &length) == 0, let bytes else { throw .writeFailed }
        defer { jf_render_bytes_free(bytes) }
        return Data(bytes: bytes, count: length)
    }
}

/// A paragraph laid out on a ``PDFCanvas``: its number there and its measurements.
struct PDFParagraph: Sendable {
    /// The canvas's number for it.
    var number: Int
    /// The widest line's width.
    var width: Double
    /// Each line's top and bottom, from the top of the paragraph.
    var lines: [ClosedRange<Double>]

    /// The height of all lines.
    var height: Double { lines.last?.upperBound ?? 0 }
}

/// What a paragraph is in the tagged PDF's structure tree (screen readers and some ATS parsers
/// read it instead of guessing from positions).
enum PDFStructure: String, Sendable {
    /// The name.
    case title = "H1"
    /// A section heading.
    case heading = "H2"
    /// Any other text.
    case paragraph = "P"
}

/// How a paragraph is set on a ``PDFCanvas``.
struct PDFParagraphStyle: Sendable {
    /// Horizontal alignment.
    enum Alignment: Sendable {
        case left, center, right, justify

        fileprivate var code: Int32 {
            switch self {
            case .left: Int32(JF_ALIGN_LEFT)
            case .center: Int32(JF_ALIGN_CENTER)
            case .right: Int32(JF_ALIGN_RIGHT)
            case .justify: Int32(JF_ALIGN_JUSTIFY)
            }
        }
    }

    /// A Pango font description: families, then style, weight and size.
    var font: String
    /// The wrapping width; 0 for none.
    var width: Double = 0
    var alignment: Alignment = .left
    /// Line height as a multiple of the font's; 0 for the font's own.
    var lineSpacing: Double = 0
    /// A hanging indent (the text after a tab starts here on the first line, and every later line).
    var hangingIndent: Double = 0
    var letterSpacing: Double = 0
    /// 0xRRGGBB.
    var color: Int = 0
}
