import Foundation
import JobFitTestSupport
import Testing

/// `jobfit batch` end to end: bytes, failures and exit codes, top, shards, JSON Lines, interruption.
@Suite struct BatchCommandTests {
    static let resumes = [
        "--resumes", "Tests/JobFitCoreTests/Fixtures/resumes/plain", "Resources/examples/master-resume.json",
    ]
    static let jobs = [
        "--jobs", "Tests/JobFitCoreTests/Fixtures/jobs/seeds", "Resources/examples/backend-engineer.html",
    ]

    /// A fresh folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new folder with an empty `tmp` folder in it, to be the run's TMPDIR.
    static func folderWithScratch() throws -> (folder: URL, scratch: URL) {
        let dir = try folder()
        let scratch = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return (dir, scratch)
    }

    /// A batch long enough to interrupt, not started yet.
    ///
    /// 20,000 postings (copies of a seed, as JSON Lines in `dir`) on one worker into `dir/out.csv`.
    static func longBatch(in dir: URL) throws -> Process {
        let text = String(decoding: try PackageFiles.bytes(PackageFiles.jobFixtures(in: "seeds")[0]), as: UTF8.self)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
        try Data(Array(repeating: line, count: 20_000).joined(separator: "\n").utf8)
            .write(to: dir.appendingPathComponent("jobs.jsonl"))
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.currentDirectoryURL = PackageFiles.root
        process.arguments = [
            "batch", "--resumes", "Tests/JobFitCoreTests/Fixtures/resumes/jsonresume-org", "--jobs-jsonl",
            dir.appendingPathComponent("jobs.jsonl").path, "--workers", "1", "-o",
            dir.appendingPathComponent("out.csv").path,
        ]
        return process
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n").dropFirst().map { $0 }
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        var outputs: [Data] = []
        for run in 1...2 {
            let path = out.appendingPathComponent("run\(run).csv").path
            let result = try CLIRunner.run(["batch"] + Self.resumes + Self.jobs + ["--as-of", "2026-01", "-o", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.isEmpty, "no progress line when stderr is not a terminal")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(outputs[0] == outputs[1])
        let text = String(decoding: outputs[0], as: UTF8.self)
        #expect(text.hasPrefix("resume,candidate,job,title,company,score,potential_score,"))
        #expect(Self.lines(text).count == 4 * 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["run1.csv", "run2.csv"])
    }

    @Test func theHTMLPageIsSelfContainedAndEscapesEveryInputText() throws {
        let hostile = "<script>alert(1)</script> & \\\"Co\\\""
        let jsonl = "{\"id\": \"\(hostile)\", \"text\": \"Requirements\\n- 3+ years of Python and SQL\"}\n"
        let result = try CLIRunner.run(
            ["batch"] + Self.resumes + ["--jobs-jsonl", "-", "--format", "html", "--as-of", "2026-01", "--top", "1"],
            input: Data(jsonl.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let html = result.standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(html.components(separatedBy: "<tr class=\"group\">").count - 1 == 4, "a heading per resume")
    }

    @Test func badFilesAreListedAndTheOthersScoredWithExitThree() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jobs = try PackageFiles.jobFixtures(in: "seeds").prefix(5)
        for (index, job) in jobs.enumerated() {
            try Data(PackageFiles.bytes(job)).write(
                to: dir.appendingPathComponent("jobs/\(index).txt"), createFolder: true)
        }
        try Data([0, 1, 2, 0, 0xFF, 0, 7]).write(to: dir.appendingPathComponent("jobs/binary.txt"))
        try Data().write(to: dir.appendingPathComponent("jobs/empty.md"))
        try Data("{\"basics\": {\"name\": ".utf8).write(
            to: dir.appendingPathComponent("broken.json"), createFolder: true)
        let result = try CLIRunner.run(
            [
                "batch", "--resumes", "Resources/examples/master-resume.json",
                dir.appendingPathComponent("broken.json").path,
                "--jobs", dir.appendingPathComponent("jobs").path, "--as-of", "2026-01",
            ])
        #expect(result.status == 3, "\(result.standardError)")
        let errors = result.standardError.split(separator: "\n")
        #expect(errors.count == 4)
        #expect(errors[0].hasPrefix("jobfit: \(dir.appendingPathComponent("broken.json").path): is not valid JSON"))
        #expect(errors[1].hasPrefix("jobfit: \(dir.path)/jobs/binary.txt: does not look like text"))
        #expect(errors[2].hasPrefix("jobfit: \(dir.path)/jobs/empty.md: is empty"))
        #expect(errors[3] == "jobfit: 3 input(s) could not be read; 5 pairs scored.")
        let rows = Self.lines(result.standardOutput)
        #expect(rows.count == 3 + 5)
        #expect(
            rows[1].hasPrefix(",,\(dir.path)/jobs/binary.txt,,")
                && rows[1].hasSuffix("pass a text, Markdown or HTML job posting.\""))
        #expect(rows[3...].allSatisfy { $0.hasPrefix("Resources/examples/master-resume.json,Sam Okafor,") })
    }

    /// By job, a posting that cannot be read is an error row in its place; by resume, first.
    ///
    /// By job, postings stream a window at a time, so a failure is known only when it is reached.
    /// Both exit with 3.
    @Test func byJobABadPostingIsAnErrorRowInItsPlace() throws {
        let jsonl = [
            #"{"id": "python", "text": "Requirements\n- 3+ years of Python and SQL"}"#, "not json", "",
            #"{"id": "go", "text": "Requirements\n- Go and Kubernetes"}"#,
        ].joined(separator: "\n")
        var outputs: [String: [String]] = [:]
        for order in ["job", "resume"] {
            let result = try CLIRunner.run(
                ["batch"] + Self.resumes + ["--jobs-jsonl", "-", "--as-of", "2026-01", "--by", order, "-f", "jsonl"],
                input: Data(jsonl.utf8))
            #expect(result.status == 3, "\(result.standardError)")
            #expect(result.standardError.hasPrefix("jobfit: stdin:2: is not valid JSON"))
            #expect(result.standardError.hasSuffix("jobfit: 1 input(s) could not be read; 8 pairs scored.\n"))
            outputs[order] = try result.standardOutput.split(separator: "\n").map(Self.object).map {
                $0["error"] != nil ? "error" : $0["job"] as? String ?? "?"
            }
        }
        let four = { (job: String) in [String](repeating: job, count: 4) }
        #expect(outputs["job"] == four("python") + ["error"] + four("go"))
        #expect(outputs["resume"] == ["error"] + Array(repeating: ["python", "go"], count: 4).flatMap { $0 })
    }

    @Test func topTwoByResumeKeepsEachResumesBestTwo() throws {
        let all = try CLIRunner.run(["batch"] + Self.resumes + Self.jobs + ["--as-of", "2026-01", "--format", "jsonl"])
        let top = try CLIRunner.run(
            ["batch"] + Self.resumes + Self.jobs + [
                "--as-of", "2026-01", "--format", "jsonl", "--top", "2", "--by", "resume",
            ])
        #expect(top.status == 0)
        let allRows = try all.standardOutput.split(separator: "\n").map(Self.object)
        let topRows = try top.standardOutput.split(separator: "\n").map(Self.object)
        #expect(topRows.count == 8)
        for resume in Set(allRows.map { $0["resume"] as? String ?? "" }) {
            let scores = allRows.filter { $0["resume"] as? String == resume }.map { $0["score"] as? Int ?? -1 }
            let kept = topRows.filter { $0["resume"] as? String == resume }.map { $0["score"] as? Int ?? -1 }
            #expect(kept == Array(scores.sorted(by: >).prefix(2)), "\(resume)")
        }
        let byJob = try CLIRunner.run(
            ["batch"] + Self.resumes + Self.jobs + ["--as-of", "2026-01", "--top", "1", "--by", "job"])
        #expect(Self.lines(byJob.standardOutput).count == 6)
    }

    @Test func twoShardsTogetherGiveExactlyTheUnshardedRows() throws {
        let whole = try CLIRunner.run(["batch"] + Self.resumes + Self.jobs + ["--as-of", "2026-01"])
        var parts: [Substring] = []
        for shard in ["1/2", "2/2"] {
            let part = try CLIRunner.run(
                ["batch"] + Self.resumes + Self.jobs + ["--as-of", "2026-01", "--shard", shard])
            #expect(part.status == 0)
            parts += Self.lines(part.standardOutput)
        }
        #expect(parts.sorted() == Self.lines(whole.standardOutput).sorted())
        let bad = try CLIRunner.run(["batch"] + Self.resumes + Self.jobs + ["--shard", "3/2"])
        #expect(bad.status == 64)
    }

    /// An input that gives nothing to score says what was looked for; `--jobs -` points to
    /// `--jobs-jsonl -` rather than reporting a file named "-".
    @Test func emptyInputsSayWhatToGive() throws {
        let empty = try Self.folder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let noResumes = try CLIRunner.run(["batch", "--resumes", empty.path] + Self.jobs)
        #expect(noResumes.status == 64)
        #expect(
            noResumes.standardError.contains(
                "No resumes found in \(empty.path); give resume files, or folders holding .docx, .json, .md, .pdf, .txt, .yaml or .yml files."
            ), "\(noResumes.standardError)")
        let noJobs = try CLIRunner.run(["batch"] + Self.resumes + ["--jobs", empty.path, "--jobs-jsonl", "-"])
        #expect(noJobs.status == 64)
        #expect(
            noJobs.standardError.contains(
                "No job postings found in \(empty.path), standard input; give posting files, folders holding .htm, .html, .md or .txt files, or --jobs-jsonl"
            ), "\(noJobs.standardError)")
        let dash = try CLIRunner.run(["batch"] + Self.resumes + ["--jobs", "-"])
        #expect(dash.status == 64)
        #expect(dash.standardError.contains("--jobs takes files or folders, not -; use --jobs-jsonl -"))
    }

    @Test func aMissingFolderIsNamedWithoutOfferingStandardInput() throws {
        let missing = try CLIRunner.run(["batch", "--resumes", "/no/such/clients"] + Self.jobs)
        #expect(missing.status == 66)
        #expect(missing.standardError == "jobfit: /no/such/clients: no such file or folder; check the path.\n")
    }

    @Test func postingsCanComeAsJSONLinesOnStandardInput() throws {
        let html = String(decoding: try PackageFiles.bytes("Resources/examples/backend-engineer.html"), as: UTF8.self)
        let records: [[String: String]] = [
            ["id": "backend", "html": html],
            ["id": "data", "text": "Data Engineer\n\nRequirements\n- 3+ years of Python, SQL and Airflow"],
        ]
        let input = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            .joined(separator: "\n")
        let result = try CLIRunner.run(
            [
                "batch", "--resumes", "Resources/examples/master-resume.json", "--jobs-jsonl", "-", "--as-of",
                "2026-01", "-f", "jsonl",
            ],
            input: Data(input.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try result.standardOutput.split(separator: "\n").map(Self.object)
        #expect(rows.map { $0["job"] as? String } == ["backend", "data"])
        let match = try CLIRunner.run(
            [
                "match", "Resources/examples/master-resume.json", "Resources/examples/backend-engineer.html", "-f",
                "json", "--as-of", "2026-01",
            ])
        let report = try Self.object(Substring(match.standardOutput))
        #expect(rows[0]["score"] as? Int == report["score"] as? Int)
    }

    /// SIGINT (Ctrl-C) and SIGTERM (kill, a CI timeout, a container stopping) alike: the output
    /// file is neither created nor, when it exists, changed; standard error says how far it got.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedBatchLeavesNoOutputFile(_ signal: Int32) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = try Self.longBatch(in: dir)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        #expect(process.isRunning, "the batch should still be running")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(message.contains("jobfit: interrupted ") && message.contains("out.csv was not written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["jobs.jsonl"])
    }

    // MARK: - Spilling rows by resume

    /// By resume without --top, more postings than one window (256 with one worker) spill to TMPDIR.
    ///
    /// With one resume, the rows are those of --by job, byte for byte; an unwritable TMPDIR is
    /// exit 73 with what to do, and leaves no output; --by job needs none.
    @Test func byResumeSpillsToTMPDIRAndSaysWhatToDoWhenItCannot() throws {
        let (dir, scratch) = try Self.folderWithScratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = (0..<300).map { index in
            "{\"id\": \"j\(index)\", \"text\": \"Data Engineer \(index)\\n\\nRequirements\\n- Python, SQL and Airflow\"}"
        }
        let input = Data(lines.joined(separator: "\n").utf8)
        let arguments = [
            "batch", "--resumes", "Resources/examples/master-resume.json", "--jobs-jsonl", "-", "--as-of", "2026-01",
            "--workers", "1", "-f", "jsonl",
        ]
        let byJob = try CLIRunner.run(
            arguments + ["--by", "job"], input: input, environment: ["TMPDIR": "/nonexistent"])
        #expect(byJob.status == 0, "\(byJob.standardError)")
        #expect(byJob.standardOutput.split(separator: "\n").count == 300)
        let spilled = try CLIRunner.run(arguments, input: input, environment: ["TMPDIR": scratch.path])
        #expect(spilled.status == 0, "\(spilled.standardError)")
        #expect(spilled.standardOutput == byJob.standardOutput)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)

        let missing = dir.appendingPathComponent("missing").path
        let output = dir.appendingPathComponent("out.jsonl").path
        let failed = try CLIRunner.run(arguments + ["-o", output], input: input, environment: ["TMPDIR": missing])
        #expect(failed.status == 73)
        #expect(
            failed.standardError
                == "jobfit: \(missing): cannot hold the temporary rows of --by resume (No such file or directory); "
                + "set TMPDIR to a writable folder with room for the output, or use --by job or --top, which need "
                + "no temporary file.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["tmp"])
    }

    /// Interrupted while rows are spilled: the spill (open, but nameless) goes with the process,
    /// and TMPDIR is left as it was.
    @Test func anInterruptedSpillingBatchLeavesNothingInTMPDIR() throws {
        let (dir, scratch) = try Self.folderWithScratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = try Self.longBatch(in: dir)
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": scratch.path]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first window to be read and its rows spilled (a debug build takes seconds).
        let descriptors = "/proc/\(process.processIdentifier)/fd"
        var spills: [String] = []
        for _ in 0..<200 where spills.isEmpty && process.isRunning {
            Thread.sleep(forTimeInterval: 0.1)
            spills = ((try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? []).compactMap {
                let target = try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + $0)
                return target.flatMap { $0.hasPrefix(scratch.path + "/jobfit-spill-") ? $0 : nil }
            }
        }
        #expect(process.isRunning, "the batch should still be running")
        #expect(spills.count == 1 && spills.first?.hasSuffix(" (deleted)") == true, "\(spills)")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["jobs.jsonl", "tmp"])
    }

    @Test func anInterruptedBatchLeavesAnExistingOutputFileAsItWas() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = try Self.longBatch(in: dir)
        let previous = Data("resume,job,score\nlast run's rows\n".utf8)
        try previous.write(to: dir.appendingPathComponent("out.csv"))
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        #expect(process.isRunning, "the batch should still be running")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try Data(contentsOf: dir.appendingPathComponent("out.csv")) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["jobs.jsonl", "out.csv"])
    }

    private static func object(_ line: Substring) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
    }
}

extension Data {
    fileprivate func write(to url: URL, createFolder: Bool) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(to: url)
    }
}
