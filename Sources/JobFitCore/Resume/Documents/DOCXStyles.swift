import Foundation

/// What the paragraph styles of a DOCX (`word/styles.xml`) say about headings and lists.
struct DOCXStyles {
    /// What one paragraph style makes of its paragraphs.
    struct Style: Equatable {
        var name: String?
        /// `w:outlineLvl` (0 is the top level; 9 is body text).
        var outlineLevel: Int?
        var basedOn: String?
    }

    private(set) var styles: [String: Style] = [:]

    /// No style definitions: headings are recognised from style ids alone.
    init() {}

    /// Reads the paragraph styles of `word/styles.xml`.
    init(xml: [UInt8]) throws(XMLEvents.Failure) {
        let events = try XMLEvents.parse(
            xml,
            attributes: ["style": ["type", "styleId"], "name": ["val"], "basedOn": ["val"], "outlineLvl": ["val"]],
            skipping: ["rPr", "tblPr", "tcPr", "trPr", "rPrDefault", "latentStyles"])
        var current: (id: String, style: Style)?
        for event in events {
            switch event {
            case .start("style", let attributes):
                if attributes["type"] == "paragraph", let id = attributes["styleId"] {
                    current = (id, Style())
                }
            case .start("name", let attributes):
                current?.style.name = attributes["val"]
            case .start("basedOn", let attributes):
                current?.style.basedOn = attributes["val"]
            case .start("outlineLvl", let attributes):
                current?.style.outlineLevel = attributes["val"].flatMap { Int($0) }
            case .end("style"):
                if let (id, style) = current { styles[id] = style }
                current = nil
            default:
                break
            }
        }
    }

    /// The heading level (1…6) of paragraphs in style `id`, or nil when they are not headings.
    ///
    /// An outline level (the style's or an ancestor's) wins; then the style's name ("heading 2",
    /// "Title"); then the id itself, including localized ids such as `berschrift1` (Überschrift 1).
    func headingLevel(_ id: String) -> Int? {
        var seen: Set<String> = []
        var cursor: String? = id
        while let currentID = cursor, seen.insert(currentID).inserted, let style = styles[currentID] {
            if let level = style.outlineLevel {
                return (0...5).contains(level) ? level + 1 : nil
            }
            cursor = style.basedOn
        }
        if let name = styles[id]?.name, let level = Self.headingLevel(named: name) { return level }
        return Self.headingLevel(named: id)
    }

    /// True when the style's name (or id) says it is for list items ("List Bullet", "List Paragraph").
    func isList(_ id: String) -> Bool {
        let name = styles[id]?.name ?? id
        return name.range(of: "list", options: .caseInsensitive) != nil
    }

    /// Words that, followed by a digit 1–6, name a heading style in Word's localized ids and names.
    private static let headingWords = [
        "heading", "berschrift", "überschrift", "titre", "titolo", "título", "ttulo", "kop", "rubrik", "otsikko",
        "overskrift", "nagłówek", "nagwek", "заголовок", "見出し",
    ]

    /// The level named by a style name or id such as "heading 2", "Heading2", "Titre1" or "Title".
    static func headingLevel(named name: String) -> Int? {
        let lowered = name.lowercased()
        if lowered == "title" || lowered == "titel" || lowered == "titre" { return 1 }
        guard let last = lowered.last, let digit = last.wholeNumberValue, (1...6).contains(digit) else {
            return nil
        }
        let stem = lowered.dropLast().trimmingCharacters(in: .whitespaces)
        return headingWords.contains(stem) ? digit : nil
    }
}
