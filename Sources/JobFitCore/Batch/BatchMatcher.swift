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
    /// The most pairs one worker scores and renders at a time (without a top; 1,024 by
    /// default), so that a line of a million postings streams in bounded memory.
    public var sliceSize = 1024

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
    ///   - emit: Called on the caller's task, a slice of a line of records at a time (at most
    ///     ``sliceSize`` pairs, or one line's `top`), with the progress.
    /// - Throws: What `emit` throws, `CancellationError`, or ``IngestionError/tooManyDocuments(_:count:limit:)``
    ///   when there are more inputs than ``DocumentLimits/maximumDocuments``.
    public func run(
        resumes: [BatchInput], jobs: [BatchInput], order: Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, emit: ([BatchRecord], Progress) throws -> Void
    ) async throws -> Summary {
        try await schedule(resumes: resumes, jobs: jobs, order: order, top: top, shard: shard) { failures, total in
            try emit(failures.map(BatchRecord.failure), Progress(done: 0, total: total))
        } transform: { _, rows in
            rows.map(BatchRecord.pair)
        } each: { records, progress in
            try emit(records, progress)
        }
    }

    /// Reads every input, scores every pair, renders the rows in `format` on the workers, and
    /// hands the text to `write` in order (the format's header and footer are the caller's).
    ///
    /// Scoring and rendering run on up to ``width`` workers, a slice of a line at a time, so the
    /// writer only copies text; the bytes are those of rendering ``run(resumes:jobs:order:top:shard:emit:)``'s
    /// records one by one.
    ///
    /// - Parameters:
    ///   - write: Called on the caller's task with each slice's text (the failures first) and the progress.
    /// - Throws: What `write` throws, or `CancellationError`.
    public func run(
        resumes: [BatchInput], jobs: [BatchInput], format: BatchFormat, order: Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, failures: ([BatchFailure]) -> Void = { _ in },
        write: (String, Progress) throws -> Void
    ) async throws -> Summary {
        var first = true
        return try await schedule(resumes: resumes, jobs: jobs, order: order, top: top, shard: shard) { listed, total in
            failures(listed)
            var text = ""
            for failure in listed {
                text += format.render(.failure(failure), first: first)
                first = false
            }
            try write(text, Progress(done: 0, total: total))
        } transform: { slice, rows in
            var text = slice.start == 0 ? format.groupHeading(rows.first, order: order) : ""
            for row in rows { text += format.render(.pair(row), first: false) }
            return text
        } each: { text, progress in
            // Only the very first record of a JSON array goes without a comma before it.
            if first, !text.isEmpty {
                first = false
                try write(format.droppingSeparator(text), progress)
            } else {
                try write(text, progress)
            }
        }
    }

    /// One piece of work: pairs `start..<end` of one line of the matrix (the whole line with a top).
    struct Slice: Sendable {
        var line: Int
        var start: Int
        var end: Int
    }

    private func schedule<Output: Sendable>(
        resumes: [BatchInput], jobs: [BatchInput], order: Order, top: Int?, shard: BatchShard?,
        failures: ([BatchFailure], Int) throws -> Void,
        transform: @escaping @Sendable (Slice, [BatchRow]) -> Output,
        each: (Output, Progress) throws -> Void
    ) async throws -> Summary {
        guard resumes.count + jobs.count <= limits.maximumDocuments else {
            throw IngestionError.tooManyDocuments(
                "the inputs", count: resumes.count + jobs.count, limit: limits.maximumDocuments)
        }
        let jobs = shard.map { shard in jobs.enumerated().filter { shard.contains($0.offset) }.map(\.element) } ?? jobs
        let loaded = try await profiles(resumes: resumes, jobs: jobs)
        let (resumeProfiles, jobProfiles) = (loaded.resumes, loaded.jobs)
        let (resumeFailures, jobFailures) = (loaded.resumeFailures, loaded.jobFailures)
        // Shards other than the first leave resume failures to shard 1, so merged shards list each once.
        let listed = (shard.map { $0.index == 1 } ?? true ? resumeFailures : []) + jobFailures
        let total = resumeProfiles.count * jobProfiles.count
        try failures(listed, total)

        let lines = order == .byResume ? resumeProfiles.count : jobProfiles.count
        let perLine = order == .byResume ? jobProfiles.count : resumeProfiles.count
        var slices: [Slice] = []
        for line in 0..<lines {
            if top != nil {
                slices.append(Slice(line: line, start: 0, end: perLine))
            } else {
                for start in stride(from: 0, to: perLine, by: max(1, sliceSize)) {
                    slices.append(Slice(line: line, start: start, end: min(perLine, start + max(1, sliceSize))))
                }
            }
        }
        let (resumesShared, jobsShared) = (resumeProfiles, jobProfiles)
        let scorer = CompactScorer(resumes: resumeProfiles, postings: jobProfiles)
        var done = 0
        try await Self.orderedMap(slices, width: width) { slice in
            var scratch = CompactScorer.Scratch()
            // The line's own profile, copied once rather than once a pair.
            let lineResume = order == .byResume ? resumesShared[slice.line] : nil
            let lineJob = order == .byJob ? jobsShared[slice.line] : nil
            func row(_ index: Int) -> BatchRow {
                if let lineResume {
                    return scorer.row(slice.line, lineResume, index, jobsShared[index], scratch: &scratch)
                }
                let job = lineJob ?? jobsShared[slice.line]
                return scorer.row(index, resumesShared[index], slice.line, job, scratch: &scratch)
            }
            guard let top else {
                return (slice.end - slice.start, transform(slice, (slice.start..<slice.end).map(row)))
            }
            // Keep the best `top` as the line is scored, so a long line never holds all its rows.
            var kept: [(offset: Int, row: BatchRow)] = []
            for index in slice.start..<slice.end {
                kept.append((index, row(index)))
                if kept.count >= 2 * top + 256 { kept = Self.best(kept, top) }
            }
            return (slice.end - slice.start, transform(slice, Self.best(kept, top).map(\.row)))
        } each: { _, result in
            done += result.0
            try each(result.1, Progress(done: done, total: total))
        }
        return Summary(
            resumes: resumeProfiles.count, jobs: jobProfiles.count, pairs: total,
            failures: resumeFailures + jobFailures)
    }

    /// The inputs of a batch, each read, parsed and extracted once.
    public struct Profiles: Sendable {
        /// The resumes that could be read, in input order.
        public var resumes: [ResumeProfile]
        /// The postings that could be read, in input order.
        public var jobs: [PostingProfile]
        /// The resumes that could not be read, in input order.
        public var resumeFailures: [BatchFailure]
        /// The postings that could not be read, in input order.
        public var jobFailures: [BatchFailure]
    }

    /// Reads, parses and extracts every input once, at most ``width`` at a time; inputs that
    /// cannot be read become failures, in input order.
    ///
    /// - Throws: `CancellationError` only.
    public func profiles(resumes: [BatchInput], jobs: [BatchInput]) async throws -> Profiles {
        let extractor = extractor
        let asOf = asOf
        let limits = limits
        let relations = TaxonomyRelations(extractor.matcher.taxonomy)
        var profiles = Profiles(resumes: [], jobs: [], resumeFailures: [], jobFailures: [])
        try await Self.orderedMap(resumes, width: width) { input in
            Self.loadResume(input, extractor: extractor, asOf: asOf, limits: limits, relations: relations)
        } each: { _, result in
            switch result {
            case .success(let profile): profiles.resumes.append(profile)
            case .failure(let failure): profiles.resumeFailures.append(failure)
            }
        }
        try await Self.orderedMap(jobs, width: width) { input in
            Self.loadPosting(input, extractor: extractor, limits: limits)
        } each: { _, result in
            switch result {
            case .success(let profile): profiles.jobs.append(profile)
            case .failure(let failure): profiles.jobFailures.append(failure)
            }
        }
        return profiles
    }

    /// The `count` best rows, best score first, then the better potential, then input order.
    static func best(_ rows: [(offset: Int, row: BatchRow)], _ count: Int) -> [(offset: Int, row: BatchRow)] {
        Array(
            rows.sorted { left, right in
                let (one, other) = (left.row, right.row)
                if one.score != other.score { return one.score > other.score }
                if one.potentialScore != other.potentialScore { return one.potentialScore > other.potentialScore }
                return left.offset < right.offset
            }.prefix(max(0, count)))
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
