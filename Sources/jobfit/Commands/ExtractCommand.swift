import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit extract`: the skills a posting asks for.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the skills job postings ask for, with level, years and where each was found.",
        discussion: """
            Each skill comes from the taxonomy (jobfit taxonomy search TERM) and gets a level:
            required, preferred or mentioned, from its section and the words around it.
            Ambiguous words (Go, R, Swift, Excel…) count only in a context that supports them;
            the others are listed as unsure.

            Examples:
              jobfit extract posting.html
              jobfit extract posting.txt --format json
              jobfit extract *.txt --format markdown -o skills.md
              jobfit extract posting.md --taxonomy my-skills.json
            """
    )

    @Argument(help: ArgumentHelp("Job postings: files, or - for standard input.", valueName: "job"))
    var jobs: [String]

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: ExtractFormat = .text

    @OptionGroup var input: InputOptions
    @OptionGroup var taxonomyOptions: TaxonomyOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let extractor = SkillExtractor(matcher: try taxonomyOptions.matcher())
            var extractions: [Extraction] = []
            for job in jobs {
                let posting = try JobPostingParser(limits: input.limits).parse(
                    InputFile.read(job, maximumBytes: input.maxBytes), source: job)
                extractions.append(extractor.extract(posting))
            }
            let text: String
            switch format {
            case .text: text = extractions.map { $0.textReport() }.joined(separator: "\n")
            case .markdown: text = extractions.map { $0.markdownReport() }.joined(separator: "\n")
            case .json:
                let data = try extractions.count == 1 ? extractions[0].jsonData() : Extraction.jsonData(extractions)
                text = String(decoding: data, as: UTF8.self)
            }
            try output.write(Array(text.utf8), inputs: jobs)
        }
    }
}

/// Output formats of `jobfit extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
}
