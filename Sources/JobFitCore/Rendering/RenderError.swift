public import Foundation

/// Why a resume could not be rendered.
public enum RenderError: Error, Equatable, Sendable {
    /// The theme is neither a built-in name nor an existing folder.
    case themeNotFound(String)
    /// A theme file could not be read (path, reason).
    case unreadableThemeFile(String, reason: String)
    /// A theme template is not valid Mustache (path, the parser's message).
    case invalidTemplate(String, message: String)
    /// The format is not rendered by this renderer.
    case unsupportedFormat(ResumeOutputFormat, renderer: String)
    /// The DOCX archive could not be written (the reason).
    case archiveFailed(String)
}

extension RenderError: LocalizedError {
    /// The one-line message shown to people: what failed, and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .themeNotFound(let theme):
            "Theme '\(theme)' is neither a built-in theme (\(RenderOptions.builtInThemes.joined(separator: ", "))) nor a folder; pass one of those names, or the path of a folder holding the theme's templates (docs/themes.md)."
        case .unreadableThemeFile(let path, let reason):
            "Could not read the theme file \(path): \(reason); check that it exists, is readable and is UTF-8 text."
        case .invalidTemplate(let path, let message):
            "The theme template \(path) is not valid Mustache: \(message); fix the template there (docs/themes.md lists the values it can use)."
        case .unsupportedFormat(let format, let renderer):
            "\(renderer) does not render \(format.rawValue); it renders HTML, Markdown and text, so render \(format.rawValue) through ResumeExport.render(_:format:options:), which picks the renderer."
        case .archiveFailed(let reason):
            "Could not write the DOCX archive: \(reason); this is a bug in JobFit, please report it (other formats still work)."
        }
    }
}
