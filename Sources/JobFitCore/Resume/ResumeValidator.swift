public import Foundation

/// Checks a resume against the JSON Resume schema and for suspicious content.
///
/// Errors break the schema (`work[2].startDate: "March 2019" is not a date (YYYY-MM-DD,
/// YYYY-MM or YYYY)`); warnings are content a reader would question: dates in the future, an end
/// before its start, empty highlights.
public struct ResumeValidator: Sendable {
    private let schema: SchemaValidator
    /// The date warnings compare with (today by default).
    public var today: ResumeDate

    /// Creates a validator with the embedded JSON Resume schema (`Resources/resume/schema.json`).
    public init(today: Date = Date()) {
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: today)
        self.today = ResumeDate(year: components.year ?? 2000, month: components.month, day: components.day)
        self.schema = Self.standardSchema
    }

    /// The embedded schema, parsed once per process.
    private static let standardSchema: SchemaValidator = {
        do {
            return SchemaValidator(schema: try JSONValue.parse(EmbeddedResources.resumeSchema))
        } catch {
            preconditionFailure("the embedded resume schema is invalid: \(error)")
        }
    }()

    /// Every problem in a JSON Resume document, errors first.
    public func validate(_ document: JSONValue) -> [ValidationIssue] {
        let found = schema.validate(document)
        let errors = found.filter { $0.severity == .error }
        var warnings = found.filter { $0.severity == .warning }
        for section in ["work", "volunteer", "education", "projects"] {
            for (index, entry) in (document[section]?.elements ?? []).enumerated() {
                let path = "\(section)[\(index)]"
                let start = entry.date("startDate")
                let end = entry.date("endDate")
                if let start, start > today {
                    warnings.append(ValidationIssue(.warning, "\(path).startDate", "\(start) is in the future"))
                }
                if let end, end > today, section != "education" {
                    warnings.append(ValidationIssue(.warning, "\(path).endDate", "\(end) is in the future"))
                }
                if let start, let end, end < start {
                    warnings.append(
                        ValidationIssue(.warning, "\(path).endDate", "\(end) is before the start date \(start)"))
                }
                if case .array(let highlights)? = entry["highlights"] {
                    if highlights.isEmpty {
                        warnings.append(
                            ValidationIssue(
                                .warning, "\(path).highlights", "is empty; say what you achieved, or remove it"))
                    }
                    for (position, highlight) in highlights.enumerated()
                    where highlight.text.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) == true {
                        warnings.append(ValidationIssue(.warning, "\(path).highlights[\(position)]", "is empty"))
                    }
                }
            }
        }
        return errors + warnings
    }
}

extension ResumeValidator {
    /// The JSON form of `jobfit validate --format json` (documented in `docs/cli.md`).
    public static func jsonReport(source: String, issues: [ValidationIssue]) throws -> Data {
        try VersionedJSON.encode(
            Report(source: source, valid: !issues.contains { $0.severity == .error }, issues: issues), schemaVersion: 1)
    }

    private struct Report: Encodable {
        var source: String
        var valid: Bool
        var issues: [ValidationIssue]
    }
}
