/// The formats a job posting can arrive in.
public enum DocumentFormat: String, Codable, Sendable, CaseIterable, Equatable {
    case text
    case markdown
    case html
}
