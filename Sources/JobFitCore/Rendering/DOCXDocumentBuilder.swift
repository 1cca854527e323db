/// Builds `word/document.xml` and its hyperlink relationships from a layout.
struct DOCXDocumentBuilder {
    private let page: DOCXPage
    private var body = ""
    /// Hyperlink targets in order of first use; relationship `rId(firstLinkID + index)`.
    private var links: [String] = []
    private var linkIndex: [String: Int] = [:]
    private static let firstLinkID = 10

    init(page: DOCXPage) {
        self.page = page
        body.reserveCapacity(32_768)
    }

    mutating func add(_ layout: ResumeLayout) {
        paragraph(style: "Title", runs: [.text(RenderText.line(layout.name))])
        if let headline = layout.headline.map(RenderText.line), !headline.isEmpty {
            paragraph(style: "Subtitle", runs: [.text(headline)])
        }
        let contact = layout.contact.filter { !RenderText.line($0.text).isEmpty }
        if !contact.isEmpty {
            var runs: [Run] = []
            for (index, item) in contact.enumerated() {
                if index > 0 { runs.append(.text("  |  ")) }
                runs.append(.link(RenderText.line(item.text), SafeLink.sanitize(item.link)))
            }
            paragraph(style: "Contact", runs: runs)
        }
        if let summary = layout.summary {
            let paragraphs = RenderText.paragraphs(summary)
            if !paragraphs.isEmpty {
                paragraph(style: "Heading1", runs: [.text("Summary")])
                for text in paragraphs { paragraph(style: nil, runs: [.text(text)]) }
            }
        }
        for section in layout.sections {
            paragraph(style: "Heading1", runs: [.text(RenderText.line(section.heading))])
            for entry in section.entries {
                if section.kind.isCompact {
                    compact(entry)
                } else {
                    full(entry, kind: section.kind)
                }
            }
        }
    }

    /// A skill group, language or interest: "**Title:** detail" on one line.
    private mutating func compact(_ entry: ResumeLayout.Entry) {
        let title = entry.title.map(RenderText.line) ?? ""
        let detail = entry.compactDetail
        var runs: [Run] = []
        if !title.isEmpty { runs.append(.bold(detail == nil ? title : title + ": ")) }
        if let detail { runs.append(.text(detail)) }
        if let link = SafeLink.sanitize(entry.link) {
            runs.append(.text(" "))
            runs.append(.link(ResumeLayout.shortened(link), link))
        }
        if !runs.isEmpty { paragraph(style: "Compact", runs: runs) }
    }

    /// A role, degree, project, certificate…: the heading line with the dates at a right tab
    /// stop, a line with the place and link, the text, the bullets and the items.
    private mutating func full(_ entry: ResumeLayout.Entry, kind: ResumeLayout.Section.Kind) {
        let dates = entry.dates.map(RenderText.line).flatMap { $0.isEmpty ? nil : $0 }
        var heading: [Run] = []
        let title = entry.title.map(RenderText.line) ?? ""
        let organization = entry.organization.map(RenderText.line) ?? ""
        // When title, organization and dates would not fit on one line, the organization moves to
        // the line below, so that the dates never wrap (about 115 twips per character).
        let fits = title.count + organization.count + (dates?.count ?? 0) + 6 <= page.textWidth / 115
        let organizationInHeading = fits || title.isEmpty
        if !title.isEmpty { heading.append(.text(title)) }
        if !organization.isEmpty, organizationInHeading {
            heading.append(.plain(title.isEmpty ? organization : ", " + organization))
        }
        if let dates {
            heading.append(.tab)
            heading.append(.plain(dates))
        }
        if !heading.isEmpty { paragraph(style: "Heading2", runs: heading, rightTab: dates != nil) }

        var meta: [Run] = []
        if !organization.isEmpty, !organizationInHeading { meta.append(.text(organization)) }
        if let location = entry.location.map(RenderText.line), !location.isEmpty {
            if !meta.isEmpty { meta.append(.text("  |  ")) }
            meta.append(.text(location))
        }
        if let link = SafeLink.sanitize(entry.link) {
            if !meta.isEmpty { meta.append(.text("  |  ")) }
            meta.append(.link(ResumeLayout.shortened(link), link))
        }
        if !meta.isEmpty { paragraph(style: "EntryMeta", runs: meta) }

        for text in entry.text.map(RenderText.paragraphs) ?? [] { paragraph(style: nil, runs: [.text(text)]) }
        for bullet in entry.bullets.map(RenderText.line) where !bullet.isEmpty {
            paragraph(style: "ListBullet", runs: [.text(bullet)], bullet: true)
        }
        let items = entry.items.map(RenderText.line).filter { !$0.isEmpty }
        if !items.isEmpty {
            var runs: [Run] = []
            if let label = kind.itemsLabel { runs.append(.bold(label + ": ")) }
            runs.append(.text(items.joined(separator: ", ")))
            paragraph(style: nil, runs: runs)
        }
    }

    // MARK: - XML

    private enum Run {
        /// Text in the paragraph style's character format.
        case text(String)
        /// Text that is never bold (after the bold title of a heading).
        case plain(String)
        case bold(String)
        case tab
        /// Shown text and a sanitized target; a `nil` target writes plain text.
        case link(String, String?)
    }

    private mutating func paragraph(style: String?, runs: [Run], rightTab: Bool = false, bullet: Bool = false) {
        body += "<w:p>"
        if style != nil || rightTab || bullet {
            body += "<w:pPr>"
            if let style { body += "<w:pStyle w:val=\"\(style)\"/>" }
            if bullet { body += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
            if rightTab { body += "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(page.textWidth)\"/></w:tabs>" }
            body += "</w:pPr>"
        }
        for run in runs {
            switch run {
            case .text(let text):
                textRun(text, properties: nil)
            case .plain(let text):
                textRun(text, properties: "<w:b w:val=\"0\"/>")
            case .bold(let text):
                textRun(text, properties: "<w:b/>")
            case .tab:
                body += "<w:r><w:tab/></w:r>"
            case .link(let text, let target):
                guard let target else {
                    textRun(text, properties: nil)
                    continue
                }
                body += "<w:hyperlink r:id=\"rId\(relationship(for: target))\" w:history=\"1\">"
                textRun(text, properties: "<w:rStyle w:val=\"Hyperlink\"/>")
                body += "</w:hyperlink>"
            }
        }
        body += "</w:p>"
    }

    /// A run of text; callers pass text already made one line, with any spaces they mean.
    private mutating func textRun(_ text: String, properties: String?) {
        guard !text.isEmpty else { return }
        let preserved = text.first == " " || text.last == " " || text.contains("  ")
        body += "<w:r>"
        if let properties { body += "<w:rPr>\(properties)</w:rPr>" }
        body += preserved ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        body += RenderText.xml(text)
        body += "</w:t></w:r>"
    }

    private mutating func relationship(for target: String) -> Int {
        if let index = linkIndex[target] { return Self.firstLinkID + index }
        links.append(target)
        linkIndex[target] = links.count - 1
        return Self.firstLinkID + links.count - 1
    }

    /// `word/document.xml`.
    func documentXML() -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(DOCXParts.wordNamespace)" xmlns:r="\(DOCXParts.relationshipsNamespace)">\
        <w:body>\(body)<w:sectPr><w:pgSz w:w="\(page.width)" w:h="\(page.height)"/>\
        <w:pgMar w:top="\(page.margin)" w:right="\(page.margin)" w:bottom="\(page.margin)" w:left="\(page.margin)" \
        w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>
        """
    }

    /// `word/_rels/document.xml.rels`: styles, numbering, settings, then one relationship per link.
    func relationshipsXML() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(DOCXParts.officeRelationship)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(DOCXParts.officeRelationship)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="\(DOCXParts.officeRelationship)/settings" Target="settings.xml"/>
            """
        for (index, target) in links.enumerated() {
            xml +=
                "<Relationship Id=\"rId\(Self.firstLinkID + index)\" Type=\"\(DOCXParts.officeRelationship)/hyperlink\" "
            xml += "Target=\"\(RenderText.xml(target))\" TargetMode=\"External\"/>"
        }
        return xml + "</Relationships>"
    }
}
