import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit gaps`: market demand across many postings, for one resume or a cohort of them.
struct GapsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Across many job postings, the skills a resume lacks, worth most points, and already strong.",
        discussion: """
            With one resume: the skills it lacks, ranked by how often and how strongly the
            postings ask for them ("Kubernetes: required in 34 of 60 postings, preferred
            in 9"), the skills that would raise the most scores (score points summed over
            the postings), the skills already strong, and the best-fitting postings. Broad
            areas ("software development", "cloud computing") count in the scores but are
            listed apart, in "Broad areas the postings name". With --resumes (a coach's
            clients): the skills missing across clients, weighted by demand, each client's
            best postings, and the best client for each posting. Each input is read once;
            pairs are scored as jobfit batch does (docs/scoring.md). Folders are read
            recursively, as for jobfit batch. A posting that cannot be read is listed and
            the others are counted.

            Examples:
              jobfit gaps resume.json postings/
              jobfit gaps cv.pdf postings/ --format html -o gaps.html
              jobfit gaps --resumes clients/ postings/ --format markdown
              jobfit gaps resume.json --jobs-jsonl postings.jsonl --format json

            Exit codes: 0 done; 3 done, but some inputs could not be read; 64, 65, 66, 73
            as for every command (docs/cli.md).
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The resume, then job posting files or folders (only postings with --resumes).", valueName: "resume job"))
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "A cohort: resume files or folders, one per --resumes (repeat it for more).", valueName: "path"))
    var resumes: [String] = []

    @Option(
        name: .customLong("jobs-jsonl"),
        help: ArgumentHelp(
            "More postings as JSON Lines, {\"id\": …, \"text\": …} or {\"id\": …, \"html\": …} a line (- for standard input).",
            valueName: "file"))
    var jobsJSONL: String?

    @Option(name: .shortAndLong, help: "Output format: text, json, markdown or html.")
    var format: MatchFormat = .text

    @Option(
        help: ArgumentHelp(
            "Lines per list in text, Markdown and HTML (JSON has every skill), and best-fitting postings in every format.",
            valueName: "n"))
    var limit: Int = 15

    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Inputs worked on at once (default: the number of cores).", valueName: "n"))
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions
    @OptionGroup var taxonomyOptions: TaxonomyOptions
    @OptionGroup var output: OutputOptions

    /// The resume (without --resumes) and the posting paths.
    private var split: (resume: String?, jobs: [String]) {
        resumes.isEmpty ? (paths.first, Array(paths.dropFirst())) : (nil, paths)
    }

    func validate() throws {
        if resumes.isEmpty && paths.isEmpty {
            throw ValidationError("Give a resume and job postings (files or folders), or --resumes DIR and postings.")
        }
        if split.jobs.isEmpty && jobsJSONL == nil {
            throw ValidationError("Give job postings (files or folders) after the resume, or --jobs-jsonl.")
        }
        if paths.contains("-") || resumes.contains("-") {
            throw ValidationError(
                "gaps reads files or folders, not -; use --jobs-jsonl - for postings on standard input.")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if workers < 1 { throw ValidationError("--workers must be at least 1.") }
    }

    func run() async throws {
        var failed = 0
        try await reportingErrorsAsync {
            let matcher = BatchMatcher(
                extractor: SkillExtractor(matcher: try taxonomyOptions.matcher()),
                asOf: asOf.date, limits: input.limits(resumeLimits), width: workers)
            let (resume, jobs) = split
            var isFolder: ObjCBool = false
            if let resume, FileManager.default.fileExists(atPath: resume, isDirectory: &isFolder), isFolder.boolValue {
                throw ValidationError(
                    "\(resume) is a folder; give one resume file, or a cohort with --resumes \(resume).")
            }
            let resumeInputs: [BatchInput] =
                try resume.map { try BatchInput.files(in: [$0], extensions: []) }
                ?? BatchInput.files(in: resumes, extensions: BatchInput.resumeExtensions)
            var jobInputs = try BatchInput.files(in: jobs, extensions: BatchInput.postingExtensions)
            if let jobsJSONL {
                let bytes = try InputFile.read(jobsJSONL, maximumBytes: max(input.maxBytes, 1 << 32))
                jobInputs += BatchInput.postings(jsonLines: bytes, source: jobsJSONL)
            }
            if resumeInputs.isEmpty { throw ValidationError.noResumes(in: resumes) }
            if jobInputs.isEmpty { throw ValidationError.noPostings(in: jobs, jsonLines: jobsJSONL) }

            // One bound for every list a reader sees; in JSON it bounds only the fits, the one
            // list that grows with the postings (skills are bounded by the taxonomy).
            let analyzer = GapAnalyzer(matcher: matcher, fitLimit: limit)
            let text: String
            // The messages of the inputs that could not be read, printed after the report is made.
            let failures: [String]
            if resume != nil {
                let (reports, lost) = try await analyzer.reports(resumes: resumeInputs, jobs: jobInputs)
                guard let report = reports.first else {
                    // The one resume could not be read: an input error, as for jobfit match.
                    printToStandardError("jobfit: \(lost.first?.message ?? "the resume cannot be read.")")
                    throw ExitCode(ExitStatus.dataError)
                }
                failures = lost.map(\.message)
                switch format {
                case .text: text = report.textReport(limit: limit)
                case .json: text = String(decoding: try report.jsonData(), as: UTF8.self)
                case .markdown: text = report.markdownReport(limit: limit)
                case .html: text = report.htmlReport(limit: limit)
                }
            } else {
                let cohort = try await analyzer.cohort(resumes: resumeInputs, jobs: jobInputs)
                if cohort.resumes == 0 {
                    for error in cohort.errors { printToStandardError("jobfit: \(error.message)") }
                    printToStandardError("jobfit: none of the resumes could be read.")
                    throw ExitCode(ExitStatus.dataError)
                }
                failures = cohort.errors.map(\.message)
                switch format {
                case .text: text = cohort.textReport(limit: limit)
                case .json: text = String(decoding: try cohort.jsonData(), as: UTF8.self)
                case .markdown: text = cohort.markdownReport(limit: limit)
                case .html: text = cohort.htmlReport(limit: limit)
                }
            }
            for failure in failures { printToStandardError("jobfit: \(failure)") }
            failed = failures.count
            try output.write(Array(text.utf8), inputs: (resumeInputs + jobInputs).map(\.name))
        }
        if failed > 0 {
            printToStandardError("jobfit: \(failed) input(s) could not be read; the others are counted.")
            throw ExitCode(ExitStatus.doneWithFailures)
        }
    }
}
