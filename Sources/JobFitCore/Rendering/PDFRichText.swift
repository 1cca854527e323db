/// Plain text with styled byte ranges and links, as a ``PDFCanvas`` paragraph takes it.
///
/// Ranges are UTF-8 byte offsets, counted as the text is appended, so no markup language (and no
/// escaping) stands between the resume's words and the page.
struct PDFRichText: Sendable, Equatable {
    /// A styled range.
    struct Span: Sendable, Equatable {
        var range: Range<Int>
        var bold = false
        var italic = false
        /// 0xRRGGBB, or `nil` for the paragraph's colour.
        var color: Int?
    }

    /// A linked range.
    struct Link: Sendable, Equatable {
        var range: Range<Int>
        var uri: String
    }

    private(set) var text = ""
    private(set) var spans: [Span] = []
    private(set) var links: [Link] = []

    /// The length of the text in UTF-8 bytes.
    var byteCount: Int { text.utf8.count }

    var isEmpty: Bool { text.isEmpty }

    /// Appends text, styled and linked as asked.
    mutating func append(
        _ string: String, bold: Bool = false, italic: Bool = false, color: Int? = nil, link: String? = nil
    ) {
        guard !string.isEmpty else { return }
        let start = byteCount
        text += string
        let range = start..<byteCount
        if bold || italic || color != nil { spans.append(Span(range: range, bold: bold, italic: italic, color: color)) }
        if let link { links.append(Link(range: range, uri: link)) }
    }
}
