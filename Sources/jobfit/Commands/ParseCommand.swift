import ArgumentParser
import JobFitCore

/// `jobfit parse`: show how JobFit reads a job posting.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how a job posting is read: title, company, facts, and sections with their kinds.",
        discussion: """
            Every later stage (extraction, matching) sees the posting as this command shows it,
            so use it to check why a requirement was or was not picked up.

            Sections have a kind: about, overview, responsibilities, requirements, preferred,
            benefits, howToApply, legal or other. Kinds come from the headings (see
            Resources/ingestion/sections.json) and, where a heading names none, from cue phrases.

            Examples:
              jobfit parse posting.html
              jobfit parse posting.md --format json -o posting.json
              pbpaste | jobfit parse - --as text
            """
    )

    @Argument(help: ArgumentHelp("The job posting: a file path, or - for standard input.", valueName: "job"))
    var job: String

    @Option(name: .shortAndLong, help: "Output format: text (for people) or json (for programs).")
    var format: ReportFormat = .text

    @Option(name: .customLong("as"), help: "Read the input as text, markdown or html instead of detecting it.")
    var inputFormat: InputFormat?

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let bytes = try InputFile.read(job, maximumBytes: input.maxBytes)
            let posting = try JobPostingParser(limits: input.limits).parse(
                bytes, source: job, format: inputFormat?.documentFormat)
            for diagnostic in posting.diagnostics where format == .json || output.output != "-" {
                printToStandardError("jobfit: \(job): \(diagnostic.severity.rawValue): \(diagnostic.message)")
            }
            let data: [UInt8] =
                switch format {
                case .text: Array(posting.textReport().utf8)
                case .json: Array(try posting.jsonData())
                }
            try output.write(data, inputs: [job])
        }
    }
}

/// Output formats of `jobfit parse`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Input formats that `--as` accepts.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case html

    var documentFormat: DocumentFormat { DocumentFormat(rawValue: rawValue) ?? .text }
}
