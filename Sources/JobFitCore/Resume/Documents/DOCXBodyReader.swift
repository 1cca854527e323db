/// Turns the events of `word/document.xml` into Markdown-like lines, in reading order.
///
/// Headings become `#` lines, list paragraphs `- ` lines (two spaces of indent per level),
/// table rows their cells joined by ` | `, and every other paragraph one line. Consecutive list
/// items and the rows of one table form one block; blocks are separated by a blank line.
struct DOCXBodyReader {
    /// The elements `XMLEvents` must copy attributes from.
    static let attributes: [String: [String]] = [
        "pStyle": ["val"], "ilvl": ["val"], "numId": ["val"], "outlineLvl": ["val"],
    ]
    /// Subtrees that hold no reading-order text: deleted and moved-away runs, field instructions,
    /// the fallback copy of alternate content (the same text box again), and property blocks.
    static let skipped: Set<String> = [
        "del", "delText", "moveFrom", "instrText", "delInstrText", "Fallback", "rPr", "sectPr", "tblPr", "tblGrid",
        "trPr", "tcPr", "footnoteReference", "endnoteReference", "commentReference", "sdtPr", "sdtEndPr",
    ]

    private let styles: DOCXStyles
    private var blocks: [Block] = []
    /// Open paragraphs; more than one when a text box sits inside a paragraph.
    private var paragraphs: [Paragraph] = []
    /// Open table rows (nested tables nest them); each holds its finished cells' texts.
    private var rows: [[String]] = []
    /// Open table cells; each holds the texts of its finished paragraphs.
    private var cells: [[String]] = []
    private var elements: [String] = []

    private struct Paragraph {
        var text = ""
        var style: String?
        var numbered = false
        var numberingID: String?
        var level = 0
        var outlineLevel: Int?
        var inProperties = false
    }

    private enum Block {
        case line(String)
        case listItem(String)
        case tableRow(String)
    }

    init(styles: DOCXStyles) {
        self.styles = styles
    }

    /// The Markdown-like text of the events of `word/document.xml`.
    static func markdown(_ events: [XMLEvent], styles: DOCXStyles) -> String {
        var reader = DOCXBodyReader(styles: styles)
        for event in events { reader.consume(event) }
        return reader.render()
    }

    private mutating func consume(_ event: XMLEvent) {
        switch event {
        case .start(let name, let attributes):
            start(name, attributes)
            elements.append(name)
        case .end(let name):
            elements.removeLast()
            end(name)
        case .text(let text):
            if elements.last == "t", !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].text += text
            }
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "p":
            paragraphs.append(Paragraph())
        case "tr":
            rows.append([])
        case "tc":
            cells.append([])
        default:
            guard !paragraphs.isEmpty else { return }
            let index = paragraphs.count - 1
            switch name {
            case "pPr":
                paragraphs[index].inProperties = true
            case "pStyle" where paragraphs[index].inProperties:
                paragraphs[index].style = attributes["val"]
            case "numPr" where paragraphs[index].inProperties:
                paragraphs[index].numbered = true
            case "ilvl" where paragraphs[index].inProperties:
                paragraphs[index].level = attributes["val"].flatMap { Int($0) } ?? 0
            case "numId" where paragraphs[index].inProperties:
                paragraphs[index].numberingID = attributes["val"]
            case "outlineLvl" where paragraphs[index].inProperties:
                paragraphs[index].outlineLevel = attributes["val"].flatMap { Int($0) }
            case "tab" where elements.last == "r":
                paragraphs[index].text += " "
            case "br" where elements.last == "r", "cr" where elements.last == "r":
                paragraphs[index].text += "\n"
            case "noBreakHyphen":
                paragraphs[index].text += "-"
            default:
                break
            }
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "pPr":
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].inProperties = false }
        case "p":
            guard let paragraph = paragraphs.popLast() else { return }
            finish(paragraph)
        case "tc":
            guard let cell = cells.popLast() else { return }
            if !rows.isEmpty { rows[rows.count - 1].append(cell.joined(separator: " ")) }
        case "tr":
            guard let row = rows.popLast() else { return }
            let text = row.joined(separator: " | ")
            guard row.contains(where: { !$0.isEmpty }) else { return }
            if cells.isEmpty {
                blocks.append(.tableRow(text))
            } else {
                // A table inside a table cell: its rows become part of the outer cell's text.
                cells[cells.count - 1].append(text)
            }
        default:
            break
        }
    }

    private mutating func finish(_ paragraph: Paragraph) {
        let lines = paragraph.text.split(separator: "\n").map {
            TextNormalizer.collapseWhitespace(TextNormalizer.normalize(String($0)))
        }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        if !cells.isEmpty {
            // Paragraphs inside a table cell are the cell's text.
            cells[cells.count - 1].append(lines.joined(separator: " "))
            return
        }
        let text = lines.joined(separator: "\n")
        if let level = headingLevel(paragraph) {
            blocks.append(.line(String(repeating: "#", count: level) + " " + lines.joined(separator: " ")))
        } else if isListItem(paragraph) {
            let indent = String(repeating: "  ", count: min(max(paragraph.level, 0), 8))
            blocks.append(.listItem(indent + "- " + lines.joined(separator: " ")))
        } else {
            blocks.append(.line(text))
        }
    }

    private func headingLevel(_ paragraph: Paragraph) -> Int? {
        if let level = paragraph.outlineLevel {
            return (0...5).contains(level) ? level + 1 : nil
        }
        return paragraph.style.flatMap { styles.headingLevel($0) }
    }

    private func isListItem(_ paragraph: Paragraph) -> Bool {
        if paragraph.numbered, paragraph.numberingID != "0" { return true }
        return paragraph.style.map { styles.isList($0) } ?? false
    }

    /// The blocks as text: a blank line between blocks, none inside a list or a table.
    private func render() -> String {
        var output = ""
        var previous: Block?
        for block in blocks {
            switch (previous, block) {
            case (nil, _):
                break
            case (.listItem, .listItem), (.tableRow, .tableRow):
                output += "\n"
            default:
                output += "\n\n"
            }
            switch block {
            case .line(let text), .listItem(let text), .tableRow(let text):
                output += text
            }
            previous = block
        }
        return output
    }
}
