/// The values a theme's Mustache templates see, built from a layout for one output format.
///
/// Every string is already escaped for the format (HTML entities, Markdown backslashes, nothing
/// for text), so templates never escape and `{{x}}` and `{{{x}}}` write the same safe text. Every
/// key is always present (`""`, `false` or `[]` when empty), so a template never picks up a value
/// from an enclosing object by accident; test with the `has…` flags, because Mustache treats an
/// empty string as true. The fields are documented in `docs/themes.md`.
struct ThemeContext {
    enum Format {
        case html, markdown, text
    }

    /// The width plain text is wrapped at.
    static let textWidth = 80

    let format: Format

    /// The root object for `layout`.
    func root(_ layout: ResumeLayout, options: RenderOptions) -> [String: Any] {
        let name = RenderText.line(layout.name)
        let headline = RenderText.line(layout.headline ?? "")
        let summary = RenderText.paragraphs(layout.summary ?? "")
        let contact = layout.contact.map { (text: RenderText.line($0.text), link: SafeLink.sanitize($0.link)) }
            .filter { !$0.text.isEmpty }
        let keywords = layout.metadata.keywords.map(RenderText.line).filter { !$0.isEmpty }
        let language = RenderText.line(layout.metadata.language)
        return [
            "name": escape(name),
            "nameUpper": escape(name.uppercased()),
            "headline": escape(headline),
            "hasHeadline": !headline.isEmpty,
            "contact": contact.enumerated().map { index, item in
                [
                    "text": escape(item.text),
                    "link": link(item.link),
                    "hasLink": item.link != nil,
                    "isFirst": index == 0,
                    "isLast": index == contact.count - 1,
                ] as [String: Any]
            },
            "hasContact": !contact.isEmpty,
            "contactLine": contactLine(contact.map(\.text)),
            "summary": escape(summary.joined(separator: " ")),
            "summaryParagraphs": summary.map { ["text": escape($0), "wrapped": wrapped($0)] },
            "summaryWrapped": summary.map { wrapped($0) }.joined(separator: "\n\n"),
            "hasSummary": !summary.isEmpty,
            "sections": layout.sections.enumerated().map { index, section in
                self.section(section, isFirst: index == 0, isLast: index == layout.sections.count - 1)
            },
            "hasSections": !layout.sections.isEmpty,
            "title": escape(RenderText.line(layout.metadata.title)),
            "author": escape(RenderText.line(layout.metadata.author)),
            "keywords": escape(keywords.joined(separator: ", ")),
            "hasKeywords": !keywords.isEmpty,
            "language": escape(language.isEmpty ? "en" : language),
            "paper": options.paper.rawValue,
            "pageSize": options.paper == .a4 ? "A4" : "letter",
            "isA4": options.paper == .a4,
            "isLetter": options.paper == .letter,
        ]
    }

    private func section(_ section: ResumeLayout.Section, isFirst: Bool, isLast: Bool) -> [String: Any] {
        let heading = RenderText.line(section.heading)
        var values: [String: Any] = [
            "heading": escape(heading),
            "headingUpper": escape(heading.uppercased()),
            "headingRule": String(repeating: "-", count: heading.count),
            "kind": section.kind.rawValue,
            "isCompact": section.kind.isCompact,
            "entries": section.entries.enumerated().map { index, entry in
                self.entry(
                    entry, kind: section.kind, isFirst: index == 0, isLast: index == section.entries.count - 1)
            },
            "isFirst": isFirst,
            "isLast": isLast,
        ]
        for kind in ResumeLayout.Section.Kind.allCases {
            values["is" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()] = kind == section.kind
        }
        return values
    }

    private func entry(
        _ entry: ResumeLayout.Entry, kind: ResumeLayout.Section.Kind, isFirst: Bool, isLast: Bool
    ) -> [String: Any] {
        let title = RenderText.line(entry.title ?? "")
        let organization = RenderText.line(entry.organization ?? "")
        let heading = entry.displayHeading ?? ""
        let dates = RenderText.line(entry.dates ?? "")
        let location = RenderText.line(entry.location ?? "")
        let target = SafeLink.sanitize(entry.link)
        let linkText = target.map(ResumeLayout.shortened) ?? ""
        let meta = [location, linkText].filter { !$0.isEmpty }.joined(separator: " | ")
        let text = RenderText.paragraphs(entry.text ?? "")
        let bullets = entry.bullets.map(RenderText.line).filter { !$0.isEmpty }
        let items = entry.items.map(RenderText.line).filter { !$0.isEmpty }
        let itemsText = items.joined(separator: ", ")
        let label = items.isEmpty ? "" : kind.itemsLabel ?? ""
        let detail = entry.compactDetail ?? ""
        let compactLine = [title, detail].filter { !$0.isEmpty }.joined(separator: ": ")
        return [
            "title": escape(title),
            "hasTitle": !title.isEmpty,
            "organization": escape(organization),
            "hasOrganization": !organization.isEmpty,
            "heading": escape(heading),
            "hasHeading": !heading.isEmpty,
            "headingLine": headingLine(heading, dates: dates),
            "dates": escape(dates),
            "hasDates": !dates.isEmpty,
            "location": escape(location),
            "hasLocation": !location.isEmpty,
            "link": link(target),
            "linkText": escape(linkText),
            "hasLink": target != nil,
            "meta": escape(meta),
            "hasMeta": !meta.isEmpty,
            "text": escape(text.joined(separator: " ")),
            "textParagraphs": text.map { ["text": escape($0), "wrapped": wrapped($0)] },
            "textWrapped": text.map { wrapped($0) }.joined(separator: "\n\n"),
            "hasText": !text.isEmpty,
            "bullets": bullets.enumerated().map { index, bullet in
                [
                    "text": escape(bullet),
                    "wrapped": wrapped(bullet, first: "  - ", rest: "    "),
                    "isFirst": index == 0,
                    "isLast": index == bullets.count - 1,
                ] as [String: Any]
            },
            "hasBullets": !bullets.isEmpty,
            "items": items.enumerated().map { index, item in
                ["text": escape(item), "isFirst": index == 0, "isLast": index == items.count - 1] as [String: Any]
            },
            "hasItems": !items.isEmpty,
            "itemsText": escape(itemsText),
            "itemsLabel": escape(label),
            "hasItemsLabel": !label.isEmpty,
            "itemsWrapped": wrapped(label.isEmpty ? itemsText : label + ": " + itemsText, rest: "  "),
            "detail": escape(detail),
            "hasDetail": !detail.isEmpty,
            "compactWrapped": wrapped(compactLine, rest: "  "),
            "isFirst": isFirst,
            "isLast": isLast,
        ]
    }

    // MARK: - Format

    private func escape(_ text: String) -> String {
        switch format {
        case .html: RenderText.html(text)
        case .markdown: RenderText.markdown(text)
        case .text: text
        }
    }

    private func link(_ target: String?) -> String {
        guard let target else { return "" }
        switch format {
        case .html: return RenderText.html(target)
        case .markdown: return RenderText.markdownDestination(target)
        case .text: return target
        }
    }

    /// Text wrapped at 80 columns for plain text; escaped and on one line for other formats.
    private func wrapped(_ text: String, first: String = "", rest: String = "") -> String {
        guard format == .text else { return escape(text) }
        return RenderText.wrap(text, width: Self.textWidth, first: first, rest: rest).joined(separator: "\n")
    }

    /// The contact items separated by ` | `; in plain text, lines break only between items.
    private func contactLine(_ items: [String]) -> String {
        guard format == .text else { return escape(items.joined(separator: " | ")) }
        var lines: [String] = []
        var current = ""
        for item in items {
            if current.isEmpty {
                current = item
            } else if current.count + 3 + item.count <= Self.textWidth {
                current += " | " + item
            } else {
                lines.append(current)
                current = item
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// An entry's heading with its dates; in plain text, the dates right-aligned at column 80
    /// (or on the next line when both do not fit).
    private func headingLine(_ heading: String, dates: String) -> String {
        guard format == .text else {
            return escape([heading, dates].filter { !$0.isEmpty }.joined(separator: " | "))
        }
        var lines = heading.isEmpty ? [] : RenderText.wrap(heading, width: Self.textWidth)
        guard !dates.isEmpty else { return lines.joined(separator: "\n") }
        let last = lines.last ?? ""
        let gap = Self.textWidth - last.count - dates.count
        if !lines.isEmpty, gap >= 2 {
            lines[lines.count - 1] = last + String(repeating: " ", count: gap) + dates
        } else {
            lines.append(String(repeating: " ", count: max(0, Self.textWidth - dates.count)) + dates)
        }
        return lines.joined(separator: "\n")
    }
}
