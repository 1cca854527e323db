import Foundation

/// The file formats a resume is rendered to.
public enum ResumeOutputFormat: String, Sendable, CaseIterable {
    case pdf, docx, html, markdown, text, json

    /// The format a file name asks for (`cv.pdf` → `.pdf`, `cv.md` → `.markdown`), `nil` when its
    /// extension names none.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .text
        case "json": self = .json
        default: return nil
        }
    }

    /// Whether the output is text that can go to a terminal or pipe (`-o -`).
    public var isText: Bool { self != .pdf && self != .docx }
}

/// Paper sizes, in PostScript points (1/72 inch).
public enum Paper: String, Sendable, CaseIterable {
    case a4, letter

    /// Width and height in points.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (595.276, 841.890)
        case .letter: (612, 792)
        }
    }
}

/// How a resume is rendered.
public struct RenderOptions: Sendable, Equatable {
    /// A built-in theme name (`classic`, `modern`) or a theme folder's path.
    public var theme: String
    /// The page size of paged formats (PDF; DOCX page setup).
    public var paper: Paper

    /// The built-in themes; `classic` is the default, single-column and ATS-safe.
    public static let builtInThemes = ["classic", "modern"]

    /// Whether ``theme`` names a built-in theme or an existing folder (what a theme folder must
    /// be before its templates are read).
    public var themeExists: Bool { Self.builtInThemes.contains(theme) || Theme.isFolder(theme) }

    public init(theme: String = "classic", paper: Paper = .a4) {
        self.theme = theme
        self.paper = paper
    }
}
