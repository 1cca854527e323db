import Foundation

/// Renders a ``ResumeLayout`` to PDF with Pango and Cairo.
///
/// One column in reading order: the name, headline and contact line (with `mailto:`, `tel:` and
/// web links), the summary, then each section: a heading, and entries with the title and
/// organisation on one line, the dates, place and link on the next, a paragraph, and bullets with a
/// hanging indent. The text is real text in embedded subset fonts, without ligatures or
/// hyphenation, so it extracts as written; headings never end a page; each section is a bookmark;
/// the document carries its title, author, subject, keywords and creator ("JobFit").
public enum PDFResumeRenderer {
    /// Renders a resume.
    ///
    /// - Parameters:
    ///   - layout: What the resume shows.
    ///   - options: The theme (`classic`, `modern`; any other name gets `classic`) and the paper.
    /// - Returns: The PDF's bytes and its page count.
    /// - Throws: ``PDFRenderError`` when Pango or Cairo fail (no fonts, no memory).
    public static func render(_ layout: ResumeLayout, options: RenderOptions) throws(PDFRenderError) -> PDFRendering {
        let (width, height) = options.paper.size
        let page = PageGeometry(width: width, height: height)
        let canvas = try PDFCanvas(width: width, height: height)
        canvas.setMetadata(
            title: layout.metadata.title, author: layout.metadata.author, subject: layout.headline ?? "Resume",
            keywords: layout.metadata.keywords, creator: "JobFit")
        let composer = PDFResumeComposer(theme: .named(options.theme), left: page.left, width: page.textWidth)
        let blocks = try composer.blocks(for: layout, on: canvas)
        let flow = PDFPageFlow(top: page.top, bottom: page.bottom)
        let placements = flow.paginate(blocks.map(\.flow))
        let pageCount = (placements.last?.page ?? 0) + 1
        var current = 0
        for placement in placements {
            while current < placement.page {
                try footer(current, of: pageCount, name: layout.name, composer: composer, page: page, on: canvas)
                canvas.newPage()
                current += 1
            }
            let block = blocks[placement.block]
            if let bookmark = block.bookmark { canvas.bookmark(bookmark, page: placement.page + 1, y: placement.y) }
            for item in block.items {
                switch item {
                case .text(let paragraph, let x, let y, let structure):
                    let lines = placement.lines ?? 0..<paragraph.lines.count
                    canvas.draw(paragraph, x: x, y: placement.y + y, lines: lines, structure: structure)
                case .rule(let x1, let x2, let y, let thickness, let color):
                    canvas.rule(from: x1, to: x2, y: placement.y + y, thickness: thickness, color: color)
                }
            }
        }
        try footer(current, of: pageCount, name: layout.name, composer: composer, page: page, on: canvas)
        return PDFRendering(data: try canvas.finish(), pageCount: pageCount)
    }
}

extension PDFResumeRenderer {
    /// Pages of a longer resume are easy to mix up: each says whose it is and which it is.
    fileprivate static func footer(
        _ number: Int, of pageCount: Int, name: String, composer: PDFResumeComposer, page: PageGeometry,
        on canvas: borrowing PDFCanvas
    ) throws(PDFRenderError) {
        guard pageCount > 1 else { return }
        let footer = try composer.footer(name: name, page: number + 1, of: pageCount, on: canvas)
        canvas.draw(footer, x: page.left, y: page.footerTop, lines: 0..<footer.lines.count, structure: nil)
    }
}

/// The text area of a page: margins of about 0.7 inch at the sides, a little less at the top.
private struct PageGeometry {
    var width: Double
    var height: Double

    var left: Double { 50 }
    var textWidth: Double { width - 2 * left }
    var top: Double { 44 }
    var bottom: Double { height - 46 }
    /// The top of the footer line, in the bottom margin.
    var footerTop: Double { height - 32 }
}
