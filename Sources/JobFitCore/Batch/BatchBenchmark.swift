import Foundation

/// Builds a large batch from a few real documents, by repetition and small variation, and times it.
public struct BatchBenchmark: Sendable {
    /// What one run measured.
    public struct Result: Sendable {
        /// Workers used.
        public var width: Int
        /// Whether rows were rendered on the workers (or on the one task that writes).
        public var renderedOnWorkers: Bool
        /// Resumes read.
        public var resumes: Int
        /// Postings read.
        public var jobs: Int
        /// Pairs scored.
        public var pairs: Int
        /// The whole run (parsing and extraction included), in seconds.
        public var seconds: Double
        /// The part spent reading, parsing and extracting the inputs, in seconds.
        public var inputSeconds: Double
        /// Bytes of CSV produced (and thrown away).
        public var outputBytes: Int
        /// Processor time (user and system, all threads) spent after the inputs were read, in seconds.
        public var pairCPUSeconds: Double
        /// Bytes of rows that waited in a spill file (only when postings streamed in windows).
        public var spilledBytes: Int

        /// Pairs scored and rendered per second, after the inputs were read.
        public var pairsPerSecond: Double { Double(pairs) / max(seconds - inputSeconds, 1e-9) }
    }

    /// Skills appended in turn to vary the copies (so copies are not identical texts).
    static let variations = ["Kubernetes", "Terraform", "GraphQL", "Rust", "Kafka", "Snowflake", "React", "Airflow"]

    /// The resume inputs: `count` copies of the documents, each named `rN/NAME` and, for text
    /// and Markdown, ending with one more skill line.
    public static func resumes(_ documents: [(name: String, text: String)], count: Int) -> [BatchInput] {
        (0..<count).map { index in
            let (name, text) = documents[index % documents.count]
            let isPlain = name.hasSuffix(".md") || name.hasSuffix(".txt")
            let varied = isPlain ? text + "\n\nSkills: \(variations[index % variations.count])\n" : text
            return .posting(id: "r\(index)/\(name)", text: varied, format: nil)
        }
    }

    /// The posting inputs: `count` copies of the documents, each named `jN/NAME`, with one more
    /// preferred skill (before the closing tag for HTML).
    public static func postings(_ documents: [(name: String, text: String)], count: Int) -> [BatchInput] {
        (0..<count).map { index in
            let (name, text) = documents[index % documents.count]
            let extra = "Nice to have: \(variations[index % variations.count]) (ref \(index))."
            let isHTML = name.hasSuffix(".html") || name.hasSuffix(".htm")
            let varied =
                isHTML
                ? text.replacingOccurrences(of: "</body>", with: "<p>\(extra)</p></body>")
                : text + "\n\n" + extra + "\n"
            return .posting(id: "j\(index)/\(name)", text: varied, format: isHTML ? .html : nil)
        }
    }

    /// Runs the batch on `width` workers, rendering CSV and discarding it: on the workers
    /// (as `jobfit batch` does), or, with `renderOnWorkers` false, on the one task that writes.
    ///
    /// Every posting is read in one window unless `streamed`, so that the inputs are all read
    /// before the first pair is scored and ``Result/inputSeconds`` means what it says. With
    /// `streamed`, postings come in `jobfit batch`'s windows and the rows by resume wait in a
    /// spill file (``Result/spilledBytes``): reading then overlaps scoring, and only the whole
    /// run's seconds compare.
    public static func run(
        resumes: [BatchInput], jobs: [BatchInput], width: Int, renderOnWorkers: Bool = true, streamed: Bool = false
    ) async throws -> Result {
        let start = Date()
        var inputsDone = start
        var inputsCPU = 0.0
        var bytes = 0
        var matcher = BatchMatcher(asOf: ResumeDate(year: 2026, month: 1), width: width)
        if !streamed { matcher.windowSize = max(matcher.windowSize, jobs.count) }
        let summary: BatchMatcher.Summary
        if renderOnWorkers {
            summary = try await matcher.run(resumes: resumes, jobs: jobs, format: .csv) { _ in
                inputsDone = Date()
                inputsCPU = processorSeconds()
            } write: { text, _ in
                bytes += text.utf8.count
            }
        } else {
            var first = true
            summary = try await matcher.run(resumes: resumes, jobs: jobs) { records, _ in
                if first { (inputsDone, inputsCPU) = (Date(), processorSeconds()) }
                first = false
                for record in records { bytes += BatchFormat.csv.render(record, first: false).utf8.count }
            }
        }
        return Result(
            width: width, renderedOnWorkers: renderOnWorkers, resumes: summary.resumes, jobs: summary.jobs,
            pairs: summary.pairs, seconds: Date().timeIntervalSince(start),
            inputSeconds: inputsDone.timeIntervalSince(start), outputBytes: bytes,
            pairCPUSeconds: processorSeconds() - inputsCPU, spilledBytes: summary.spilledBytes)
    }

    /// The processor time the process has used so far (user and system, every thread), in seconds.
    public static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's peak resident memory so far (`VmHWM` in `/proc/self/status`), in megabytes.
    public static func peakMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
