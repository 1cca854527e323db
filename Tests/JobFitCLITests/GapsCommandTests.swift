import Foundation
import JobFitTestSupport
import Testing

/// `jobfit gaps` end to end: counts checked against each posting's own extraction, every
/// format, the cohort view, failures and exit codes.
@Suite struct GapsCommandTests {
    static let resume = "Resources/examples/master-resume.json"
    static let jobs = "Tests/JobFitCoreTests/Fixtures/jobs"
    static let seeds = ["Tests/JobFitCoreTests/Fixtures/jobs/seeds", "Resources/examples/backend-engineer.html"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every skill of a gap report by id (each skill is in at least one of the three lists).
    static func skills(_ report: [String: Any]) -> [String: [String: Any]] {
        var byID: [String: [String: Any]] = [:]
        for list in ["lacking", "gains", "strong"] {
            for skill in report[list] as? [[String: Any]] ?? [] { byID[skill["id"] as? String ?? ""] = skill }
        }
        return byID
    }

    // MARK: - Counts

    /// Each posting's count of a skill equals what its own extraction says.
    ///
    /// The bar: "counts can be checked by hand on three skills". Here the check is made by the
    /// posting-by-posting extraction (`jobfit extract --format json`), the way docs/cli.md does it
    /// by hand: a posting asks for a skill at its strongest level, unless the skill appears only
    /// in perks, legal text or how-to-apply.
    @Test(arguments: ["python", "java", "sql"])
    func countsEqualThePostingsOwnExtractions(_ id: String) throws {
        let (postings, expected) = try Self.extractedLevels(of: id, in: "skills")
        #expect(expected["required", default: 0] >= 3, "a skill worth checking is asked for in several postings")

        let gaps = try CLIRunner.run(["gaps", Self.resume, Self.jobs, "--as-of", "2026-01", "--format", "json"])
        #expect(gaps.status == 0, "\(gaps.standardError)")
        let report = try Self.json(gaps.standardOutput)
        #expect(report["postings"] as? Int == postings)
        let skill = try #require(Self.skills(report)[id])
        #expect(skill["required"] as? Int == expected["required"])
        #expect(skill["preferred"] as? Int == expected["preferred"])
        #expect(skill["mentioned"] as? Int == expected["mentioned"])
        let outcomes = ["matched", "partial", "related", "missing"].map { skill[$0] as? Int ?? -1 }
        #expect(outcomes.reduce(0, +) == expected.values.reduce(0, +), "each asking posting has one outcome")
    }

    /// A broad area is counted as the postings' own extractions list it under `broad`, and only
    /// under `broadAreas`: never among the skills lacking, worth points or strong.
    @Test(arguments: ["software-development", "web-development", "cloud-computing"])
    func broadAreasAreCountedApartFromTheSkills(_ id: String) throws {
        let (postings, expected) = try Self.extractedLevels(of: id, in: "broad")
        #expect(expected["required", default: 0] >= 3, "a broad area worth checking is asked for in several postings")

        let gaps = try CLIRunner.run(["gaps", Self.resume, Self.jobs, "--as-of", "2026-01", "--format", "json"])
        #expect(gaps.status == 0, "\(gaps.standardError)")
        let report = try Self.json(gaps.standardOutput)
        #expect(report["postings"] as? Int == postings)
        #expect(Self.skills(report)[id] == nil, "\(id) is listed among the specific skills")
        let areas = report["broadAreas"] as? [[String: Any]] ?? []
        let area = try #require(areas.first { $0["id"] as? String == id })
        #expect(area["required"] as? Int == expected["required"])
        #expect(area["preferred"] as? Int == expected["preferred"])
        #expect(area["mentioned"] as? Int == expected["mentioned"])
        let outcomes = ["matched", "partial", "related", "missing"].map { area[$0] as? Int ?? -1 }
        #expect(outcomes.reduce(0, +) == expected.values.reduce(0, +), "each asking posting has one outcome")
    }

    /// Postings extracted, and how many ask for `id` at each level, from `jobfit extract
    /// --format json` of every job fixture: the `list` (`skills` or `broad`) of each posting,
    /// leaving out a skill found only in perks, legal text or how-to-apply.
    static func extractedLevels(of id: String, in list: String) throws -> (postings: Int, levels: [String: Int]) {
        let files = try PackageFiles.jobFixtures()
        let extracted = try CLIRunner.run(["extract", "--format", "json"] + files)
        #expect(extracted.status == 0, "\(extracted.standardError)")
        let postings = try #require(
            JSONSerialization.jsonObject(with: Data(extracted.standardOutput.utf8)) as? [[String: Any]])
        var expected: [String: Int] = ["required": 0, "preferred": 0, "mentioned": 0]
        for posting in postings {
            for skill in posting[list] as? [[String: Any]] ?? [] where skill["id"] as? String == id {
                let sections = (skill["mentions"] as? [[String: Any]] ?? []).compactMap { $0["section"] as? String }
                guard sections.contains(where: { !["benefits", "legal", "howToApply"].contains($0) }) else { continue }
                expected[skill["level"] as? String ?? "", default: 0] += 1
            }
        }
        return (postings.count, expected)
    }

    @Test func theTextNamesHowOftenAndHowStronglyEachSkillIsAsked() throws {
        let result = try CLIRunner.run(["gaps", Self.resume, Self.jobs, "--as-of", "2026-01", "--limit", "40"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try Self.json(
            try CLIRunner.run(["gaps", Self.resume, Self.jobs, "--as-of", "2026-01", "-f", "json"]).standardOutput)
        let java = try #require(Self.skills(report)["java"])
        let line =
            "  Java: required in \(java["required"] as? Int ?? 0) of \(report["postings"] as? Int ?? 0) postings, "
            + "preferred in \(java["preferred"] as? Int ?? 0); lacking in \(java["missing"] as? Int ?? 0)"
        #expect(Self.unwrapped(result.standardOutput).contains(line), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("\nSkills already strong\n  Python: required in"))
        #expect(result.standardOutput.hasPrefix("Market gaps: Sam Okafor (\(Self.resume)) against "))
    }

    // MARK: - Text

    /// Every line of the text report over all the job fixtures, every item shown, fits 80
    /// columns, except a line holding one word longer than that (a long path); no word is broken.
    @Test(arguments: [false, true])
    func everyTextLineFitsEightyColumnsWithoutBreakingAWord(_ cohort: Bool) throws {
        let resumes =
            cohort
            ? ["--resumes", "Tests/JobFitCoreTests/Fixtures/resumes/plain", "--resumes", Self.resume] : [Self.resume]
        let result = try CLIRunner.run(["gaps"] + resumes + [Self.jobs, "--as-of", "2026-01", "--limit", "1000"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 300, "every item of every list is shown")
        for line in lines where line.count > 80 {
            #expect(!line.drop(while: { $0 == " " }).contains(" "), "over 80 columns: \(line)")
        }
        #expect(lines.contains { $0.count > 70 && $0.count <= 80 }, "long lines are filled, not cut short")
        // Wrapped items continue six columns in, under the item's text.
        let continued = lines.filter { $0.hasPrefix("      ") }
        #expect(continued.count > 50 && continued.allSatisfy { $0.dropFirst(6).first != " " })
        // Each posting's path is a single word: whole on one line, so no word was broken.
        for job in try PackageFiles.jobFixtures() {
            #expect(lines.contains { $0.split(separator: " ").contains { $0.contains(job) } }, "\(job)")
        }
        // Unwrapped, each item is one line again, as the JSON counts it.
        let report = try Self.json(
            try CLIRunner.run(["gaps"] + resumes + [Self.jobs, "--as-of", "2026-01", "-f", "json"]).standardOutput)
        if !cohort {
            for skill in report["lacking"] as? [[String: Any]] ?? [] {
                let name = skill["name"] as? String ?? ""
                let line = "  \(name): " + (skill["required"] as? Int ?? 0 > 0 ? "required in" : "")
                #expect(Self.unwrapped(result.standardOutput).contains("\n" + line), "\(name)")
            }
        }
    }

    /// Text with each wrapped item joined back into one line.
    static func unwrapped(_ text: String) -> String {
        text.replacingOccurrences(of: "\n      ", with: " ")
    }

    // MARK: - Fits

    /// Every format lists the best `--limit` postings, as batch scores them, and says how many
    /// were scored; JSON's `postings` counts them all.
    @Test(arguments: [nil, 5])
    func fitsAreTheBestLimitPostingsAndTheCountOfAllIsGiven(_ limit: Int?) throws {
        let batch = try CLIRunner.run(
            ["batch", "--resumes", Self.resume, "--jobs", Self.jobs, "--as-of", "2026-01", "--format", "jsonl"])
        #expect(batch.status == 0, "\(batch.standardError)")
        let rows = try batch.standardOutput.split(separator: "\n").map { try Self.json(String($0)) }
        let scores = rows.map { $0["score"] as? Int }
        let jobs = rows.compactMap { $0["job"] as? String }
        #expect(scores.count == 41 && Set(jobs).count == 41)
        let shown = limit ?? 15
        let options = ["--as-of", "2026-01"] + (limit.map { ["--limit", String($0)] } ?? [])

        let json = try CLIRunner.run(["gaps", Self.resume, Self.jobs, "-f", "json"] + options)
        let report = try Self.json(json.standardOutput)
        #expect(report["postings"] as? Int == scores.count)
        let fits = report["fits"] as? [[String: Any]] ?? []
        #expect(fits.map { $0["score"] as? Int } == Array(scores.sorted { ($0 ?? -1) > ($1 ?? -1) }.prefix(shown)))

        for format in ["text", "markdown", "html"] {
            let result = try CLIRunner.run(["gaps", Self.resume, Self.jobs, "-f", format] + options)
            #expect(result.status == 0, "\(result.standardError)")
            let scope = "he best \(shown) of \(scores.count) postings scored"
            #expect(result.standardOutput.contains(format == "text" ? "\nBest fits (t\(scope))\n" : "T\(scope)."))
            let listed = jobs.filter { result.standardOutput.contains($0) }
            #expect(Set(listed) == Set(fits.compactMap { $0["job"] as? String }), "\(format)")
            #expect(listed.count == shown, "\(format): \(listed)")
        }
    }

    // MARK: - Formats

    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md"), ("html", "html")])
    func reportsMatchTheirGoldenFiles(_ format: String, _ suffix: String) throws {
        let result = try CLIRunner.run(
            ["gaps", Self.resume] + Self.seeds + ["--format", format, "--as-of", "2026-01"])
        #expect(result.status == 0, "\(result.standardError)")
        let difference = try Golden.compare(
            result.standardOutput, to: "Tests/JobFitCLITests/Golden/gaps-seeds.\(suffix)")
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// In every format, single and cohort, each broad area appears as a row only under its own
    /// heading, after the skill lists.
    @Test(arguments: ["text", "markdown", "html"], [false, true])
    func broadAreasHaveTheirOwnSectionInEveryFormat(_ format: String, _ cohort: Bool) throws {
        let inputs =
            (cohort
                ? ["--resumes", "Tests/JobFitCoreTests/Fixtures/resumes/plain", "--resumes", Self.resume]
                : [Self.resume]) + Self.seeds + ["--as-of", "2026-01"]
        let json = try CLIRunner.run(["gaps"] + inputs + ["-f", "json"])
        let report = try Self.json(json.standardOutput)
        let areas = (report["broadAreas"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(areas.contains("software development") && areas.contains("back-end development"), "\(areas)")
        let listed = (report[cohort ? "skills" : "lacking"] as? [[String: Any]] ?? []).compactMap {
            $0["name"] as? String
        }
        #expect(Set(listed).isDisjoint(with: areas))
        if cohort {
            let gaps = (report["clients"] as? [[String: Any]] ?? []).flatMap { $0["topGaps"] as? [String] ?? [] }
            #expect(!gaps.isEmpty && Set(gaps).isDisjoint(with: areas))
        }

        let result = try CLIRunner.run(["gaps"] + inputs + ["-f", format, "--limit", "200"])
        #expect(result.status == 0, "\(result.standardError)")
        let output = result.standardOutput
        let heading = try #require(output.range(of: "Broad areas the postings name"), "no broad areas section")
        for area in areas {
            let row =
                switch format {
                case "text": "\n  \(area):"
                case "markdown": "\n| \(area) |"
                default: ">\(area)<"
                }
            #expect(!output[..<heading.lowerBound].contains(row), "\(area) is listed with the skills")
            #expect(output[heading.upperBound...].contains(row), "\(area) is not under its heading")
        }
    }

    @Test func cohortReportsMatchTheirGoldenFiles() throws {
        for (format, suffix) in [("text", "txt"), ("json", "json"), ("markdown", "md"), ("html", "html")] {
            let result = try CLIRunner.run(
                ["gaps", "--resumes", "Tests/JobFitCoreTests/Fixtures/resumes/plain", "--resumes", Self.resume]
                    + Self.seeds + ["--format", format, "--as-of", "2026-01"])
            #expect(result.status == 0, "\(result.standardError)")
            let difference = try Golden.compare(
                result.standardOutput, to: "Tests/JobFitCLITests/Golden/gaps-cohort.\(suffix)")
            #expect(difference == nil, "\(difference ?? "")")
        }
    }

    /// A folder holding one posting whose title is markup (`<img onerror>`) and whose file name
    /// is too (`<b>posting<i>.html`).
    static func hostilePostingFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-gaps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let hostile = "<img src=x onerror=alert(1)> & \"Co\""
        let posting = """
            <html><head><title>\(hostile.replacingOccurrences(of: "<", with: "&lt;"))</title></head><body>
            <h1>\(hostile.replacingOccurrences(of: "<", with: "&lt;"))</h1>
            <h2>Requirements</h2><ul><li>5+ years of Python and Kubernetes</li><li>Experience with Terraform</li></ul>
            </body></html>
            """
        try Data(posting.utf8).write(to: dir.appendingPathComponent("<b>posting<i>.html"))
        return dir
    }

    @Test func theHTMLPageIsSelfContainedAndEscapesEveryInputText() throws {
        let dir = try Self.hostilePostingFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobfit-gaps-\(UUID().uuidString).html"
        ).path
        defer { try? FileManager.default.removeItem(atPath: page) }
        for arguments in [
            ["gaps", Self.resume, dir.path], ["gaps", "--resumes", Self.resume, dir.path],
        ] {
            let result = try CLIRunner.run(arguments + ["--format", "html", "--as-of", "2026-01", "-o", page])
            #expect(result.status == 0, "\(result.standardError)")
            let html = try String(contentsOfFile: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg"))
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>posting"))
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;"))
            #expect(html.contains("&lt;b&gt;posting&lt;i&gt;.html"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["<b>posting<i>.html"])
    }

    /// The Markdown reports escape the posting's title and path as `jobfit match` does: no raw
    /// HTML a Markdown viewer would run, no broken table.
    @Test func theMarkdownReportsEscapeEveryInputText() throws {
        let dir = try Self.hostilePostingFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [
            ["gaps", Self.resume, dir.path], ["gaps", "--resumes", Self.resume, dir.path],
        ] {
            let result = try CLIRunner.run(arguments + ["--format", "markdown", "--as-of", "2026-01"])
            #expect(result.status == 0, "\(result.standardError)")
            let markdown = result.standardOutput
            #expect(!markdown.contains("<img") && !markdown.contains("<b>") && !markdown.contains("<i>"), "\(markdown)")
            #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt; & \"Co\""), "\(markdown)")
            #expect(markdown.contains("&lt;b&gt;posting&lt;i&gt;.html"), "\(markdown)")
        }
    }

    // MARK: - Cohort

    @Test func theCohortNamesTheBestClientOfEachPostingAsBatchScoresIt() throws {
        let resumes = ["Tests/JobFitCoreTests/Fixtures/resumes/plain", Self.resume]
        let batch = try CLIRunner.run(
            ["batch", "--resumes"] + resumes + ["--jobs"] + Self.seeds + ["--as-of", "2026-01", "--format", "jsonl"])
        #expect(batch.status == 0, "\(batch.standardError)")
        var best: [String: (score: Int, resume: String)] = [:]
        var order: [String] = []
        for line in batch.standardOutput.split(separator: "\n") {
            let row = try Self.json(String(line))
            let (job, score, resume) = (
                row["job"] as? String ?? "", row["score"] as? Int ?? -1, row["resume"] as? String ?? ""
            )
            if best[job] == nil { order.append(job) }
            if score > best[job]?.score ?? -1 { best[job] = (score, resume) }
        }
        let cohort = try CLIRunner.run(
            ["gaps", "--resumes", resumes[0], "--resumes", resumes[1]] + Self.seeds + [
                "--as-of", "2026-01", "-f", "json",
            ])
        #expect(cohort.status == 0, "\(cohort.standardError)")
        let report = try Self.json(cohort.standardOutput)
        #expect(report["resumes"] as? Int == 4 && report["postings"] as? Int == 6)
        let fits = report["postingFits"] as? [[String: Any]] ?? []
        #expect(fits.map { $0["job"] as? String ?? "" }.sorted() == order.sorted())
        for fit in fits {
            let job = fit["job"] as? String ?? ""
            #expect(fit["score"] as? Int == best[job]?.score, "\(job)")
            if (fit["score"] as? Int ?? 0) > 0 { #expect(fit["resume"] as? String == best[job]?.resume, "\(job)") }
        }
        let skills = report["skills"] as? [[String: Any]] ?? []
        #expect(!skills.isEmpty)
        for skill in skills {
            let lacking = skill["lackingClients"] as? [String] ?? []
            #expect((1...4).contains(lacking.count))
        }
        let weights = skills.map { $0["weightedDemand"] as? Double ?? 0 }
        #expect(weights == weights.sorted(by: >), "ranked by weighted demand")
    }

    // MARK: - Errors and output

    @Test func aBadPostingIsListedTheOthersCountedAndTheExitCodeIsThree() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-gaps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (index, job) in try PackageFiles.jobFixtures(in: "seeds").prefix(3).enumerated() {
            try Data(PackageFiles.bytes(job)).write(to: dir.appendingPathComponent("\(index).txt"))
        }
        try Data([0, 1, 2, 0, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        let out = dir.appendingPathComponent("gaps.json").path
        let result = try CLIRunner.run(["gaps", Self.resume, dir.path, "-f", "json", "-o", out, "--as-of", "2026-01"])
        #expect(result.status == 3)
        #expect(result.standardError.hasPrefix("jobfit: \(dir.path)/binary.txt: does not look like text"))
        #expect(result.standardError.hasSuffix("jobfit: 1 input(s) could not be read; the others are counted.\n"))
        let report = try Self.json(try String(contentsOfFile: out, encoding: .utf8))
        #expect(report["postings"] as? Int == 3)
        #expect((report["errors"] as? [[String: Any]])?.first?["input"] as? String == "\(dir.path)/binary.txt")
    }

    @Test func usageErrorsExitWithSixtyFour() throws {
        let folder = try CLIRunner.run(["gaps", "Tests/JobFitCoreTests/Fixtures/resumes/plain", Self.jobs])
        #expect(folder.status == 64)
        #expect(folder.standardError.contains("is a folder; give one resume file, or a cohort with --resumes"))
        #expect(try CLIRunner.run(["gaps", Self.resume]).status == 64)
        let noPostings = try CLIRunner.run(["gaps", Self.resume, "--jobs-jsonl", "-"])
        #expect(noPostings.status == 64)
        #expect(
            noPostings.standardError.contains("No job postings found in standard input; give posting files"),
            "\(noPostings.standardError)")
        #expect(try CLIRunner.run(["gaps", Self.resume, Self.jobs, "--limit", "0"]).status == 64)
        #expect(try CLIRunner.run(["gaps", "no-such-resume.json", Self.jobs]).status == 66)
        let broken = try CLIRunner.run(
            [
                "gaps", "Tests/JobFitCoreTests/Fixtures/resumes/fresh-test-resumes/johnny-trouble.broken.fresh.json",
                Self.jobs,
            ])
        #expect(broken.status == 65)
        #expect(broken.standardError.contains("johnny-trouble.broken.fresh.json: is not valid JSON"))
    }
}
