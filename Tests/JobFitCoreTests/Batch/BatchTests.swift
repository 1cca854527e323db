import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// The batch core: the fast scorer against full match reports, order, failures, top, shards.
@Suite struct BatchTests {
    static let asOf = ResumeDate(year: 2026, month: 1)

    /// Every resume fixture that loads, and every posting fixture, as paths under the package root.
    static func fixtureInputs() throws -> (resumes: [String], jobs: [String]) {
        let root = PackageFiles.root.path + "/"
        let resumes = try BatchInput.files(
            in: [
                root + "Tests/JobFitCoreTests/Fixtures/resumes/jsonresume-org",
                root + "Tests/JobFitCoreTests/Fixtures/resumes/plain",
                root + "Tests/JobFitCoreTests/Fixtures/resumes/community",
                root + "Tests/JobFitCoreTests/Fixtures/resumes/documents/alex-morgan.md",
                root + "Tests/JobFitCoreTests/Fixtures/resumes/documents/alex-morgan.docx",
                root + "Resources/examples/master-resume.json",
            ], extensions: BatchInput.resumeExtensions
        ).map(\.name)
        let jobs =
            try PackageFiles.jobFixtures().map { root + $0 } + [root + "Resources/examples/backend-engineer.html"]
        return (resumes, jobs)
    }

    static func rows(
        _ resumes: [String], _ jobs: [BatchInput], order: BatchMatcher.Order = .byResume, top: Int? = nil,
        shard: BatchShard? = nil, width: Int = 2
    ) async throws -> [BatchRecord] {
        var records: [BatchRecord] = []
        _ = try await BatchMatcher(asOf: asOf, width: width).run(
            resumes: resumes.map(BatchInput.file), jobs: jobs, order: order, top: top, shard: shard
        ) { batch, _ in records += batch }
        return records
    }

    // MARK: - The fast scorer

    @Test func everyPairEqualsTheFullMatchReport() async throws {
        let (resumes, jobs) = try Self.fixtureInputs()
        let records = try await Self.rows(resumes, jobs.map(BatchInput.file))
        let matcher = ResumeMatcher()
        var expected: [BatchRecord] = []
        for path in resumes {
            let resume = try ResumeLoader.load(InputFile.read(path), source: path)
            for job in jobs {
                let posting = try JobPostingParser().parse(InputFile.read(job), source: job)
                expected.append(.pair(BatchRow(report: matcher.match(resume, against: posting, asOf: Self.asOf))))
            }
        }
        #expect(resumes.count >= 15 && jobs.count >= 40)
        #expect(records.count == expected.count)
        for (got, want) in zip(records, expected) where got != want {
            Issue.record("\(got)\n  differs from the report's\n\(want)")
        }
        // The matrix is not trivial: some pairs score well, some have related and partial matches.
        let pairs = records.compactMap { record -> BatchRow? in
            if case .pair(let row) = record { return row } else { return nil }
        }
        #expect(pairs.contains { $0.score >= 40 })
        #expect(pairs.contains { $0.required.related > 0 } && pairs.contains { $0.required.partial > 0 })
        #expect(pairs.contains { !$0.knockOutsNotMet.isEmpty })
    }

    // MARK: - Order, failures, top, shards

    @Test func outputIsTheSameWhateverTheNumberOfWorkers() async throws {
        let (resumes, jobs) = try Self.fixtureInputs()
        let one = try await Self.rows(resumes, jobs.map(BatchInput.file), width: 1)
        let four = try await Self.rows(resumes, jobs.map(BatchInput.file), width: 4)
        #expect(one == four)
        let byJob = try await Self.rows(resumes, jobs.map(BatchInput.file), order: .byJob, width: 3)
        #expect(byJob.count == one.count)
        #expect(byJob.map { "\($0)" }.sorted() == one.map { "\($0)" }.sorted(), "the same rows, job by job")
        guard case .pair(let first) = byJob[1] else { throw BatchTestError.unexpected }
        #expect(first.job == jobs[0] && first.resume == resumes[1])
    }

    // MARK: - Rendering on the workers

    /// The text rendered on the workers, slice by slice, is the records rendered one by one.
    @Test(arguments: BatchFormat.allCases)
    func renderedOnTheWorkersEqualsRecordsRenderedOneByOne(_ format: BatchFormat) async throws {
        let (resumes, jobs) = try Self.fixtureInputs()
        let inputs = jobs.map(BatchInput.file) + [.file("/no/such/posting.txt")]
        let resumeList = Array(resumes.prefix(4)) + ["/no/such/resume.json"]
        let cases: [(BatchMatcher.Order, Int?)] = [(.byResume, nil), (.byJob, nil), (.byResume, 3), (.byJob, 2)]
        for (order, top) in cases {
            let records = try await Self.rows(resumeList, inputs, order: order, top: top)
            var expected = format.header
            var line: String?
            for (index, record) in records.enumerated() {
                if case .pair(let row) = record, (order == .byResume ? row.resume : row.job) != line {
                    line = order == .byResume ? row.resume : row.job
                    expected += format.groupHeading(row, order: order)
                }
                expected += format.render(record, first: index == 0)
            }
            expected += format.footer(empty: records.isEmpty)

            var matcher = BatchMatcher(asOf: Self.asOf, width: 2)
            matcher.sliceSize = 5
            var text = format.header
            var failed: [BatchFailure] = []
            var progress: [Int] = []
            _ = try await matcher.run(
                resumes: resumeList.map(BatchInput.file), jobs: inputs, format: format, order: order, top: top
            ) {
                failed = $0
            } write: { slice, state in
                text += slice
                progress.append(state.done)
            }
            text += format.footer(empty: records.isEmpty)
            #expect(text == expected, "\(format) \(order) top \(top ?? 0)")
            #expect(failed.map(\.input) == ["/no/such/resume.json", "/no/such/posting.txt"])
            #expect(progress.last == 4 * jobs.count && progress == progress.sorted())
        }
    }

    @Test func aBadInputIsAnErrorRowAndTheOthersAreScored() async throws {
        let resumes = [
            PackageFiles.url("Resources/examples/master-resume.json").path,
            PackageFiles.url(
                "Tests/JobFitCoreTests/Fixtures/resumes/fresh-test-resumes/johnny-trouble.broken.fresh.json"
            )
            .path,
        ]
        let jobs: [BatchInput] = [
            .file(PackageFiles.url("Resources/examples/backend-engineer.html").path),
            .file("/no/such/posting.txt"),
            .posting(id: "inline", text: "Requirements\n- 3+ years of Python and PostgreSQL", format: nil),
            .posting(id: "blank", text: "   ", format: nil),
        ]
        let records = try await Self.rows(resumes, jobs)
        let failures = records.compactMap { record -> BatchFailure? in
            if case .failure(let failure) = record { return failure } else { return nil }
        }
        #expect(failures.map(\.input) == [resumes[1], "/no/such/posting.txt", "blank"])
        #expect(failures.map(\.side) == [.resume, .job, .job])
        #expect(failures[0].message.contains("is not valid JSON"))
        #expect(failures[1].message == IngestionError.fileNotFound("/no/such/posting.txt").localizedDescription)
        #expect(records.count == failures.count + 2)
    }

    @Test func topKeepsEachResumesBestJobsBestFirst() async throws {
        let (resumes, jobs) = try Self.fixtureInputs()
        let all = try await Self.rows(Array(resumes.prefix(3)), jobs.map(BatchInput.file))
        let top = try await Self.rows(Array(resumes.prefix(3)), jobs.map(BatchInput.file), top: 2)
        #expect(top.count == 6)
        for resume in resumes.prefix(3) {
            let scores = all.compactMap { record -> Int? in
                if case .pair(let row) = record, row.resume == resume { return row.score } else { return nil }
            }
            let kept = top.compactMap { record -> Int? in
                if case .pair(let row) = record, row.resume == resume { return row.score } else { return nil }
            }
            #expect(kept == Array(scores.sorted(by: >).prefix(2)))
        }
    }

    @Test func shardsTogetherGiveExactlyTheWholeBatch() async throws {
        let (resumes, jobs) = try Self.fixtureInputs()
        let inputs = jobs.map(BatchInput.file) + [.file("/no/such/posting.txt")]
        let resumeList = Array(resumes.prefix(2)) + ["/no/such/resume.json"]
        let whole = try await Self.rows(resumeList, inputs)
        var parts: [BatchRecord] = []
        for index in 1...3 {
            parts += try await Self.rows(resumeList, inputs, shard: BatchShard(index: index, count: 3))
        }
        #expect(parts.count == whole.count)
        let key = { (record: BatchRecord) in
            switch record {
            case .pair(let row): "\(row.resume)|\(row.job)|\(row.score)"
            case .failure(let failure): "\(failure.side)|\(failure.input)"
            }
        }
        #expect(Set(parts.map(key)) == Set(whole.map(key)))
        #expect(BatchShard("0/2") == nil && BatchShard("3/2") == nil && BatchShard("2/2") != nil)
    }

    // MARK: - Inputs and formats

    @Test func jsonLinesPostingsAreReadLineByLine() {
        let text = """
            {"id": "a", "text": "Requirements: Python"}

            {"id": "b", "html": "<h2>Requirements</h2><ul><li>Go</li></ul>"}
            not json
            {"id": "c"}
            """
        let inputs = BatchInput.postings(jsonLines: Array(text.utf8), source: "-")
        #expect(inputs.map(\.name) == ["a", "b", "stdin:4", "c"])
        #expect(inputs[1] == .posting(id: "b", text: "<h2>Requirements</h2><ul><li>Go</li></ul>", format: .html))
        guard case .invalid(_, let message) = inputs[3] else { return #expect(Bool(false)) }
        #expect(message.hasPrefix("stdin:5: has no \"text\" or \"html\""))
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        let row = BatchRow(
            resume: "a,b.json", candidate: "Jo \"JJ\" Smith", job: "j.txt", title: "Dev\nOps", company: nil,
            score: 50, potentialScore: 60, required: .init(matched: 1), preferred: .init(missing: 2),
            missingRequired: ["Go", "Rust"], knockOutsNotMet: [])
        #expect(
            BatchRecord.pair(row).csvLine
                == "\"a,b.json\",\"Jo \"\"JJ\"\" Smith\",j.txt,\"Dev\nOps\",,50,60,1,0,0,0,0,0,0,2,Go; Rust,,\r\n")
        #expect(
            BatchRecord.pair(row).jsonObject.hasPrefix("{\"resume\":\"a,b.json\",\"candidate\":\"Jo \\\"JJ\\\" Smith\"")
        )
        let failure = BatchRecord.failure(BatchFailure(side: .job, input: "x.txt", message: "x.txt: is empty."))
        #expect(failure.csvLine == ",,x.txt,,,,,,,,,,,,,,,x.txt: is empty.\r\n")
        #expect(failure.jsonObject == "{\"job\":\"x.txt\",\"error\":\"x.txt: is empty.\"}")
    }
}

private enum BatchTestError: Error {
    case unexpected
}
