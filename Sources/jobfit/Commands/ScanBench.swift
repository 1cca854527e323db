import ArgumentParser
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
    @Option(help: "Chunk size in megabytes.") var chunkMegabytes = 4
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
            guard let handle = FileHandle(forReadingAtPath: file) else { throw IngestionError.fileNotFound(file) }
            defer { try? handle.close() }
            let extractor = SkillExtractor(matcher: matcher)
            var bytes = 0
            var hits = 0
            var carry = Data()
            var scanning = Duration.zero
            while true {
                let chunk = try handle.read(upToCount: chunkMegabytes << 20) ?? Data()
                var data = carry + chunk
                carry = Data()
                if !chunk.isEmpty, let lastNewline = data.lastIndex(of: 0x0A) {
                    carry = data[(lastNewline + 1)...]
                    data = data[..<(lastNewline + 1)]
                }
                if data.isEmpty { break }
                let text = String(decoding: data, as: UTF8.self)
                bytes += data.count
                scanning += clock.measure {
                    if extract {
                        hits += extractor.extract(Self.posting(text)).skills.count
                    } else {
                        hits += extractor.countHits(in: text)
                    }
                }
                if chunk.isEmpty { break }
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
        }
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
