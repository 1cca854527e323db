public import Foundation

/// Matches many resumes against many postings on every core, streaming rows in a fixed order.
///
/// Each input is read, parsed and extracted once (in parallel, at most ``width`` at a time);
/// then every pair is scored from the profiles by ``PairScorer`` (one task per resume, or per
/// posting with ``Order/byJob``), and rows are delivered in input order whatever the scheduling.
/// Only the rows of a few lines are held at a time, never every pair's ``MatchReport``.
///
/// ```swift
/// let matcher = BatchMatcher(asOf: ResumeDate(year: 2026, month: 1))
/// let summary = try await matcher.run(resumes: resumes, jobs: jobs) { records, progress in
///     for record in records { print(record.csvLine) }
/// }
/// ```
public struct BatchMatcher: Sendable {
    /// How rows are grouped: all of a resume's postings together, or all of a posting's resumes.
    public enum Order: String, Sendable, CaseIterable {
        /// Resume by resume; within one, postings in order (or best first with a top).
        case byResume = "resume"
        /// Posting by posting; within one, resumes in order (or best first with a top).
        case byJob = "job"
    }

    /// How far a batch has got.
    public struct Progress: Sendable, Equatable {
        /// Pairs scored so far.
        public var done: Int
        /// Pairs to score in all.
        public var total: Int
    }

    /// What a batch did.
    public struct Summary: Sendable, Equatable {
        /// Resumes read.
        public var resumes: Int
        /// Postings read.
        public var jobs: Int
        /// Pairs scored.
        public var pairs: Int
        /// Inputs that could not be read.
        public var failures: [BatchFailure]
    }

    /// The extractor (and so the taxonomy) used on both sides.
    public var extractor: SkillExtractor
    /// The date current roles count to.
    public var asOf: ResumeDate
    /// Bounds on each input (size, nesting, DOCX and PDF) and on the number of inputs.
    public var limits: DocumentLimits
    /// How many inputs or lines are worked on at once (the number of cores by default).
    public var width: Int

    /// Creates a batch matcher.
    public init(
        extractor: SkillExtractor = SkillExtractor(), asOf: ResumeDate = .thisMonth,
        limits: DocumentLimits = .default,
        width: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.extractor = extractor
        self.asOf = asOf
        self.limits = limits
        self.width = max(1, width)
    }

    /// Reads every input, scores every pair, and hands the records to `emit` in order: first the
    /// inputs that failed (resumes, then postings), then the pairs, line by line.
    ///
    /// - Parameters:
    ///   - shard: Which share of the postings to score (all when `nil`; see ``BatchShard``).
    ///   - top: Keep only each line's `top` best rows, best first (ties in input order).
    ///   - emit: Called on the caller's task, one line of records at a time, with the progress.
    /// - Throws: What `emit` throws, `CancellationError`, or ``IngestionError/tooManyDocuments(_:count:limit:)``
    ///   when there are more inputs than ``DocumentLimits/maximumDocuments``.
    public func run(
        resumes: [BatchInput], jobs: [BatchInput], order: Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, emit: ([BatchRecord], Progress) throws -> Void
    ) async throws -> Summary {
        guard resumes.count + jobs.count <= limits.maximumDocuments else {
            throw IngestionError.tooManyDocuments(
                "the inputs", count: resumes.count + jobs.count, limit: limits.maximumDocuments)
        }
        let jobs = shard.map { shard in jobs.enumerated().filter { shard.contains($0.offset) }.map(\.element) } ?? jobs
        let extractor = extractor
        let asOf = asOf
        let limits = limits
        let relations = TaxonomyRelations(extractor.matcher.taxonomy)

        var resumeProfiles: [ResumeProfile] = []
        var jobProfiles: [PostingProfile] = []
        var failures: [BatchFailure] = []
        var resumeFailures: [BatchFailure] = []
        try await Self.orderedMap(resumes, width: width) { input in
            Self.loadResume(input, extractor: extractor, asOf: asOf, limits: limits, relations: relations)
        } each: { _, result in
            switch result {
            case .success(let profile): resumeProfiles.append(profile)
            case .failure(let failure): resumeFailures.append(failure)
            }
        }
        try await Self.orderedMap(jobs, width: width) { input in
            Self.loadPosting(input, extractor: extractor, limits: limits)
        } each: { _, result in
            switch result {
            case .success(let profile): jobProfiles.append(profile)
            case .failure(let failure): failures.append(failure)
            }
        }
        // Shards other than the first leave resume failures to shard 1, so merged shards list each once.
        let listed = (shard.map { $0.index == 1 } ?? true ? resumeFailures : []) + failures
        let total = resumeProfiles.count * jobProfiles.count
        try emit(listed.map(BatchRecord.failure), Progress(done: 0, total: total))

        let lines = order == .byResume ? resumeProfiles.count : jobProfiles.count
        let perLine = order == .byResume ? jobProfiles.count : resumeProfiles.count
        let (resumesShared, jobsShared) = (resumeProfiles, jobProfiles)
        try await Self.orderedMap(Array(0..<lines), width: width) { line in
            var rows =
                order == .byResume
                ? jobsShared.map { PairScorer.row(resumesShared[line], $0) }
                : resumesShared.map { PairScorer.row($0, jobsShared[line]) }
            if let top { rows = Self.best(rows, top) }
            return rows
        } each: { line, rows in
            try emit(rows.map(BatchRecord.pair), Progress(done: (line + 1) * perLine, total: total))
        }
        return Summary(
            resumes: resumeProfiles.count, jobs: jobProfiles.count, pairs: total, failures: resumeFailures + failures)
    }

    /// The `count` best rows, best score first, then the better potential, then input order.
    static func best(_ rows: [BatchRow], _ count: Int) -> [BatchRow] {
        rows.enumerated().sorted { left, right in
            let (one, other) = (left.element, right.element)
            if one.score != other.score { return one.score > other.score }
            if one.potentialScore != other.potentialScore { return one.potentialScore > other.potentialScore }
            return left.offset < right.offset
        }.prefix(max(0, count)).map(\.element)
    }

    static func loadResume(
        _ input: BatchInput, extractor: SkillExtractor, asOf: ResumeDate, limits: DocumentLimits,
        relations: TaxonomyRelations
    ) -> Result<ResumeProfile, BatchFailure> {
        do {
            let resume: Resume
            switch input {
            case .file(let path):
                resume = try ResumeLoader.load(
                    InputFile.read(path, maximumBytes: limits.maximumBytes), source: path, limits: limits)
            case .posting(let id, let text, _):
                resume = try ResumeLoader.load(Array(text.utf8), source: id, limits: limits)
            case .invalid(let name, let message):
                return .failure(BatchFailure(side: .resume, input: name, message: message))
            }
            let evidence = EvidenceCollector(extractor: extractor).evidence(in: resume, asOf: asOf)
            return .success(ResumeProfile(resume: resume, evidence: evidence, asOf: asOf, relations: relations))
        } catch {
            return .failure(BatchFailure(side: .resume, input: input.name, message: Self.message(error, input.name)))
        }
    }

    static func loadPosting(
        _ input: BatchInput, extractor: SkillExtractor, limits: DocumentLimits
    ) -> Result<PostingProfile, BatchFailure> {
        do {
            let posting: JobPosting
            switch input {
            case .file(let path):
                posting = try JobPostingParser(limits: limits).parse(
                    InputFile.read(path, maximumBytes: limits.maximumBytes), source: path)
            case .posting(let id, let text, let format):
                posting = try JobPostingParser(limits: limits).parse(Array(text.utf8), source: id, format: format)
            case .invalid(let name, let message):
                return .failure(BatchFailure(side: .job, input: name, message: message))
            }
            return .success(PostingProfile(posting: posting, extraction: extractor.extract(posting)))
        } catch {
            return .failure(BatchFailure(side: .job, input: input.name, message: Self.message(error, input.name)))
        }
    }

    private static func message(_ error: any Error, _ name: String) -> String {
        (error as? any LocalizedError)?.errorDescription ?? "\(name): cannot be read (\(error))."
    }

    /// Runs `transform` over `items`, at most `width` at a time, and hands each result to `each`
    /// in the items' order; at most `4 × width` finished results wait for a slow one.
    static func orderedMap<Item: Sendable, Output: Sendable>(
        _ items: [Item], width: Int, _ transform: @escaping @Sendable (Item) -> Output,
        each: (Int, Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            var delivered = 0
            var running = 0
            var waiting: [Int: Output] = [:]
            func startMore() {
                while next < items.count, running < width, next - delivered < 4 * width {
                    let (index, item) = (next, items[next])
                    group.addTask { (index, transform(item)) }
                    next += 1
                    running += 1
                }
            }
            startMore()
            while let (index, output) = try await group.next() {
                running -= 1
                waiting[index] = output
                while let ready = waiting.removeValue(forKey: delivered) {
                    try each(delivered, ready)
                    delivered += 1
                }
                try Task.checkCancellation()
                startMore()
            }
        }
    }
}
