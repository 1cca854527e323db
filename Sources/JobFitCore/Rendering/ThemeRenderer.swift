public import Foundation
import Mustache

/// Renders a ``ResumeLayout`` to HTML, Markdown or plain text through a theme's Mustache templates.
///
/// A theme is a built-in name (`classic`, `modern`; compiled into the binary) or a folder holding
/// `resume.html.mustache`, `resume.md.mustache` and `resume.txt.mustache`, plus partials (any
/// other `NAME.mustache`, used as `{{> NAME}}`). A folder that lacks a format's template uses
/// `classic`'s. The templates see the values described in `docs/themes.md`, already escaped for
/// the format; links are only ever `http(s)`, `mailto` or `tel`.
public enum ThemeRenderer {
    /// The resume as a document of `format`.
    ///
    /// - Parameters:
    ///   - layout: The resume, laid out.
    ///   - format: `.html` (one self-contained page with inline CSS), `.markdown` or `.text`
    ///     (wrapped at 80 columns).
    ///   - options: The theme and the paper size (HTML's print `@page`).
    /// - Returns: The document, ending with a newline.
    /// - Throws: ``RenderError`` when the format is not one of the three, the theme is unknown, or
    ///   a template cannot be read or parsed.
    public static func render(
        _ layout: ResumeLayout, format: ResumeOutputFormat, options: RenderOptions
    ) throws
        -> String
    {
        let contextFormat: ThemeContext.Format
        switch format {
        case .html: contextFormat = .html
        case .markdown: contextFormat = .markdown
        case .text: contextFormat = .text
        case .pdf, .docx, .json: throw RenderError.unsupportedFormat(format, renderer: "ThemeRenderer")
        }
        let theme = try Theme(options.theme)
        let templates = try theme.templates(for: format)
        let context = ThemeContext(format: contextFormat).root(layout, options: options)
        let output = templates.main.render(context, library: templates.library)
        return format == .html ? output.endingWithOneNewline : output.collapsingBlankLines
    }
}

extension String {
    /// The text with trailing white space replaced by one newline.
    fileprivate var endingWithOneNewline: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end]) + "\n"
    }

    /// The text with runs of blank lines made one and no blank lines at either end, so that
    /// Markdown and text templates need not track which optional parts came before.
    fileprivate var collapsingBlankLines: String {
        var lines: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank && (lines.isEmpty || lines.last?.isEmpty == true) { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
