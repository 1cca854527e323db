/// Something worth telling the user about an input that was still read.
public struct Diagnostic: Equatable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Codable, Sendable, Equatable {
        case note
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// One sentence saying what happened.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }
}
