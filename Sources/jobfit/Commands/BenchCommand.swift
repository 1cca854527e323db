import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit bench`: throughput figures.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure JobFit's speed (MB/s, or ms per rendered resume, on one core).",
        subcommands: [ParseBench.self, ScanBench.self, BatchBench.self, RenderBench.self, RenderDOCXBench.self],
        defaultSubcommand: ParseBench.self
    )
}

/// `jobfit bench parse`: reading postings, stage by stage, then extraction over them.
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Measure how fast job postings are read (MB/s on one core, per stage).",
        discussion: """
            Reads every posting under the given paths (files or folders), groups them by format,
            and parses each group repeatedly until --megabytes have been read. Build with
            -c release for meaningful figures:

              swift build -c release && .build/release/jobfit bench Tests/JobFitCoreTests/Fixtures/jobs
            """
    )

    @Argument(help: "Postings or folders of postings to measure with.")
    var paths: [String] = ["Resources/examples", "Tests/JobFitCoreTests/Fixtures/jobs"]

    @Option(help: "How many megabytes to read per format.")
    var megabytes: Int = 50

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be positive.") }
    }

    func run() throws {
        try reportingErrors {
            var groups: [DocumentFormat: [(name: String, bytes: [UInt8])]] = [:]
            for case .file(let file) in try BatchInput.files(in: paths, extensions: BatchInput.postingExtensions) {
                let bytes = try InputFile.read(file)
                let format = try JobPostingParser().parse(bytes, source: file).format
                groups[format, default: []].append((file, bytes))
            }
            guard !groups.isEmpty else {
                throw ValidationError("no postings found under \(paths.joined(separator: ", ")).")
            }
            print("format    documents  stage                            MB/s")
            defer { printExtraction(groups.values.flatMap { $0 }) }
            for format in DocumentFormat.allCases {
                guard let documents = groups[format] else { continue }
                let result = try IngestionBenchmark().run(documents, format: format, targetBytes: megabytes * 1_000_000)
                for stage in result.stages {
                    let name = stage.name.padding(toLength: 32, withPad: " ", startingAt: 0)
                    let rate = String(format: "%8.1f", stage.megabytesPerSecond)
                    print(
                        "\(format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%9d", result.documents))  \(name) \(rate)"
                    )
                }
            }
        }
    }

    private func printExtraction(_ documents: [(name: String, bytes: [UInt8])]) {
        let postings = documents.compactMap { try? JobPostingParser().parse($0.bytes, source: $0.name) }
        let benchmark = ExtractionBenchmark()
        print("")
        print(
            String(
                format: "taxonomy: %d skills, compiled in %.1f ms", Taxonomy.standard.skills.count,
                benchmark.compileSeconds() * 1000))
        print("extraction over \(postings.count) postings' text           MB/s")
        for stage in benchmark.run(postings, matcher: .standard, targetBytes: megabytes * 1_000_000) {
            print(
                "  " + stage.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                    + String(format: "%10.1f", stage.megabytesPerSecond))
        }
    }
}
