import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit bench batch`: many resumes against many postings, on one core and on all.
struct BatchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Measure jobfit batch: seconds, pairs/s and peak memory, on one core and on all.",
        discussion: """
            Makes --postings postings and --resumes resumes from the fixtures by repetition and
            small variation (in memory), then runs the whole batch (reading, parsing, extraction
            and scoring, with CSV rendered and discarded) with one worker and with every core,
            rendering rows on the one task that writes and on the workers (as jobfit batch does).
            These read every posting before scoring any, so the times split into inputs and pairs;
            a last run on every core streams postings in jobfit batch's windows, its rows waiting
            in a spill file in TMPDIR, and gives the whole run's time and the bytes spilled.
            Build with -c release for meaningful figures:

              swift build -c release && .build/release/jobfit bench batch
            """
    )

    @Option(help: "Resume files or folders to copy from.")
    var resumeSources: [String] = [
        "Tests/JobFitCoreTests/Fixtures/resumes/jsonresume-org", "Tests/JobFitCoreTests/Fixtures/resumes/plain",
        "Tests/JobFitCoreTests/Fixtures/resumes/documents/alex-morgan.md", "Resources/examples/master-resume.json",
    ]

    @Option(help: "Posting files or folders to copy from.")
    var jobSources: [String] = ["Tests/JobFitCoreTests/Fixtures/jobs", "Resources/examples/backend-engineer.html"]

    @Option(help: "How many postings to make.")
    var postings: Int = 1000

    @Option(help: "How many resumes to make.")
    var resumes: Int = 100

    func validate() throws {
        guard postings > 0, resumes > 0 else { throw ValidationError("--postings and --resumes must be positive.") }
    }

    func run() async throws {
        try await reportingErrorsAsync {
            let resumeDocuments = try Self.documents(resumeSources, extensions: ["json", "md", "txt"])
            let jobDocuments = try Self.documents(jobSources, extensions: BatchInput.postingExtensions)
            let resumeInputs = BatchBenchmark.resumes(resumeDocuments, count: resumes)
            let jobInputs = BatchBenchmark.postings(jobDocuments, count: postings)
            print(
                "\(resumes) resumes (from \(resumeDocuments.count) files) x \(postings) postings (from \(jobDocuments.count) files)"
            )
            print(
                "workers  rows rendered on   seconds   inputs s   pairs s   pairs/s (after inputs)   CPU µs/pair   peak RSS so far (MB)"
            )
            let cores = ProcessInfo.processInfo.activeProcessorCount
            for width in cores > 1 ? [1, cores] : [1] {
                for onWorkers in [false, true] {
                    let result = try await BatchBenchmark.run(
                        resumes: resumeInputs, jobs: jobInputs, width: width, renderOnWorkers: onWorkers)
                    let place = (onWorkers ? "workers" : "the writer").padding(
                        toLength: 16, withPad: " ", startingAt: 0)
                    print(
                        String(format: "%7d  ", width) + place
                            + String(
                                format: " %7.2f %10.2f %9.2f %24.0f %13.1f   %.0f", result.seconds, result.inputSeconds,
                                result.seconds - result.inputSeconds, result.pairsPerSecond,
                                1e6 * result.pairCPUSeconds / Double(max(result.pairs, 1)),
                                BatchBenchmark.peakMegabytes() ?? 0))
                }
            }
            let streamed = try await BatchBenchmark.run(
                resumes: resumeInputs, jobs: jobInputs, width: cores, renderOnWorkers: true, streamed: true)
            print(
                String(
                    format: "streamed in windows, %d workers: %.2f s, %.1f MB of rows spilled, peak RSS so far %.0f MB",
                    cores, streamed.seconds, Double(streamed.spilledBytes) / 1e6, BatchBenchmark.peakMegabytes() ?? 0))
            print("load average (1, 5, 15 min): \(Self.loadAverage)")
        }
    }

    /// `/proc/loadavg`'s first three numbers: how busy the machine was (other processes skew the figures).
    private static var loadAverage: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func documents(_ paths: [String], extensions: Set<String>) throws -> [(name: String, text: String)] {
        try BatchInput.files(in: paths, extensions: extensions).compactMap { input in
            let bytes = try InputFile.read(input.name)
            let name = (input.name as NSString).lastPathComponent
            guard let text = String(bytes: bytes, encoding: .utf8), !name.hasSuffix("_LICENSE.md") else { return nil }
            return (name, text)
        }
    }
}
