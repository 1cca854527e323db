public import Foundation

/// Matches many resumes against many postings on every core, streaming rows in a fixed order.
///
/// Resumes are read, parsed and extracted first (in parallel, at most ``width`` at a time), and
/// held: they are few. Postings are pulled from ``BatchPostings`` a window at a time (``windowSize``
/// of them): read, parsed and extracted on the workers, scored against every resume, their rows
/// handed on in input order whatever the scheduling, and the window dropped. So memory does not
/// grow with the number of postings. By resume without a top, where every resume's row for the
/// last posting follows its first, the text runs write each window's rows to a scratch file (a
/// block per resume, in ``spillDirectory``) and copy the blocks out in resume order at the end;
/// a batch whose postings fit in one window writes no file. The record runs hold every
/// posting's compact profile in that order instead.
///
/// Where the rows of an input that could not be read go:
/// - resumes' failures come first, in every order;
/// - by resume, the postings' failures come next, before any pair (with a top, rows are written
///   only once every posting is read; without one, every posting is read first);
/// - by job, a posting's failure takes its place among the postings: it is known only when its
///   window is read, and earlier postings' rows may already be written.
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
        /// Pairs to score in all; `nil` while JSON Lines postings are still being read.
        public var total: Int?
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
        /// The most posting profiles held at once: a window's (or, for the record runs by resume
        /// without a top, every posting's).
        public var maximumHeldPostings: Int
        /// Bytes of rendered rows that waited in a scratch file (by resume without a top, when
        /// the postings took more than one window); 0 when none did.
        public var spilledBytes: Int
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
    /// The most postings read and scored at a time (16 × ``width``, at least 256, by default):
    /// large enough that the workers rarely wait at a window's end, and that the index of a
    /// spill (one offset per resume per window) stays small.
    public var windowSize: Int
    /// The folder where rows rendered by resume without a top wait for the last posting.
    ///
    /// `nil` (the default) is the system's temporary folder (`TMPDIR`, or `/tmp`). The file is
    /// private (mode 0600), nameless while it is used, and as large as those rows
    /// (``Summary/spilledBytes``).
    public var spillDirectory: String?

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
        windowSize = max(256, 16 * self.width)
    }

    /// Reads every input, scores every pair, and hands the records to `emit` in order: first the
    /// inputs that failed (resumes, then postings; by job, a posting's failure in its place), then
    /// the pairs, line by line.
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
        try await run(
            resumes: resumes, postings: BatchPostings(jobs), order: order, top: top, shard: shard, emit: emit)
    }

    /// Reads every input, scores every pair, and hands the records to `emit` in order, pulling
    /// postings from `postings` a window at a time (see ``run(resumes:jobs:order:top:shard:emit:)``).
    ///
    /// - Throws: What `emit` throws, `CancellationError`, what reading `postings` throws, or
    ///   ``IngestionError/tooManyDocuments(_:count:limit:)`` as soon as there are more inputs than
    ///   ``DocumentLimits/maximumDocuments`` (with JSON Lines, once that many are read).
    public func run(
        resumes: [BatchInput], postings: BatchPostings, order: Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, emit: ([BatchRecord], Progress) throws -> Void
    ) async throws -> Summary {
        try await schedule(resumes: resumes, postings: postings, order: order, top: top, shard: shard, spill: nil) {
            _ in
        } failed: { failures in
            failures.map(BatchRecord.failure)
        } transform: { _, rows in
            rows.map(BatchRecord.pair)
        } each: { records, progress in
            try emit(records ?? [], progress)
        }
    }

    /// Reads every input, scores every pair, renders the rows in `format` on the workers, and
    /// hands the text to `write` in order (the format's header and footer are the caller's).
    ///
    /// Scoring and rendering run on up to ``width`` workers, a slice of a line at a time, so the
    /// writer only copies text; the bytes are those of rendering ``run(resumes:jobs:order:top:shard:emit:)``'s
    /// records one by one. By resume without a top, when the postings take more than one
    /// window, the rows wait in a scratch file in ``spillDirectory`` and are handed to `write`
    /// (in chunks of at most 256 KB) once every posting is read.
    ///
    /// - Parameters:
    ///   - failures: Called once a window of postings is read, before its rows are written, with
    ///     the inputs in it that failed (the first time with the resumes' too).
    ///   - write: Called on the caller's task with each slice's text and the progress.
    /// - Throws: What `write` throws, `CancellationError`, or ``OutputError/cannotSpill(_:reason:)``.
    public func run(
        resumes: [BatchInput], jobs: [BatchInput], format: BatchFormat, order: Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, failures: ([BatchFailure]) -> Void = { _ in },
        write: (String, Progress) throws -> Void
    ) async throws -> Summary {
        try await run(
            resumes: resumes, postings: BatchPostings(jobs), format: format, order: order, top: top, shard: shard,
            failures: failures, write: write)
    }

    /// Reads every input, scores every pair, and hands the text in `format` to `write` in order,
    /// pulling postings from `postings` a window at a time (see
    /// ``run(resumes:jobs:format:order:top:shard:failures:write:)``).
    ///
    /// - Throws: What `write` throws, `CancellationError`, what reading `postings` throws,
    ///   ``IngestionError/tooManyDocuments(_:count:limit:)``, or ``OutputError/cannotSpill(_:reason:)``.
    public func run(
        resumes: [BatchInput], postings: BatchPostings, format: BatchFormat, order: Order = .byResume,
        top: Int? = nil, shard: BatchShard? = nil, failures: ([BatchFailure]) -> Void = { _ in },
        write: (String, Progress) throws -> Void
    ) async throws -> Summary {
        var first = true
        return try await schedule(
            resumes: resumes, postings: postings, order: order, top: top, shard: shard,
            spill: Spill(text: { $0 }, output: { $0 })
        ) {
            failures($0)
        } failed: { listed in
            listed.map { format.render(.failure($0), first: false) }.joined()
        } transform: { slice, rows in
            var text = slice.offset + slice.start == 0 ? format.groupHeading(rows.first, order: order) : ""
            for row in rows { text += format.render(.pair(row), first: false) }
            return text
        } each: { text, progress in
            // Only the very first record of a JSON array goes without a comma before it.
            if first, let text, !text.isEmpty {
                first = false
                try write(format.droppingSeparator(text), progress)
            } else {
                try write(text ?? "", progress)
            }
        }
    }

    /// One piece of work: pairs `start..<end` of one line of the matrix (the whole line with a top).
    struct Slice: Sendable {
        var line: Int
        var start: Int
        var end: Int
        /// By resume, the postings of the line in earlier windows: `start` counts from there.
        var offset = 0
    }

    /// How output goes to a scratch file and comes back: only text output spills.
    private struct Spill<Output> {
        var text: (Output) -> String
        var output: (String) -> Output
    }

    /// A posting read for a window: its profile, and its requirements numbered for scoring.
    private struct Loaded: Sendable {
        var profile: PostingProfile
        var compact: CompactScorer.Posting
    }

    /// What a worker does within a window: a slice of pairs, or a posting's failure (by job, in its place).
    private enum Work: Sendable {
        case slice(Slice)
        case failure(BatchFailure)
    }

    private func schedule<Output: Sendable>(
        resumes: [BatchInput], postings source: BatchPostings, order: Order, top: Int?, shard: BatchShard?,
        spill: Spill<Output>?, report: ([BatchFailure]) throws -> Void,
        failed: @escaping @Sendable ([BatchFailure]) -> Output,
        transform: @escaping @Sendable (Slice, [BatchRow]) -> Output,
        each: (Output?, Progress) throws -> Void
    ) async throws -> Summary {
        var postings = source
        let limit = limits.maximumDocuments
        if let count = postings.count, resumes.count + count > limit {
            throw IngestionError.tooManyDocuments("the inputs", count: resumes.count + count, limit: limit)
        }
        let loadedResumes = try await profiles(resumes: resumes, jobs: [])
        let (resumeProfiles, resumeFailures) = (loadedResumes.resumes, loadedResumes.resumeFailures)
        let scorer = CompactScorer(resumes: resumeProfiles)
        // Shards other than the first leave resume failures to shard 1, so merged shards list each once.
        var listed = shard.map { $0.index == 1 } ?? true ? resumeFailures : []

        // Without a top, a resume's rows run over every posting: text waits in a scratch file,
        // window by window; records need every posting at once.
        let windowLimit = order == .byResume && top == nil && spill == nil ? Int.max : max(1, windowSize)
        var spillFile: SpillFile?
        // For each window spilled, where each resume's block starts, and (last) where the window ends.
        var blocks: [[Int]] = []
        let (extractor, limits) = (extractor, limits)
        var read = 0
        var exhausted = false
        var jobs = 0
        var jobFailures: [BatchFailure] = []
        var held = 0
        var done = 0
        // By resume with a top: each resume's best rows so far, with the posting's position for ties.
        var kept = [[(offset: Int, row: BatchRow)]](repeating: [], count: resumeProfiles.count)
        func total() -> Int? {
            if exhausted { return resumeProfiles.count * jobs }
            guard let count = postings.count else { return nil }
            let inShard = shard.map { ($0.count - $0.index + count) / $0.count } ?? count
            return resumeProfiles.count * (inShard - jobFailures.count)
        }

        var firstWindow = true
        while !exhausted {
            // Read, parse and extract the next window of postings.
            var loaded: [Loaded] = []
            var failures: [BatchFailure] = []
            // By job, where each failure goes among the postings: the number of postings before it.
            var failedAt: [Int] = []
            var taken = 0
            try await Self.orderedMap(
                next: {
                    guard taken < windowLimit else { return nil }
                    while let input = try postings.next() {
                        read += 1
                        guard resumes.count + read <= limit else {
                            throw IngestionError.tooManyDocuments(
                                "the inputs", count: resumes.count + read, limit: limit)
                        }
                        guard shard?.contains(read - 1) ?? true else { continue }
                        taken += 1
                        return input
                    }
                    exhausted = true
                    return nil
                }, width: width
            ) { input in
                Self.loadPosting(input, extractor: extractor, limits: limits).map {
                    Loaded(profile: $0, compact: scorer.posting($0))
                }
            } each: { _, result in
                switch result {
                case .success(let posting): loaded.append(posting)
                case .failure(let failure):
                    failures.append(failure)
                    failedAt.append(loaded.count)
                }
            }
            guard !loaded.isEmpty || !failures.isEmpty || firstWindow else {
                // The postings ran out at a window's end: the total is known only now.
                try each(nil, Progress(done: done, total: total()))
                break
            }
            firstWindow = false

            let offset = jobs
            jobs += loaded.count
            jobFailures += failures
            held = max(held, loaded.count)
            listed += failures
            try report(listed)
            // By job, a posting's failure waits for its place among the rows.
            let first = order == .byJob ? listed.prefix(listed.count - failures.count) : listed[...]
            try each(first.isEmpty ? nil : failed(Array(first)), Progress(done: done, total: total()))
            listed = []

            switch (order, top) {
            case (.byResume, let top?):
                // Keep each resume's best `top` as windows pass, so memory is resumes × top, not postings.
                let loaded = loaded
                try await Self.orderedMap(Array(resumeProfiles.indices), width: width) { line in
                    var scratch = CompactScorer.Scratch()
                    var best: [(offset: Int, row: BatchRow)] = []
                    for (index, posting) in loaded.enumerated() {
                        best.append(
                            (
                                offset + index,
                                scorer.row(
                                    line, resumeProfiles[line], posting.compact, posting.profile, scratch: &scratch)
                            ))
                        if best.count >= 2 * top + 256 { best = Self.best(best, top) }
                    }
                    return Self.best(best, top)
                } each: { line, best in
                    kept[line] = Self.best(kept[line] + best, top)
                    done += loaded.count
                    try each(nil, Progress(done: done, total: total()))
                }
            case (.byResume, nil):
                var work: [Work] = []
                for line in resumeProfiles.indices {
                    for start in stride(from: 0, to: loaded.count, by: max(1, sliceSize)) {
                        let end = min(loaded.count, start + max(1, sliceSize))
                        work.append(.slice(Slice(line: line, start: start, end: end, offset: offset)))
                    }
                }
                // A batch whose postings all fit in the first window writes its rows as they come.
                let lastWindow = exhausted || postings.count.map { read >= $0 } ?? false
                if spill != nil, spillFile == nil, !lastWindow, !loaded.isEmpty {
                    spillFile = try SpillFile(directory: spillDirectory)
                }
                // Every line has as many slices, in line order: a line's block starts with its first.
                let slicesPerLine = max(1, work.count / max(1, resumeProfiles.count))
                var piece = 0
                var starts: [Int] = []
                try await score(
                    work, order: order, top: top, scorer: scorer, resumes: resumeProfiles, postings: loaded,
                    failed: failed, transform: transform
                ) { pairs, output in
                    done += pairs
                    if let file = spillFile, let spill {
                        if piece % slicesPerLine == 0 { starts.append(file.size) }
                        piece += 1
                        try file.append(spill.text(output))
                        try each(nil, Progress(done: done, total: total()))
                    } else {
                        try each(output, Progress(done: done, total: total()))
                    }
                }
                if let file = spillFile, !starts.isEmpty { blocks.append(starts + [file.size]) }
            case (.byJob, _):
                var work: [Work] = []
                var next = 0
                let size = top == nil ? max(1, sliceSize) : resumeProfiles.count
                for line in 0...loaded.count {
                    while next < failures.count, failedAt[next] == line {
                        work.append(.failure(failures[next]))
                        next += 1
                    }
                    guard line < loaded.count else { break }
                    for start in stride(from: 0, to: resumeProfiles.count, by: max(1, size)) {
                        work.append(
                            .slice(Slice(line: line, start: start, end: min(resumeProfiles.count, start + size))))
                    }
                }
                try await score(
                    work, order: order, top: top, scorer: scorer, resumes: resumeProfiles, postings: loaded,
                    failed: failed, transform: transform
                ) { pairs, output in
                    done += pairs
                    try each(output, Progress(done: done, total: total()))
                }
            }
        }
        var spilled = 0
        if let file = spillFile, let spill {
            // Every posting is read (and every failure written): each resume's blocks, in order.
            for line in resumeProfiles.indices {
                for block in blocks {
                    try file.read(offset: block[line], length: block[line + 1] - block[line]) { text in
                        try each(spill.output(text), Progress(done: done, total: total()))
                    }
                }
            }
            spilled = file.size
            spillFile = nil
        }
        if order == .byResume, let top {
            for line in resumeProfiles.indices {
                let rows = kept[line].prefix(top).map(\.row)
                try each(
                    transform(Slice(line: line, start: 0, end: jobs), Array(rows)), Progress(done: done, total: total())
                )
            }
        }
        return Summary(
            resumes: resumeProfiles.count, jobs: jobs, pairs: resumeProfiles.count * jobs,
            failures: resumeFailures + jobFailures, maximumHeldPostings: held, spilledBytes: spilled)
    }

    /// Scores and renders `work` on the workers, handing each piece's pairs and output to `each` in order.
    private func score<Output: Sendable>(
        _ work: [Work], order: Order, top: Int?, scorer: CompactScorer, resumes: [ResumeProfile], postings: [Loaded],
        failed: @escaping @Sendable ([BatchFailure]) -> Output,
        transform: @escaping @Sendable (Slice, [BatchRow]) -> Output,
        each: (Int, Output) throws -> Void
    ) async throws {
        try await Self.orderedMap(work, width: width) { piece -> (Int, Output) in
            let slice: Slice
            switch piece {
            case .failure(let failure): return (0, failed([failure]))
            case .slice(let work): slice = work
            }
            var scratch = CompactScorer.Scratch()
            // The line's own profile, copied once rather than once a pair.
            let lineResume = order == .byResume ? resumes[slice.line] : nil
            let linePosting = order == .byJob ? postings[slice.line] : nil
            func row(_ index: Int) -> BatchRow {
                if let lineResume {
                    let posting = postings[index]
                    return scorer.row(slice.line, lineResume, posting.compact, posting.profile, scratch: &scratch)
                }
                let posting = linePosting ?? postings[slice.line]
                return scorer.row(index, resumes[index], posting.compact, posting.profile, scratch: &scratch)
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
            try each(result.0, result.1)
        }
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
        var position = 0
        try await orderedMap(
            next: {
                guard position < items.count else { return nil }
                defer { position += 1 }
                return items[position]
            }, width: width, transform, each: each)
    }

    /// Runs `transform` over the items `next` hands over (until it returns `nil`), at most
    /// `width` at a time, and hands each result to `each` in order; `next` is called only when
    /// a worker is free and fewer than `4 × width` results wait, so at most that many items are held.
    static func orderedMap<Item: Sendable, Output: Sendable>(
        next: () throws -> Item?, width: Int, _ transform: @escaping @Sendable (Item) -> Output,
        each: (Int, Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var started = 0
            var delivered = 0
            var running = 0
            var finished = false
            var waiting: [Int: Output] = [:]
            func startMore() throws {
                while !finished, running < width, started - delivered < 4 * width {
                    guard let item = try next() else {
                        finished = true
                        break
                    }
                    let index = started
                    group.addTask { (index, transform(item)) }
                    started += 1
                    running += 1
                }
            }
            try startMore()
            while let (index, output) = try await group.next() {
                running -= 1
                waiting[index] = output
                while let ready = waiting.removeValue(forKey: delivered) {
                    try each(delivered, ready)
                    delivered += 1
                }
                try Task.checkCancellation()
                try startMore()
            }
        }
    }
}
