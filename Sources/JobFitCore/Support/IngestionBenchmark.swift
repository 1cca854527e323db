/// Measures how fast postings are read, stage by stage, on one core.
///
/// Used by `jobfit bench parse`; speed is checked with this benchmark, never with timed tests.
public struct IngestionBenchmark: Sendable {
    /// One stage's figures.
    public struct Stage: Sendable, Equatable {
        /// What was timed.
        public var name: String
        /// Input bytes processed.
        public var bytes: Int
        /// Seconds spent.
        public var seconds: Double

        /// Throughput in megabytes (10⁶ bytes) per second.
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    }

    /// The figures for one input format.
    public struct Result: Sendable, Equatable {
        /// The format measured.
        public var format: DocumentFormat
        /// The number of documents in the corpus.
        public var documents: Int
        /// Decoding, parsing (libxml2 or the line reader), sectioning, and the whole parse.
        public var stages: [Stage]
    }

    private let parser = JobPostingParser()

    /// Creates a benchmark.
    public init() {}

    /// Reports each stage's throughput over `documents`, parsed again and again until `targetBytes` were read.
    ///
    /// All documents must have the same format.
    public func run(
        _ documents: [(name: String, bytes: [UInt8])], format: DocumentFormat, targetBytes: Int
    ) throws -> Result {
        let corpusBytes = documents.reduce(0) { $0 + $1.bytes.count }
        guard corpusBytes > 0 else { return Result(format: format, documents: 0, stages: []) }
        let rounds = max(1, (targetBytes + corpusBytes - 1) / corpusBytes)
        let clock = ContinuousClock()

        var decoded: [String] = []
        let decodeTime = try clock.measure {
            for _ in 0..<rounds {
                decoded = try documents.map { try TextDecoder.decode($0.bytes, name: $0.name).text }
            }
        }
        var rawBlocks: [[RawBlock]] = []
        let readTime = clock.measure {
            for _ in 0..<rounds {
                rawBlocks = decoded.map { text in
                    switch format {
                    case .html: return HTMLDocument(utf8: text)?.content().blocks ?? []
                    case .markdown, .text: return LineBlockReader(isMarkdown: format == .markdown).read(text)
                    }
                }
            }
        }
        let sectionizer = Sectionizer(vocabulary: parser.vocabulary)
        var sectionCount = 0
        let sectionTime = clock.measure {
            for _ in 0..<rounds {
                for blocks in rawBlocks { sectionCount += sectionizer.sections(from: blocks).sections.count }
            }
        }
        let totalTime = try clock.measure {
            for _ in 0..<rounds {
                for document in documents {
                    _ = try parser.parse(document.bytes, source: document.name, format: format)
                }
            }
        }
        let bytes = corpusBytes * rounds
        let reader = format == .html ? "libxml2 parse + tree walk" : "line reader"
        return Result(
            format: format, documents: documents.count * rounds,
            stages: [
                Stage(name: "decode + normalise", bytes: bytes, seconds: decodeTime.seconds),
                Stage(name: reader, bytes: bytes, seconds: readTime.seconds),
                Stage(name: "sectioning", bytes: bytes, seconds: sectionTime.seconds),
                Stage(name: "whole parse (incl. JSON-LD)", bytes: bytes, seconds: totalTime.seconds),
            ])
    }
}

/// Measures extraction throughput on one core: tokenizing and matching alone, and the whole
/// extraction (rules, levels, years), over the text of parsed postings.
public struct ExtractionBenchmark: Sendable {
    /// Creates a benchmark.
    public init() {}

    /// Seconds to compile the shipped taxonomy into a matcher (what a cold start pays).
    public func compileSeconds() -> Double {
        let clock = ContinuousClock()
        return clock.measure { _ = SkillMatcher(taxonomy: Taxonomy(version: "", skills: Taxonomy.standard.skills)) }
            .seconds
    }

    /// Runs extraction over `postings` until `targetBytes` of posting text were read.
    public func run(_ postings: [JobPosting], matcher: SkillMatcher, targetBytes: Int) -> [IngestionBenchmark.Stage] {
        let corpusBytes = postings.reduce(0) { $0 + $1.text.utf8.count }
        guard corpusBytes > 0 else { return [] }
        let rounds = max(1, (targetBytes + corpusBytes - 1) / corpusBytes)
        let clock = ContinuousClock()
        var found = 0
        let matchTime = clock.measure {
            for _ in 0..<rounds {
                for posting in postings {
                    found += matcher.tokensAndMatches(in: posting.text).matches.count
                }
            }
        }
        let extractor = SkillExtractor(matcher: matcher)
        let extractTime = clock.measure {
            for _ in 0..<rounds {
                for posting in postings { found += extractor.extract(posting).skills.count }
            }
        }
        let bytes = corpusBytes * rounds
        return [
            IngestionBenchmark.Stage(name: "tokenize + match", bytes: bytes, seconds: matchTime.seconds),
            IngestionBenchmark.Stage(name: "whole extraction", bytes: bytes, seconds: extractTime.seconds),
        ]
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
