public import Foundation
import ZIPFoundation

/// Writes a ``ResumeLayout`` as a Word document (DOCX, WordprocessingML), in memory.
///
/// The document is what ATS parsers and Word expect of a resume: one column, no layout tables and
/// no text boxes; the name in the `Title` style, sections in `Heading 1` and entries in `Heading 2`
/// (both with outline levels); highlights as a real bullet list (`word/numbering.xml`); the
/// contact details and entry links as hyperlink relationships (only `http(s)`, `mailto` and `tel`);
/// an entry's dates after a right-aligned tab stop, so they read after the title; and core
/// properties (title, author, keywords, language). The page size and margins follow
/// ``RenderOptions/paper``; the built-in `modern` theme colours the headings, every other theme
/// gets the `classic` look.
///
/// The archive's entries carry a fixed date, so the same layout and options give the same bytes.
public enum DOCXResumeWriter {
    /// The `.docx` file for `layout`.
    ///
    /// - Parameters:
    ///   - layout: The resume, laid out.
    ///   - options: The theme (`modern` colours the headings) and the paper size.
    /// - Returns: The bytes of the `.docx` file.
    /// - Throws: ``RenderError/themeNotFound(_:)`` for a theme that is neither built in nor a
    ///   folder, ``RenderError/archiveFailed(_:)`` when the ZIP archive cannot be written.
    public static func render(_ layout: ResumeLayout, options: RenderOptions) throws -> Data {
        let style = try DOCXStyle(theme: options.theme)
        let page = DOCXPage(paper: options.paper)
        var body = DOCXDocumentBuilder(page: page)
        body.add(layout)
        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypes),
            ("_rels/.rels", DOCXParts.packageRelationships),
            ("docProps/core.xml", DOCXParts.coreProperties(layout.metadata)),
            ("docProps/app.xml", DOCXParts.appProperties),
            ("word/document.xml", body.documentXML()),
            ("word/styles.xml", DOCXParts.styles(style, language: layout.metadata.language, page: page)),
            ("word/numbering.xml", DOCXParts.numbering),
            ("word/settings.xml", DOCXParts.settings),
            ("word/_rels/document.xml.rels", body.relationshipsXML()),
        ]
        return try zip(parts)
    }

    /// 1980-01-01 00:00 UTC, the earliest date a ZIP entry can carry: every entry gets it.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    private static func zip(_ parts: [(path: String, xml: String)]) throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw RenderError.archiveFailed("the in-memory archive is empty") }
            return data
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError.archiveFailed(String(describing: error))
        }
    }
}

/// Page size and margins in twentieths of a point (twips).
struct DOCXPage {
    var width: Int
    var height: Int
    var margin: Int

    init(paper: Paper) {
        let size = paper.size
        width = Int((size.width * 20).rounded())
        height = Int((size.height * 20).rounded())
        // 0.75 in on Letter, 2 cm on A4: the usual resume margins.
        margin = paper == .letter ? 1080 : 1134
    }

    /// The width between the margins, where the right tab stop for dates sits.
    var textWidth: Int { width - 2 * margin }
}

/// The look of a built-in theme in Word: heading colour and rule.
struct DOCXStyle {
    /// The colour of the name and the section headings (hex RGB).
    var accent: String
    /// The colour of the rule under section headings.
    var rule: String
    /// Whether section headings show in capitals (display only; the text keeps its case).
    var capitalHeadings: Bool

    init(theme: String) throws {
        switch theme {
        case "modern":
            self.init(accent: "1F5F8B", rule: "1F5F8B", capitalHeadings: false)
        case "classic":
            self.init(accent: "000000", rule: "808080", capitalHeadings: true)
        default:
            guard Theme.isFolder(theme) else { throw RenderError.themeNotFound(theme) }
            // A theme folder styles HTML, Markdown and text; Word gets the classic look.
            self.init(accent: "000000", rule: "808080", capitalHeadings: true)
        }
    }

    init(accent: String, rule: String, capitalHeadings: Bool) {
        self.accent = accent
        self.rule = rule
        self.capitalHeadings = capitalHeadings
    }
}
