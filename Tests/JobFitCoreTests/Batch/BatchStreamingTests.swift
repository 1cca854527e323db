import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Postings streamed a window at a time: bounded memory, the bytes of one window, failures in place.
@Suite struct BatchStreamingTests {
    static let asOf = ResumeDate(year: 2026, month: 1)

    /// The text of a batch in `format`, header to footer, with its summary and every progress seen.
    static func text(
        resumes: [String], postings: BatchPostings, format: BatchFormat = .csv, order: BatchMatcher.Order,
        top: Int? = nil, shard: BatchShard? = nil, window: Int, width: Int = 2
    ) async throws -> (text: String, summary: BatchMatcher.Summary, progress: [BatchMatcher.Progress]) {
        var matcher = BatchMatcher(asOf: asOf, width: width)
        matcher.windowSize = window
        matcher.sliceSize = 5
        var text = format.header
        var progress: [BatchMatcher.Progress] = []
        let summary = try await matcher.run(
            resumes: resumes.map(BatchInput.file), postings: postings, format: format, order: order, top: top,
            shard: shard
        ) { slice, state in
            text += slice
            progress.append(state)
        }
        return (text + format.footer(empty: text == format.header), summary, progress)
    }

    /// JSON Lines of the first `count` posting fixtures, `{"id": PATH, "text"|"html": …}` a line.
    static func jsonLines(_ count: Int) throws -> [String] {
        try PackageFiles.jobFixtures().prefix(count).map { path in
            let key = path.hasSuffix(".html") || path.hasSuffix(".htm") ? "html" : "text"
            let text = String(decoding: try PackageFiles.bytes(path), as: UTF8.self)
            let object = try JSONSerialization.data(withJSONObject: ["id": path, key: text], options: [.sortedKeys])
            return String(decoding: object, as: UTF8.self)
        }
    }

    /// A reader handing over one line of `lines` a chunk, counting the lines read.
    static func reader(_ lines: [String]) -> (reader: JSONLinesReader, read: Counter) {
        let counter = Counter()
        let reader = JSONLinesReader(source: "postings.jsonl") {
            guard counter.value < lines.count else { return nil }
            defer { counter.value += 1 }
            return Data((lines[counter.value] + "\n").utf8)
        }
        return (reader, counter)
    }

    // MARK: - The bytes of one window

    /// Windows of 4 postings give the bytes of one window of every posting (the whole matrix at
    /// once, as before streaming) in every order, top and format, and hold at most 4 postings;
    /// by resume without a top, the rows wait in a spill file (none for one window).
    @Test(arguments: BatchFormat.allCases)
    func windowsGiveTheBytesOfOneWindow(_ format: BatchFormat) async throws {
        let (resumes, jobs) = try BatchTests.fixtureInputs()
        let resumeList = Array(resumes.prefix(3)) + ["/no/such/resume.json"]
        let cases: [(BatchMatcher.Order, Int?)] = [(.byJob, nil), (.byJob, 2), (.byResume, 3), (.byResume, nil)]
        for (order, top) in cases {
            let whole = try await Self.text(
                resumes: resumeList, postings: BatchPostings(jobs.map(BatchInput.file)), format: format, order: order,
                top: top, window: 10_000)
            let windowed = try await Self.text(
                resumes: resumeList, postings: BatchPostings(jobs.map(BatchInput.file)), format: format, order: order,
                top: top, window: 4)
            #expect(windowed.text == whole.text, "\(format) \(order) top \(top ?? 0)")
            #expect(windowed.summary.pairs == 3 * jobs.count && windowed.summary.failures.count == 1)
            #expect(whole.summary.maximumHeldPostings == jobs.count)
            #expect(windowed.summary.maximumHeldPostings == 4, "\(order) top \(top ?? 0)")
            #expect(whole.summary.spilledBytes == 0)
            let spills = order == .byResume && top == nil
            #expect((windowed.summary.spilledBytes > 0) == spills, "\(order) top \(top ?? 0)")
            #expect(windowed.progress.last?.done == 3 * jobs.count && windowed.progress.last?.total == 3 * jobs.count)
            #expect(windowed.progress.map(\.done) == windowed.progress.map(\.done).sorted())
        }
    }

    // MARK: - Failures

    /// By job, a posting that cannot be read is an error row in its place; by resume, failures
    /// still come first (resumes', then postings'), whatever the window.
    @Test func aPostingThatFailsTakesItsPlaceByJobAndComesFirstByResume() async throws {
        let (resumes, jobs) = try BatchTests.fixtureInputs()
        let resumeList = Array(resumes.prefix(2)) + ["/no/such/resume.json"]
        let postings = [jobs[0], "/no/such/posting.txt", jobs[1], jobs[2], "/no/such/other.md", jobs[3]]
        func records(_ order: BatchMatcher.Order, top: Int?) async throws -> ([String], [[String]]) {
            var matcher = BatchMatcher(asOf: Self.asOf, width: 2)
            matcher.windowSize = 2
            var rows: [String] = []
            var reported: [[String]] = []
            _ = try await matcher.run(
                resumes: resumeList.map(BatchInput.file), postings: BatchPostings(postings.map(BatchInput.file)),
                format: .jsonl, order: order, top: top
            ) { failures in
                reported.append(failures.map(\.input))
            } write: { text, _ in
                rows += text.split(separator: "\n").map { line in
                    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                    if let error = object?["error"] as? String { return "error " + String(error.prefix { $0 != ":" }) }
                    return object?["job"] as? String ?? "?"
                }
            }
            return (rows, reported)
        }
        let (byJob, reported) = try await records(.byJob, top: nil)
        let pair = { (job: String) in [String](repeating: job, count: 2) }
        #expect(
            byJob
                == ["error /no/such/resume.json"] + pair(jobs[0]) + ["error /no/such/posting.txt"] + pair(jobs[1])
                + pair(jobs[2]) + ["error /no/such/other.md"] + pair(jobs[3]))
        // Reported a window at a time, the resumes' with the first.
        #expect(reported == [["/no/such/resume.json", "/no/such/posting.txt"], [], ["/no/such/other.md"]])

        let failuresFirst = ["error /no/such/resume.json", "error /no/such/posting.txt", "error /no/such/other.md"]
        let (byResumeTop, _) = try await records(.byResume, top: 1)
        #expect(Array(byResumeTop.prefix(3)) == failuresFirst && byResumeTop.count == 3 + 2)
        let (byResume, _) = try await records(.byResume, top: nil)
        #expect(Array(byResume.prefix(3)) == failuresFirst && byResume.count == 3 + 2 * 4)
    }

    // MARK: - Spilling rows by resume

    /// The files and descriptors of this process under `folder`: a spill is nameless while it
    /// is open, so only `/proc/self/fd` shows it.
    static func spills(in folder: URL) throws -> (files: [String], open: [String]) {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap { fd in
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + fd)
            return target.flatMap { $0.hasPrefix(folder.path + "/") ? $0 : nil }
        }
        return (files, open)
    }

    /// A fresh, empty folder to spill into.
    static func spillFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A spill is open while postings are read, and nothing of it is left after a run, after
    /// the writer throws, and after the task is cancelled: no file, no open descriptor.
    @Test func spillFilesAreGoneAfterARunAnErrorAndCancellation() async throws {
        struct WriterFailed: Error {}
        let folder = try Self.spillFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (resumes, jobs) = try BatchTests.fixtureInputs()
        var matcher = BatchMatcher(asOf: Self.asOf, width: 2)
        matcher.windowSize = 3
        matcher.spillDirectory = folder.path
        let (resumeInputs, jobInputs) = (resumes.prefix(3).map(BatchInput.file), jobs.map(BatchInput.file))
        func run(_ write: (String) throws -> Void) async throws -> BatchMatcher.Summary {
            try await matcher.run(resumes: resumeInputs, postings: BatchPostings(jobInputs), format: .jsonl) {
                text, _ in try write(text)
            }
        }

        var openWhileScoring: [String] = []
        let summary = try await run { _ in
            if openWhileScoring.isEmpty { openWhileScoring = try Self.spills(in: folder).open }
        }
        #expect(summary.spilledBytes > 0 && summary.maximumHeldPostings == 3)
        #expect(openWhileScoring.count == 1 && openWhileScoring.first?.hasSuffix(" (deleted)") == true)
        #expect(try Self.spills(in: folder) == ([], []), "after a run")

        // The writer fails while rows are spilled (pair rows reach it only from the spill), then
        // while they are copied out.
        let failsOn: [(String, Int) -> Bool] = [{ _, calls in calls == 2 }, { text, _ in text.contains("\"score\":") }]
        for fails in failsOn {
            var calls = 0
            await #expect(throws: WriterFailed.self) {
                _ = try await run { text in
                    calls += 1
                    if fails(text, calls) { throw WriterFailed() }
                }
            }
            #expect(try Self.spills(in: folder) == ([], []), "after the writer threw on call \(calls)")
        }

        // Cancelled from within, on a task of its own (cancelling the test's task would end the test).
        let cancelled = Task { [matcher] in
            try await matcher.run(resumes: resumeInputs, postings: BatchPostings(jobInputs), format: .jsonl) { _, _ in
                withUnsafeCurrentTask { $0?.cancel() }
            }
        }
        await #expect(throws: CancellationError.self) { _ = try await cancelled.value }
        #expect(try Self.spills(in: folder) == ([], []), "after cancellation")
    }

    /// A spill folder that cannot be written says which and what to do; a batch that fits in
    /// one window, or is read by job, never needs it.
    @Test func anUnwritableSpillFolderSaysWhatToDo() async throws {
        let (resumes, jobs) = try BatchTests.fixtureInputs()
        let missing = "/nonexistent-\(UUID().uuidString)"
        var matcher = BatchMatcher(asOf: Self.asOf, width: 2)
        matcher.spillDirectory = missing
        func run(_ order: BatchMatcher.Order, top: Int? = nil) async throws -> BatchMatcher.Summary {
            try await matcher.run(
                resumes: resumes.prefix(2).map(BatchInput.file), postings: BatchPostings(jobs.map(BatchInput.file)),
                format: .csv, order: order, top: top
            ) { _, _ in }
        }
        // Exactly one window of files: known to be the last, so nothing spills.
        matcher.windowSize = jobs.count
        #expect(try await run(.byResume).spilledBytes == 0)

        matcher.windowSize = 4
        #expect(try await run(.byJob).spilledBytes == 0)
        #expect(try await run(.byResume, top: 2).spilledBytes == 0)
        await #expect(throws: OutputError.cannotSpill(missing, reason: "No such file or directory")) {
            _ = try await run(.byResume)
        }
        #expect(
            OutputError.cannotSpill(missing, reason: "No space left on device").errorDescription
                == "\(missing): cannot hold the temporary rows of --by resume (No space left on device); set TMPDIR "
                + "to a writable folder with room for the output, or use --by job or --top, which need no "
                + "temporary file.")
    }

    // MARK: - JSON Lines, read as the batch goes

    /// By job, the first rows are written when only the first window's lines are read, and the
    /// total is known only once the last line is.
    @Test func theFirstRowsAreWrittenBeforeTheLastPostingIsRead() async throws {
        let lines = try Self.jsonLines(40)
        let (reader, read) = Self.reader(lines)
        var matcher = BatchMatcher(asOf: Self.asOf, width: 1)
        matcher.windowSize = 4
        var readAtFirstRow: Int?
        var progress: [BatchMatcher.Progress] = []
        let resumes = try Array(BatchTests.fixtureInputs().resumes.prefix(3))
        let summary = try await matcher.run(
            resumes: resumes.map(BatchInput.file), postings: BatchPostings([], then: reader), order: .byJob
        ) { records, state in
            if readAtFirstRow == nil, !records.isEmpty { readAtFirstRow = read.value }
            progress.append(state)
        }
        #expect(readAtFirstRow == 4)
        #expect(read.value == 40 && summary.jobs == 40 && summary.maximumHeldPostings == 4)
        #expect(progress.dropLast().allSatisfy { $0.total == nil }, "unknown while lines are left to read")
        #expect(progress.last?.done == 120 && progress.last?.total == 120)
    }

    /// Postings read from JSON Lines as the batch goes give the rows of the same postings given
    /// whole, sharded or not.
    @Test(arguments: [nil, BatchShard(index: 2, count: 3)])
    func jsonLinesReadAsTheyGoGiveTheRowsOfTheWholeText(shard: BatchShard?) async throws {
        let lines = try Self.jsonLines(12) + ["not json", "", "{\"id\": \"no text\"}"]
        let resumes = try Array(BatchTests.fixtureInputs().resumes.prefix(2))
        let whole = BatchInput.postings(jsonLines: Array(lines.joined(separator: "\n").utf8), source: "postings.jsonl")
        #expect(whole.count == 14)
        for (order, top) in [(BatchMatcher.Order.byJob, nil), (.byResume, 2), (.byResume, nil)]
            as [(BatchMatcher.Order, Int?)]
        {
            let expected = try await Self.text(
                resumes: resumes, postings: BatchPostings(whole), order: order, top: top, shard: shard, window: 10_000)
            let streamed = try await Self.text(
                resumes: resumes, postings: BatchPostings([], then: Self.reader(lines).reader), order: order, top: top,
                shard: shard, window: 3)
            #expect(streamed.text == expected.text, "\(order) top \(top ?? 0)")
            let (got, want) = (streamed.summary, expected.summary)
            #expect(got.resumes == 2 && got.jobs == want.jobs && got.pairs == want.pairs)
            #expect(got.failures == want.failures && got.failures.count == (shard == nil ? 2 : 1))
            #expect(got.maximumHeldPostings == 3)
        }
    }

    /// The document limit holds as postings are read: files are counted before anything is
    /// done, JSON Lines records as they are read.
    @Test func theDocumentLimitIsEnforcedAsPostingsAreRead() async throws {
        let lines = try Self.jsonLines(10)
        let resumes = try Array(BatchTests.fixtureInputs().resumes.prefix(2))
        var matcher = BatchMatcher(asOf: Self.asOf, width: 1)
        matcher.windowSize = 2
        matcher.limits.maximumDocuments = 2 + 5
        var rows = 0
        await #expect(throws: IngestionError.tooManyDocuments("the inputs", count: 8, limit: 7)) {
            _ = try await matcher.run(
                resumes: resumes.map(BatchInput.file), postings: BatchPostings([], then: Self.reader(lines).reader),
                order: .byJob
            ) { records, _ in rows += records.count }
        }
        #expect(rows == 2 * 4, "the first two windows were scored before the sixth posting was read")

        let files = try BatchTests.fixtureInputs().jobs.prefix(6).map(BatchInput.file)
        rows = 0
        await #expect(throws: IngestionError.tooManyDocuments("the inputs", count: 8, limit: 7)) {
            _ = try await matcher.run(
                resumes: resumes.map(BatchInput.file), postings: BatchPostings(Array(files)), order: .byJob
            ) { records, _ in rows += records.count }
        }
        #expect(rows == 0, "files are counted before any is read")
    }
}
