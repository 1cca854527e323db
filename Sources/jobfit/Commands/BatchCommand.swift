import ArgumentParser
import Dispatch
import Foundation
import JobFitCore
import Synchronization

/// `jobfit batch`: every resume against every posting, as CSV, JSON Lines or JSON.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score many resumes against many job postings, on every core, as CSV, JSON Lines or an HTML page.",
        discussion: """
            Each input is read, parsed and extracted once; then every pair is scored (the score
            of jobfit match, docs/scoring.md). Folders are read recursively: resumes by .json,
            .yaml, .yml, .txt, .md, .docx, .pdf; postings by .txt, .md, .html, .htm. Inputs are
            sorted by path and rows come resume by resume (or job by job with --by job), the same
            bytes on every run. A file that cannot be read is listed on standard error and as an
            error row, and the others are scored. The output file is written atomically: an
            interrupted run leaves none.

            Postings stream: they are read, scored and dropped a window at a time (--jobs-jsonl a
            line at a time), so memory stays flat however many there are. With --by job a posting
            that cannot be read is an error row in its place; otherwise error rows come first.
            --by resume without --top (the default) writes each window's rows to a private
            temporary file in TMPDIR (about the size of the output; none when the postings fit
            in one window) and copies them out resume by resume at the end; set TMPDIR to a
            folder with room, or use --by job, which needs none.

            Examples:
              jobfit batch --resumes clients/ --jobs postings/ -o matrix.csv
              jobfit batch --resumes cv.pdf --jobs postings/ --top 10 --format jsonl
              jobfit batch --resumes clients/ --jobs postings/ --by job --top 3
              jobfit batch --resumes clients/ --jobs postings/ --top 5 --format html -o ranking.html
              jobfit batch --resumes clients/ --jobs-jsonl - < postings.jsonl
              jobfit batch --resumes clients/ --jobs postings/ --shard 2/8 -o part-2.csv

            Exit codes: 0 done; 3 done, but some inputs could not be read (their rows hold an
            error); 130 interrupted; 64, 65, 66, 73 as for every command (docs/cli.md).
            """
    )

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Resume files or folders.", valueName: "path"))
    var resumes: [String] = []

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Job posting files or folders.", valueName: "path"))
    var jobs: [String] = []

    @Option(
        name: .customLong("jobs-jsonl"),
        help: ArgumentHelp(
            "Postings as JSON Lines, {\"id\": …, \"text\": …} or {\"id\": …, \"html\": …} a line (- for standard input).",
            valueName: "file"))
    var jobsJSONL: String?

    @Option(name: .shortAndLong, help: "Output format: csv, jsonl, json or html.")
    var format: BatchOutputFormat = .csv

    @Option(help: ArgumentHelp("Keep only the K best rows of each resume (or job, with --by job).", valueName: "K"))
    var top: Int?

    @Option(help: "Group rows by resume or by job.")
    var by: BatchGrouping = .resume

    @OptionGroup var asOf: AsOfOption

    @Option(
        help: ArgumentHelp(
            "Score only share I of N of the postings (by position in the sorted list; docs/scaling.md).",
            valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Inputs worked on at once (default: the number of cores).", valueName: "n"))
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Refuse batches of more documents (resumes plus postings) than this.", valueName: "count"))
    var maxDocuments: Int = DocumentLimits.default.maximumDocuments

    @OptionGroup var input: InputOptions
    @OptionGroup var resumeLimits: ResumeLimitOptions
    @OptionGroup var taxonomyOptions: TaxonomyOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if resumes.isEmpty { throw ValidationError("Give at least one resume file or folder with --resumes.") }
        if jobs.isEmpty && jobsJSONL == nil {
            throw ValidationError("Give job postings with --jobs (files or folders) or --jobs-jsonl.")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if let shard, BatchShard(shard) == nil {
            throw ValidationError("--shard \"\(shard)\" is not I/N with 1 <= I <= N (for example 2/8).")
        }
        if workers < 1 { throw ValidationError("--workers must be at least 1.") }
        if maxDocuments < 1 { throw ValidationError("--max-documents must be at least 1.") }
        if resumes.contains("-") { throw ValidationError("--resumes takes files or folders, not -.") }
        if jobs.contains("-") {
            throw ValidationError(
                "--jobs takes files or folders, not -; use --jobs-jsonl - for postings on standard input.")
        }
    }

    func run() async throws {
        var summary: BatchMatcher.Summary?
        var progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0)
        let interruption = Interruption()
        interruption.install(target: output.output)
        defer { interruption.remove() }
        try await reportingErrorsAsync {
            var limits = input.limits(resumeLimits)
            limits.maximumDocuments = maxDocuments
            let matcher = BatchMatcher(
                extractor: SkillExtractor(matcher: try taxonomyOptions.matcher()),
                asOf: asOf.date, limits: limits, width: workers)
            // Each folder walk stops once it is past the limit; the matcher checks the total.
            let resumeInputs = try BatchInput.files(
                in: resumes, extensions: BatchInput.resumeExtensions, maximumCount: maxDocuments)
            var jobInputs = try BatchInput.files(
                in: jobs, extensions: BatchInput.postingExtensions, maximumCount: maxDocuments)
            var reader: JSONLinesReader?
            if let jobsJSONL {
                // A JSON Lines file holds many postings, so it may be larger than one input (up to 4 GB);
                // it is read a line at a time, as the batch goes, and each of its postings counts
                // towards --max-documents. The first is read now, to say so when there is none.
                let lines = try JSONLinesReader(path: jobsJSONL, maximumBytes: max(input.maxBytes, 1 << 32))
                if let first = try lines.next() {
                    jobInputs.append(first)
                    reader = lines
                }
            }
            if resumeInputs.isEmpty { throw ValidationError.noResumes(in: resumes) }
            if jobInputs.isEmpty { throw ValidationError.noPostings(in: jobs, jsonLines: jobsJSONL) }

            let readPaths =
                resumeInputs.map(\.name)
                + jobInputs.compactMap { input -> String? in
                    if case .file(let path) = input { return path } else { return nil }
                }
            let file = try StreamingOutputFile(
                path: output.output, inputs: readPaths + (jobsJSONL.map { [$0] } ?? []), force: output.force)
            interruption.writing(to: file.temporaryPath)
            try file.write(format.format.header)
            var empty = true
            summary = try await matcher.run(
                resumes: resumeInputs, postings: BatchPostings(jobInputs, then: reader), format: format.format,
                order: by.order, top: top,
                shard: shard.flatMap(BatchShard.init)
            ) { failures in
                for failure in failures {
                    progress.clear()
                    printToStandardError("jobfit: \(failure.message)")
                }
            } write: { text, state in
                if !text.isEmpty {
                    try file.write(text)
                    empty = false
                }
                interruption.update(done: state.done, total: state.total)
                progress.show(done: state.done, total: state.total)
            }
            try file.write(format.format.footer(empty: empty))
            try file.finish()
            progress.clear()
        }
        if let summary, !summary.failures.isEmpty {
            printToStandardError(
                "jobfit: \(summary.failures.count) input(s) could not be read; \(summary.pairs) pairs scored.")
            throw ExitCode(ExitStatus.doneWithFailures)
        }
    }
}

extension ValidationError {
    /// No resume under `paths` (`jobfit batch`, `jobfit gaps --resumes`): what folders are
    /// searched for, so the user can name the files or rename them.
    static func noResumes(in paths: [String]) -> ValidationError {
        ValidationError(
            "No resumes found in \(paths.joined(separator: ", ")); give resume files, or folders holding "
                + "\(extensionList(BatchInput.resumeExtensions)) files.")
    }

    /// No posting under `paths` nor in the JSON Lines file `jsonLines`.
    static func noPostings(in paths: [String], jsonLines: String?) -> ValidationError {
        let sources = paths + (jsonLines.map { [$0 == "-" ? "standard input" : $0] } ?? [])
        return ValidationError(
            "No job postings found in \(sources.joined(separator: ", ")); give posting files, folders holding "
                + "\(extensionList(BatchInput.postingExtensions)) files, or --jobs-jsonl with one "
                + "{\"id\": …, \"text\": …} object a line.")
    }

    /// ".htm, .html, .md or .txt".
    private static func extensionList(_ extensions: Set<String>) -> String {
        let sorted = extensions.sorted().map { "." + $0 }
        return sorted.dropLast().joined(separator: ", ") + " or " + (sorted.last ?? "")
    }
}

/// Output formats of `jobfit batch`.
enum BatchOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case jsonl
    case json
    case html

    var format: BatchFormat { BatchFormat(rawValue: rawValue) ?? .csv }
}

/// How `jobfit batch` groups rows.
enum BatchGrouping: String, ExpressibleByArgument, CaseIterable {
    case resume
    case job

    var order: BatchMatcher.Order { self == .resume ? .byResume : .byJob }
}

/// One progress line on standard error, redrawn with `\r`: pairs done, rate and time left (or,
/// while JSON Lines postings are still being read and the total is not known, pairs done and rate).
private struct ProgressLine {
    var enabled: Bool
    private var start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func show(done: Int, total: Int?) {
        guard enabled, total ?? 1 > 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let line: String
        if let total {
            let left = rate > 0 ? Double(total - done) / rate : 0
            line = String(format: "\r%d/%d pairs  %.0f pairs/s  %.0f s left\u{1B}[K", done, total, rate, left)
        } else {
            line = String(format: "\r%d pairs  %.0f pairs/s\u{1B}[K", done, rate)
        }
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    mutating func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}

/// On SIGINT or SIGTERM: removes the temporary output file, says how far the batch got, exits 130.
private final class Interruption: Sendable {
    private let state = Mutex<(done: Int, total: Int?, temporary: String?, sources: [any DispatchSourceSignal])>(
        (0, 0, nil, []))

    /// Handles SIGINT and SIGTERM from now on (before the inputs are read, which can take a while).
    func install(target: String) {
        let sources = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let (done, total, temporary) = state.withLock { ($0.done, $0.total, $0.temporary) }
                if let temporary { unlink(temporary) }
                let written = target == "-" ? "the rows above are complete" : "\(target) was not written"
                // The total is not known while JSON Lines postings are still being read.
                let progress: String
                if done == 0, total ?? 0 == 0 {
                    progress = "while reading the inputs, before any pair was scored"
                } else if let total {
                    progress = "after \(done) of \(total) pairs"
                } else {
                    progress = "after \(done) pairs"
                }
                printToStandardError("\njobfit: interrupted \(progress); \(written).")
                exit(130)
            }
            source.resume()
            return source
        }
        state.withLock { $0.sources = sources }
    }

    /// The temporary file to remove on interruption.
    func writing(to temporaryPath: String?) {
        state.withLock { $0.temporary = temporaryPath }
    }

    func update(done: Int, total: Int?) {
        state.withLock {
            $0.done = done
            $0.total = total
        }
    }

    func remove() {
        state.withLock { state in
            for source in state.sources { source.cancel() }
            state.sources = []
        }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
