import ArgumentParser
import JobFitCore

/// The `jobfit` command: see how well a resume fits a job, and build a resume tailored to it.
@main
struct JobFitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobfit",
        abstract: "See how well a resume fits a job posting, and why.",
        discussion: """
            Job postings are read from plain text, Markdown or HTML (with schema.org JobPosting
            JSON-LD where a page has it). Pass - to read from standard input.

            Examples:
              jobfit parse Resources/examples/backend-engineer.html
              jobfit parse posting.txt --format json > posting.json
              curl -s https://example.com/job | jobfit parse -

            Exit codes: 0 success, 1 other failure, 64 bad arguments, 65 bad input data,
            66 input missing or unreadable, 73 output cannot be written (docs/cli.md).
            """,
        version: JobFitVersion.current,
        subcommands: [
            ParseCommand.self, ExtractCommand.self, ValidateCommand.self, MatchCommand.self, TailorCommand.self,
            RenderCommand.self, GapsCommand.self, BatchCommand.self,
            EvalCommand.self,
            TaxonomyCommand.self,
            BenchCommand.self,
        ]
    )
}
