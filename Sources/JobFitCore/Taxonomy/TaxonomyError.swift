public import Foundation

/// Why a taxonomy file could not be used.
public enum TaxonomyError: Error, Equatable, Sendable {
    /// The file is not valid JSON.
    case invalidJSON(file: String, message: String)
    /// A value is missing or has the wrong type; `path` is a JSON path such as `skills[3].kind`.
    case invalidValue(file: String, path: String, expected: String)
    /// A skill refers to an id no file defines.
    case unknownSkill(file: String, path: String, id: String)
}

extension TaxonomyError: LocalizedError {
    /// The one-line message shown to people.
    public var errorDescription: String? {
        switch self {
        case .invalidJSON(let file, let message):
            return "\(file): is not valid JSON (\(message)); see docs/taxonomy.md for the format."
        case .invalidValue(let file, let path, let expected):
            return "\(file): \(path): expected \(expected); see docs/taxonomy.md for the format."
        case .unknownSkill(let file, let path, let id):
            return "\(file): \(path): no skill has the id \"\(id)\"; define it or fix the reference."
        }
    }
}
