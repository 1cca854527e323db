/// Reads the text of office documents and PDFs, for resumes given in those formats.
///
/// Both readers work from bytes in memory and never write to disk or touch the network.
/// Their output is text for the resume builder, not a ``Resume``.
public enum ResumeDocumentReader {
    /// The text of a DOCX (`word/document.xml`) in reading order, as Markdown-like lines.
    ///
    /// A paragraph styled as a heading (`Heading1`…`Heading6`, `Title`, a localized id such as
    /// `berschrift1`, or a style whose outline level says so in `word/styles.xml`) becomes
    /// `# `…`###### ` and its text. A list paragraph (`w:numPr`, or a style whose name contains
    /// "List") becomes `- ` and its text, indented two spaces per `w:ilvl`. A table row becomes its
    /// cells' texts joined by ` | `. Every other paragraph is one line, or several when it holds
    /// line breaks. Blocks are separated by a blank line; the items of one list and the rows of one
    /// table are not. Text in hyperlinks, content controls, text boxes and fields' displayed
    /// results is kept; deleted text and field instructions are not. Tabs become spaces.
    ///
    /// - Parameters:
    ///   - bytes: The `.docx` file.
    ///   - source: The file's name, for messages.
    ///   - limits: Bounds on the bytes inflated from the archive.
    /// - Returns: The lines, without a trailing newline.
    /// - Throws: ``ResumeDocumentError`` when the bytes are not a DOCX, are damaged, would inflate
    ///   past the limit, or hold no text.
    public static func markdown(
        fromDOCX bytes: [UInt8], source: String, limits: DocumentLimits = .default
    ) throws(ResumeDocumentError) -> String {
        let archive = try DOCXArchive(bytes: bytes, source: source, limits: limits)
        var styles = DOCXStyles()
        if let xml = archive.styles {
            // Styles only refine headings; a damaged styles.xml still leaves the style ids.
            styles = (try? DOCXStyles(xml: xml)) ?? DOCXStyles()
        }
        let events: [XMLEvent]
        do {
            events = try XMLEvents.parse(
                archive.document, attributes: DOCXBodyReader.attributes, skipping: DOCXBodyReader.skipped)
        } catch {
            throw .unreadableDOCX(source, part: "word/document.xml")
        }
        let text = DOCXBodyReader.markdown(events, styles: styles)
        guard !text.isEmpty else { throw .noText(source, scanned: false) }
        return text
    }

    /// The text of a PDF in reading order (poppler-glib), pages separated by `"\n\n"`; lines kept.
    ///
    /// Each page's lines are kept as poppler lays them out, with trailing spaces removed and
    /// blank lines at the page's ends dropped.
    ///
    /// - Parameters:
    ///   - bytes: The `.pdf` file.
    ///   - source: The file's name, for messages.
    ///   - limits: Bounds on the pages read.
    /// - Returns: The text, without a trailing newline.
    /// - Throws: ``ResumeDocumentError`` when the PDF is encrypted, damaged, too long, or holds no
    ///   text (a scanned image).
    public static func text(
        fromPDF bytes: [UInt8], source: String, limits: DocumentLimits = .default
    ) throws(ResumeDocumentError) -> String {
        let pages = try PDFText.pages(bytes, source: source, limits: limits).map { page in
            TextNormalizer.normalize(page)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingTrailingWhitespace() }
                .joined(separator: "\n")
                .trimmingBlankLines()
        }.filter { !$0.isEmpty }
        guard !pages.isEmpty else { throw .noText(source, scanned: true) }
        return pages.joined(separator: "\n\n")
    }
}

extension StringProtocol {
    /// The text without trailing spaces and tabs.
    fileprivate func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return String(self[startIndex..<end])
    }

    /// The text without blank lines (or white space) at either end.
    fileprivate func trimmingBlankLines() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}
