/// The formats a resume can be read from.
public enum ResumeFormat: String, Sendable, Equatable, CaseIterable {
    case json, yaml, text, markdown, docx, pdf

    /// The format a file name's extension names (`.json`, `.yaml`/`.yml`, `.txt`,
    /// `.md`/`.markdown`, `.docx`, `.pdf`), or `nil` for `-` and other extensions.
    public init?(pathExtensionOf source: String) {
        let name = source.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "yaml", "yml": self = .yaml
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        case "pdf": self = .pdf
        default: return nil
        }
    }
}
