import ArgumentParser
import CoreFoundation
import Foundation
import JobFitCore

/// `jobfit bench scan`: skill matching over one large file, as the peer tools are measured.
struct ScanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find every skill phrase in a large text file on one core; print MB/s, hits and peak memory.",
        discussion: """
            The file is read in chunks of whole lines; each chunk is tokenized and matched against
            the compiled taxonomy with every alias rule (case, context), as `jobfit extract` does.
            Benchmarks/peers/run.sh runs this beside grep, ripgrep, flashtext and pyahocorasick.

            Example:
              .build/release/jobfit bench scan corpus.txt --taxonomy big-phrase-list.json
            """
    )

    @Argument(help: "The text file to scan.") var file: String
    @Option(help: "Chunk size in megabytes (memory stays near a few times this).") var chunkMegabytes = 1
    @Flag(help: "Also run the whole extraction (levels, years, groups) over each chunk.") var extract = false
    @OptionGroup var taxonomyOptions: TaxonomyOptions

    func run() throws {
        try reportingErrors {
            let clock = ContinuousClock()
            var taxonomy: Taxonomy?
            let load = try clock.measure { taxonomy = try taxonomyOptions.load() }
            guard let taxonomy else { return }
            var matcher: SkillMatcher?
            let compile = clock.measure { matcher = SkillMatcher(taxonomy: taxonomy) }
            guard let matcher else { return }
            let descriptor = open(file, O_RDONLY)
            guard descriptor >= 0 else { throw IngestionError.pathNotFound(file) }
            defer { close(descriptor) }
            let extractor = SkillExtractor(matcher: matcher)
            var bytes = 0
            var hits = 0
            var scanning = Duration.zero
            // CPU time of this thread while scanning: the same figure as wall time on an idle
            // machine, and still right when other processes share the core.
            var cpuNanoseconds: Int64 = 0
            // One buffer for the whole run: a chunk of whole lines, then the partial line carried over.
            let capacity = chunkMegabytes << 20
            var buffer = [UInt8](repeating: 0, count: capacity)
            var filled = 0
            var atEnd = false
            while !atEnd || filled > 0 {
                if !atEnd {
                    let count = buffer.withUnsafeMutableBytes { raw -> Int in
                        guard let base = raw.baseAddress else { return 0 }
                        return read(descriptor, base + filled, capacity - filled)
                    }
                    if count <= 0 { atEnd = true } else { filled += count }
                }
                guard filled > 0 else { break }
                var cut = filled
                if !atEnd, filled == capacity, let lastNewline = buffer[..<filled].lastIndex(of: 0x0A) {
                    cut = lastNewline + 1
                }
                if !atEnd && filled < capacity { continue }
                let text = String(decoding: buffer[..<cut], as: UTF8.self)
                bytes += cut
                let cpuBefore = Self.threadCPUNanoseconds()
                scanning += clock.measure {
                    if extract {
                        hits += extractor.extract(Self.posting(text)).skills.count
                    } else {
                        hits += extractor.countHits(in: text)
                    }
                }
                cpuNanoseconds += Self.threadCPUNanoseconds() - cpuBefore
                buffer.replaceSubrange(0..<(filled - cut), with: buffer[cut..<filled])
                filled -= cut
            }
            let seconds = Double(scanning.components.seconds) + Double(scanning.components.attoseconds) / 1e18
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print("file: \(file), \(bytes) bytes; taxonomy: \(taxonomy.skills.count) skills")
            print(String(format: "load %.1f ms, compile %.1f ms", load.milliseconds, compile.milliseconds))
            print(
                String(
                    format: "%@: %.1f MB/s, %d hits, peak memory %.1f MB", extract ? "extract" : "match",
                    Double(bytes) / 1e6 / seconds, hits, Double(usage.ru_maxrss) / 1024))
            print(
                String(
                    format: "cpu: %.1f MB/s (on CPU time of the scanning thread)",
                    Double(bytes) * 1e3 / Double(max(cpuNanoseconds, 1))))
        }
    }

    /// The CPU time the calling thread has used, in nanoseconds.
    private static func threadCPUNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// A posting that is the whole chunk as one paragraph.
    private static func posting(_ text: String) -> JobPosting {
        let end = text.utf8.count
        return JobPosting(
            source: "chunk", format: .text, text: text,
            sections: [Section(kind: .overview, blocks: [Block(kind: .paragraph, text: text, start: 0, end: end)])])
    }
}

extension Duration {
    fileprivate var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
