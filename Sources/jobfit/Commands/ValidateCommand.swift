import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit validate`: every problem in a JSON Resume, with its place.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Check a JSON Resume (JSON or YAML; text, Markdown, DOCX and PDF are read into one) against the schema.",
        discussion: """
            Reports every problem at once, each with its JSON path and what was expected:
              work[2].startDate: "March 2019" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
            Errors break the JSON Resume schema (exit 65); warnings (dates in the future, an end
            before its start, empty highlights) are shown but do not fail the command.

            Examples:
              jobfit validate resume.json
              jobfit validate resume.yaml --format json
            """
    )

    @Argument(help: ArgumentHelp("The resume: a JSON or YAML file, or - for standard input.", valueName: "resume"))
    var resume: String

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions

    func run() throws {
        try reportingErrors {
            let loaded = try input.resume(at: resume, resumeLimits)
            let issues = ResumeValidator().validate(loaded.document)
            let errors = issues.filter { $0.severity == .error }
            switch format {
            case .text:
                for issue in issues { print("\(resume): \(issue.severity.rawValue): \(issue)") }
                let warnings = issues.count - errors.count
                print("\(resume): \(errors.count) errors, \(warnings) warnings")
            case .json:
                FileHandle.standardOutput.write(try ResumeValidator.jsonReport(source: resume, issues: issues))
            }
            if !errors.isEmpty { throw ExitCode(ExitStatus.dataError) }
        }
    }
}
