import Foundation

/// The look of a PDF resume: fonts, sizes, colours and alignment.
///
/// `classic` is black and grey serif text, centred header, justified paragraphs: the safe choice for
/// applicant tracking systems. `modern` is sans-serif with an accent colour, a left-aligned header
/// and ragged paragraphs. Any other name (a user's theme folder, which styles the HTML output)
/// falls back to `classic`.
struct PDFTheme: Sendable, Equatable {
    /// Font families, in order of preference (Pango falls back along the list).
    var families: String
    var bodySize: Double
    var smallSize: Double
    var nameSize: Double
    var headlineSize: Double
    var headingSize: Double
    /// Line height as a multiple of the font's.
    var lineSpacing: Double
    var textColor: Int
    var mutedColor: Int
    /// The name's colour.
    var nameColor: Int
    /// Section headings and their rules.
    var headingColor: Int
    var ruleColor: Int
    /// Contact links and entry links.
    var linkColor: Int
    var headerAlignment: PDFParagraphStyle.Alignment
    var paragraphAlignment: PDFParagraphStyle.Alignment
    /// Between contact items.
    var contactSeparator: String
    /// Between an entry's dates, place and link.
    var detailSeparator: String
    /// Dates, place and link in italics.
    var italicDetails: Bool
    /// A rule under the header (name, headline, contact line).
    var ruleUnderHeader: Bool

    /// The theme for a name; unknown names get `classic`.
    static func named(_ name: String) -> PDFTheme {
        name.lowercased() == "modern" ? .modern : .classic
    }

    static let classic = PDFTheme(
        families: "Liberation Serif, DejaVu Serif, serif", bodySize: 10.5, smallSize: 9.5, nameSize: 22,
        headlineSize: 12, headingSize: 11.5, lineSpacing: 1.12, textColor: 0x111111, mutedColor: 0x4A4A4A,
        nameColor: 0x111111, headingColor: 0x111111, ruleColor: 0x8C8C8C, linkColor: 0x111111,
        headerAlignment: .center, paragraphAlignment: .justify, contactSeparator: "  |  ", detailSeparator: "  |  ",
        italicDetails: true, ruleUnderHeader: true)

    static let modern = PDFTheme(
        families: "Liberation Sans, DejaVu Sans, sans-serif", bodySize: 9.6, smallSize: 8.8, nameSize: 24,
        headlineSize: 12, headingSize: 11, lineSpacing: 1.18, textColor: 0x222222, mutedColor: 0x5C5C5C,
        nameColor: 0x1D5A8C, headingColor: 0x1D5A8C, ruleColor: 0x1D5A8C, linkColor: 0x1D5A8C,
        headerAlignment: .left, paragraphAlignment: .left, contactSeparator: "  ·  ", detailSeparator: "  ·  ",
        italicDetails: false, ruleUnderHeader: false)

    /// A Pango font description for these families.
    func font(size: Double, bold: Bool = false, italic: Bool = false) -> String {
        families + (bold ? " Bold" : "") + (italic ? " Italic" : "") + " " + String(format: "%.2f", size)
    }
}
