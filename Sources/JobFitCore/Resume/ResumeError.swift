public import Foundation

/// Why a resume could not be read.
public enum ResumeError: Error, Equatable, Sendable {
    /// The file is neither valid JSON nor valid YAML.
    case unreadable(String, format: String, message: String)
    /// The top level is not an object.
    case notAnObject(String)
    /// The YAML expands to more nodes than allowed (an alias bomb, or a file far too large).
    case tooLarge(String, limit: Int)
    /// The JSON or YAML nests arrays and objects deeper than allowed.
    case tooDeep(String, limit: Int)
    /// The text or Markdown resume holds no text at all.
    case noText(String)
}

extension ResumeError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let name, let format, let message):
            return "\(name): is not valid \(format) (\(message)); fix the file or export it again."
        case .notAnObject(let name):
            return
                "\(name): a JSON Resume is an object with \"basics\", \"work\", \"skills\"…; this file holds something else."
        case .tooLarge(let name, let limit):
            return
                "\(name): expands to more than \(limit) values (are YAML aliases repeated?); a resume is far smaller, so raise the limit with --max-yaml-values only if the file is a genuine resume."
        case .tooDeep(let name, let limit):
            return
                "\(name): nests lists and objects more than \(limit) deep; a resume is far flatter, so raise the limit with --max-depth only if the file is a genuine resume."
        case .noText(let name):
            return "no text found in \(name); save the resume as text, Markdown or JSON Resume and try again."
        }
    }
}
