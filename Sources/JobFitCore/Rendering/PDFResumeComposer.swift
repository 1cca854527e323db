/// A block of a PDF resume: what it draws, relative to its top, and how it may break across pages.
struct PDFBlock {
    /// One thing drawn.
    enum Item {
        /// A paragraph with its left edge at `x` and its top at `y` below the block's top.
        case text(PDFParagraph, x: Double, y: Double, structure: PDFStructure = .paragraph)
        /// A horizontal rule.
        case rule(x1: Double, x2: Double, y: Double, thickness: Double, color: Int)
    }

    var items: [Item]
    var flow: PDFPageFlow.Block
    /// A bookmark to add where the block lands (section headings).
    var bookmark: String?
}

/// Turns a ``ResumeLayout`` into the blocks of a PDF, laid out on a ``PDFCanvas`` in one column.
struct PDFResumeComposer {
    var theme: PDFTheme
    /// The left edge of the text.
    var left: Double
    /// The width of the text column.
    var width: Double

    /// The blocks of the whole resume, in reading order.
    func blocks(for layout: ResumeLayout, on canvas: borrowing PDFCanvas) throws(PDFRenderError) -> [PDFBlock] {
        var blocks = try header(layout, on: canvas)
        if let summary = layout.summary?.nilIfBlank {
            blocks.append(try heading("Summary", on: canvas))
            blocks.append(block(try canvas.paragraph(plain(summary), style: bodyStyle()), spaceBefore: 3))
        }
        for section in layout.sections {
            blocks.append(try heading(section.heading, on: canvas))
            guard Self.compactKinds.contains(section.kind) else {
                for (index, entry) in section.entries.enumerated() {
                    blocks += try entryBlocks(entry, kind: section.kind, first: index == 0, on: canvas)
                }
                continue
            }
            for (index, run) in Self.runsOfBareEntries(section.entries).enumerated() {
                if run.count > 1 {
                    // Skills listed one by one without keywords: one line of them, not a column.
                    let names = run.compactMap { ($0.title ?? $0.organization)?.nilIfBlank }
                    let paragraph = try canvas.paragraph(
                        plain(names.joined(separator: ", ")), style: bodyStyle(alignment: .left))
                    blocks.append(block(paragraph, spaceBefore: index == 0 ? 4 : 2.5))
                } else if let entry = run.first, let block = try compactEntry(entry, first: index == 0, on: canvas) {
                    blocks.append(block)
                }
            }
        }
        return blocks
    }

    /// Sections whose entries are one line each ("Languages: Python, Go").
    private static let compactKinds: Set<ResumeLayout.Section.Kind> = [.skills, .languages, .interests]

    /// The entries in order, consecutive entries that are only a name grouped together, every other
    /// entry alone.
    static func runsOfBareEntries(_ entries: [ResumeLayout.Entry]) -> [[ResumeLayout.Entry]] {
        var runs: [[ResumeLayout.Entry]] = []
        var previousWasBare = false
        for entry in entries {
            let bare =
                entry.items.allSatisfy { $0.nilIfBlank == nil } && entry.text?.nilIfBlank == nil
                && entry.dates?.nilIfBlank == nil && (entry.title ?? entry.organization)?.nilIfBlank != nil
            if bare, previousWasBare, !runs.isEmpty { runs[runs.count - 1].append(entry) } else { runs.append([entry]) }
            previousWasBare = bare
        }
        return runs
    }

    // MARK: - Header

    private func header(_ layout: ResumeLayout, on canvas: borrowing PDFCanvas) throws(PDFRenderError) -> [PDFBlock] {
        var blocks: [PDFBlock] = []
        let name = try canvas.paragraph(
            plain(layout.name),
            style: PDFParagraphStyle(
                font: theme.font(size: theme.nameSize, bold: true), width: width, alignment: theme.headerAlignment,
                color: theme.nameColor))
        blocks.append(block(name, keepWithNext: true, splittable: false, structure: .title))
        if let headline = layout.headline?.nilIfBlank {
            let paragraph = try canvas.paragraph(
                plain(headline),
                style: PDFParagraphStyle(
                    font: theme.font(size: theme.headlineSize), width: width, alignment: theme.headerAlignment,
                    color: theme.mutedColor))
            blocks.append(block(paragraph, spaceBefore: 1, keepWithNext: true, splittable: false))
        }
        if !layout.contact.isEmpty {
            let paragraph = try contactLine(layout.contact, on: canvas)
            blocks.append(block(paragraph, spaceBefore: 5, keepWithNext: true, splittable: false))
        }
        if theme.ruleUnderHeader {
            blocks.append(
                PDFBlock(
                    items: [.rule(x1: left, x2: left + width, y: 0.4, thickness: 0.8, color: theme.ruleColor)],
                    flow: PDFPageFlow.Block(height: 0.8, spaceBefore: 7)))
        }
        return blocks
    }

    /// The contact items, separated, broken into lines between items rather than inside one, with
    /// the lines as even as they can be ("a | b | c" over "d | e | f", not a lone item below).
    private func contactLine(
        _ items: [ResumeLayout.ContactItem], on canvas: borrowing PDFCanvas
    ) throws(PDFRenderError) -> PDFParagraph {
        let measure = PDFParagraphStyle(font: theme.font(size: theme.smallSize + 0.5))
        let separatorWidth = try canvas.paragraph(plain(theme.contactSeparator), style: measure).width
        var widths: [Double] = []
        for item in items { widths.append(try canvas.paragraph(plain(item.text), style: measure).width) }
        let breaks = Self.evenBreaks(widths, separator: separatorWidth, width: width)
        var text = PDFRichText()
        for (index, item) in items.enumerated() {
            if breaks.contains(index) {
                text.append("\n")
            } else if index > 0 {
                text.append(theme.contactSeparator, color: theme.mutedColor)
            }
            text.append(item.text, color: item.link == nil ? nil : theme.linkColor, link: item.link)
        }
        return try canvas.paragraph(
            text,
            style: PDFParagraphStyle(
                font: measure.font, width: width, alignment: theme.headerAlignment, lineSpacing: theme.lineSpacing,
                color: theme.textColor))
    }

    /// The indices of the items that start a new line: the greedy number of lines, with the
    /// narrowest width that still needs no more lines than that.
    static func evenBreaks(_ widths: [Double], separator: Double, width: Double) -> Set<Int> {
        func breaks(within limit: Double) -> Set<Int> {
            var result = Set<Int>()
            var line = 0.0
            for (index, itemWidth) in widths.enumerated() {
                if index > 0, line + separator + itemWidth > limit {
                    result.insert(index)
                    line = itemWidth
                } else {
                    line += (index > 0 ? separator : 0) + itemWidth
                }
            }
            return result
        }
        let greedy = breaks(within: width)
        guard !greedy.isEmpty else { return greedy }
        var low = widths.max() ?? 0
        var high = width
        while high - low > 1 {
            let middle = (low + high) / 2
            if breaks(within: middle).count <= greedy.count { high = middle } else { low = middle }
        }
        return breaks(within: high)
    }

    // MARK: - Sections

    /// A section heading with a rule under it; it keeps with what follows.
    private func heading(_ text: String, on canvas: borrowing PDFCanvas) throws(PDFRenderError) -> PDFBlock {
        var rich = PDFRichText()
        rich.append(text, bold: true)
        let paragraph = try canvas.paragraph(
            rich,
            style: PDFParagraphStyle(
                font: theme.font(size: theme.headingSize), width: width, color: theme.headingColor))
        let ruleY = paragraph.height + 1.5
        return PDFBlock(
            items: [
                .text(paragraph, x: left, y: 0, structure: .heading),
                .rule(x1: left, x2: left + width, y: ruleY, thickness: 0.6, color: theme.ruleColor),
            ],
            flow: PDFPageFlow.Block(height: ruleY + 2, spaceBefore: 12, keepWithNext: true),
            bookmark: text)
    }

    /// A skill group, a language, an interest: "**Title**: item, item" or "**Title** – text".
    private func compactEntry(
        _ entry: ResumeLayout.Entry, first: Bool, on canvas: borrowing PDFCanvas
    ) throws(PDFRenderError) -> PDFBlock? {
        var text = PDFRichText()
        let title = entry.title?.nilIfBlank ?? entry.organization?.nilIfBlank
        if let title { text.append(title, bold: true) }
        if let detail = entry.text?.nilIfBlank {
            text.append(title == nil ? detail : " – " + detail)
        }
        let items = entry.items.compactMap(\.nilIfBlank)
        if !items.isEmpty {
            text.append((text.isEmpty ? "" : ": ") + items.joined(separator: ", "))
        }
        if let dates = entry.dates?.nilIfBlank { text.append(" (\(dates))", color: theme.mutedColor) }
        guard !text.isEmpty else { return nil }
        let paragraph = try canvas.paragraph(text, style: bodyStyle(alignment: .left))
        return block(paragraph, spaceBefore: first ? 4 : 2.5)
    }

    /// A role, project, degree, certificate…: the title line with the dates on the right, a line of
    /// location and link, the paragraph, the bullets and the items.
    private func entryBlocks(
        _ entry: ResumeLayout.Entry, kind: ResumeLayout.Section.Kind, first: Bool, on canvas: borrowing PDFCanvas
    ) throws(PDFRenderError) -> [PDFBlock] {
        var items: [PDFBlock.Item] = []
        var height = 0.0
        var title = PDFRichText()
        if let name = entry.title?.nilIfBlank { title.append(name, bold: true) }
        if let organization = entry.organization?.nilIfBlank {
            if title.isEmpty { title.append(organization, bold: true) } else { title.append(", " + organization) }
        }
        if !title.isEmpty {
            let paragraph = try canvas.paragraph(title, style: bodyStyle(alignment: .left))
            items.append(.text(paragraph, x: left, y: 0))
            height = paragraph.height
        }
        // Dates, place and link on the line under the title, never in a column of their own: poppler
        // (and the ATS parsers that read text in its order) puts right-aligned dates after later
        // entries when no full-width line separates them.
        var subline = PDFRichText()
        for part in [entry.dates, entry.location].compactMap({ $0?.nilIfBlank }) {
            if !subline.isEmpty { subline.append(theme.detailSeparator) }
            subline.append(part)
        }
        if let link = entry.link?.nilIfBlank {
            if !subline.isEmpty { subline.append(theme.detailSeparator) }
            subline.append(ResumeLayout.shortened(link), color: theme.linkColor, link: link)
        }
        if !subline.isEmpty {
            let paragraph = try canvas.paragraph(
                subline,
                style: PDFParagraphStyle(
                    font: theme.font(size: theme.smallSize, italic: theme.italicDetails), width: width,
                    lineSpacing: theme.lineSpacing, color: theme.mutedColor))
            items.append(.text(paragraph, x: left, y: height + 0.5))
            height += paragraph.height + 0.5
        }

        var body: [PDFBlock] = []
        if let text = entry.text?.nilIfBlank {
            body.append(block(try canvas.paragraph(plain(text), style: bodyStyle()), spaceBefore: 2.5))
        }
        let indent = 11.0
        let bulletInset = 4.0
        for bullet in entry.bullets where bullet.nilIfBlank != nil {
            var text = PDFRichText()
            text.append("•", color: theme.mutedColor)
            text.appendTab()
            text.append(bullet)
            // Bullets are ragged: justified, a short bullet's second line gapes.
            let paragraph = try canvas.paragraph(
                text, style: bodyStyle(width: width - bulletInset, alignment: .left, hangingIndent: indent))
            body.append(block(paragraph, x: left + bulletInset, spaceBefore: body.isEmpty ? 2.5 : 1.5))
        }
        let shownItems = entry.items.compactMap(\.nilIfBlank)
        if !shownItems.isEmpty {
            var text = PDFRichText()
            if let label = Self.itemLabels[kind] { text.append(label + ": ", italic: true, color: theme.mutedColor) }
            text.append(shownItems.joined(separator: ", "))
            body.append(block(try canvas.paragraph(text, style: bodyStyle(alignment: .left)), spaceBefore: 2.5))
        }
        guard !items.isEmpty else { return body }
        let titleBlock = PDFBlock(
            items: items,
            flow: PDFPageFlow.Block(height: height, spaceBefore: first ? 4 : 9, keepWithNext: !body.isEmpty))
        return [titleBlock] + body
    }

    private static let itemLabels: [ResumeLayout.Section.Kind: String] = [
        .projects: "Technologies", .education: "Courses",
    ]

    /// The footer of a page of a resume longer than one page: "Name · Page 2 of 3", right-aligned.
    func footer(
        name: String, page: Int, of pages: Int, on canvas: borrowing PDFCanvas
    ) throws(PDFRenderError) -> PDFParagraph {
        try canvas.paragraph(
            plain("\(name)  ·  Page \(page) of \(pages)"),
            style: PDFParagraphStyle(
                font: theme.font(size: theme.smallSize - 0.5), width: width, alignment: .right,
                color: theme.mutedColor))
    }

    // MARK: - Helpers

    private func plain(_ string: String) -> PDFRichText {
        var text = PDFRichText()
        text.append(string)
        return text
    }

    private func bodyStyle(
        width: Double? = nil, alignment: PDFParagraphStyle.Alignment? = nil, hangingIndent: Double = 0
    ) -> PDFParagraphStyle {
        PDFParagraphStyle(
            font: theme.font(size: theme.bodySize), width: width ?? self.width,
            alignment: alignment ?? theme.paragraphAlignment, lineSpacing: theme.lineSpacing,
            hangingIndent: hangingIndent, color: theme.textColor)
    }

    private func block(
        _ paragraph: PDFParagraph, x: Double? = nil, spaceBefore: Double = 0, keepWithNext: Bool = false,
        splittable: Bool = true, structure: PDFStructure = .paragraph
    ) -> PDFBlock {
        PDFBlock(
            items: [.text(paragraph, x: x ?? left, y: 0, structure: structure)],
            flow: PDFPageFlow.Block(
                height: paragraph.height, spaceBefore: spaceBefore, keepWithNext: keepWithNext,
                lines: splittable ? paragraph.lines : nil))
    }
}
