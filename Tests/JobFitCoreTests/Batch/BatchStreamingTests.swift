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
    /// once, as before streaming) in every order, top and format, and hold at most 4 postings.
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
            // By resume without a top, every posting is one line of each resume: all are held.
            let held = order == .byResume && top == nil ? jobs.count : 4
            #expect(windowed.summary.maximumHeldPostings == held, "\(order) top \(top ?? 0)")
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
            #expect(got.maximumHeldPostings == (order == .byResume && top == nil ? want.jobs : 3))
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
