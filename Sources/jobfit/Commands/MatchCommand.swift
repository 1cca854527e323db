import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit match`: how well one resume fits one posting, why, and what is missing.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Score a resume against a job posting and report matches, gaps and what to do first.",
        discussion: """
            The resume is a JSON Resume (JSON or YAML), or plain text, Markdown, DOCX or PDF.
            The posting is text, Markdown or HTML. Every requirement is matched (exact, alias or
            implied), partly matched (fewer years than asked), related (a sibling skill) or
            missing; the score (0-100) and every number in the report are explained in
            docs/scoring.md. The same inputs and --as-of give the same bytes.

            Examples:
              jobfit match resume.json posting.html
              jobfit match resume.yaml posting.txt --format html -o report.html
              jobfit match cv.pdf posting.md --format json --as-of 2026-01
              jobfit match resume.json posting.html --fail-under 60 || echo "weak fit"

            Exit codes: 0 done; 2 the score is under --fail-under; 64, 65, 66, 73 as for every
            command (docs/cli.md).
            """
    )

    @Argument(help: ArgumentHelp("The resume file, or - for standard input.", valueName: "resume"))
    var resume: String

    @Argument(help: ArgumentHelp("The job posting file, or - for standard input.", valueName: "job"))
    var job: String

    @Option(name: .shortAndLong, help: "Output format: text, json, markdown or html.")
    var format: MatchFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Exit with status 2 when the score is below this (0-100).", valueName: "score"))
    var failUnder: Int?

    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions
    @OptionGroup var taxonomyOptions: TaxonomyOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if resume == "-" && job == "-" {
            throw ValidationError("Only one of the resume and the job can be read from -.")
        }
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100.")
        }
    }

    func run() throws {
        var report: MatchReport?
        try reportingErrors {
            let matcher = ResumeMatcher(extractor: SkillExtractor(matcher: try taxonomyOptions.matcher()))
            let loaded = try input.resume(at: resume, resumeLimits)
            let posting = try input.posting(at: job, resumeLimits)
            let result = matcher.match(loaded, against: posting, asOf: asOf.date)
            let text: String
            switch format {
            case .text: text = result.textReport(colour: output.output == "-" && Terminal.wantsColour)
            case .json: text = String(decoding: try result.jsonData(), as: UTF8.self)
            case .markdown: text = result.markdownReport()
            case .html: text = result.htmlReport()
            }
            try output.write(Array(text.utf8), inputs: [resume, job])
            report = result
        }
        if let failUnder, let report, report.score < failUnder {
            printToStandardError("jobfit: score \(report.score) is under --fail-under \(failUnder)")
            throw ExitCode(2)
        }
    }
}

/// Output formats of `jobfit match`.
enum MatchFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
    case html
}

/// What the terminal on standard output can show.
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    static var wantsColour: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
