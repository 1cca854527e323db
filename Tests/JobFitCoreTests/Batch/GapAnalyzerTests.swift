import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Gap reports against full match reports, posting by posting.
@Suite struct GapAnalyzerTests {
    static let asOf = ResumeDate(year: 2026, month: 1)

    static func inputs() throws -> (resume: String, jobs: [String]) {
        let root = PackageFiles.root.path + "/"
        return (root + "Resources/examples/master-resume.json", try PackageFiles.jobFixtures().map { root + $0 })
    }

    static func report(fitLimit: Int = 15) async throws -> GapReport {
        let (resume, jobs) = try inputs()
        let analyzer = GapAnalyzer(matcher: BatchMatcher(asOf: asOf, width: 2), fitLimit: fitLimit)
        let (reports, failures) = try await analyzer.reports(
            resumes: [.file(resume)], jobs: jobs.map(BatchInput.file))
        #expect(failures.isEmpty)
        return try #require(reports.first)
    }

    /// Every skill's counts, outcomes and points equal the sums over the full match reports.
    @Test func everySkillEqualsTheSumOverFullMatchReports() async throws {
        let report = try await Self.report()
        let (path, jobs) = try Self.inputs()
        let resume = try ResumeLoader.load(InputFile.read(path), source: path)
        var expected: [String: SkillDemand] = [:]
        for job in jobs {
            let posting = try JobPostingParser().parse(InputFile.read(job), source: job)
            for requirement in ResumeMatcher().match(resume, against: posting, asOf: Self.asOf).requirements {
                var skill =
                    expected[requirement.id]
                    ?? SkillDemand(
                        id: requirement.id, name: requirement.name, kind: requirement.kind,
                        category: requirement.category)
                switch requirement.level {
                case .required: skill.required += 1
                case .preferred: skill.preferred += 1
                case .mentioned: skill.mentioned += 1
                }
                switch requirement.status {
                case .matched: skill.matched += 1
                case .partial: skill.partial += 1
                case .related: skill.related += 1
                case .missing: skill.missing += 1
                }
                skill.gain += requirement.gain
                expected[requirement.id] = skill
            }
        }
        var got: [String: SkillDemand] = [:]
        for skill in report.lacking + report.gains + report.strong + report.broadAreas { got[skill.id] = skill }
        #expect(got.count == expected.count)
        for (id, want) in expected {
            guard let skill = got[id] else {
                Issue.record("\(id) is in no list")
                continue
            }
            let counts: [Int] = [
                skill.required, skill.preferred, skill.mentioned, skill.matched, skill.partial, skill.related,
                skill.missing,
            ]
            let wanted: [Int] = [
                want.required, want.preferred, want.mentioned, want.matched, want.partial, want.related, want.missing,
            ]
            #expect(counts == wanted, "\(id)")
            #expect(abs(skill.gain - want.gain) < 0.051, "\(id): \(skill.gain) against \(want.gain)")
        }
        #expect(report.postings == jobs.count)
    }

    @Test func listsAreRankedAndDisjointWhereTheyShouldBe() async throws {
        let report = try await Self.report()
        #expect(report.lacking.allSatisfy { $0.lacking > 0 })
        #expect(report.strong.allSatisfy { $0.lacking == 0 && $0.gain == 0 && $0.matched > 0 })
        #expect(report.gains.map(\.gain) == report.gains.map(\.gain).sorted(by: >))
        #expect(report.lacking.map(\.lackingDemand) == report.lacking.map(\.lackingDemand).sorted(by: >))
        #expect(report.fits.map(\.score) == report.fits.map(\.score).sorted(by: >))
        #expect(Set(report.strong.map(\.id)).isDisjoint(with: report.lacking.map(\.id)))
        #expect(report.lacking.first.map { $0.demandPhrase(of: 40).hasPrefix("required in ") } == true)
    }

    /// Broad areas are tallied like any skill but listed only in `broadAreas`; the scores still
    /// count them (each fit's score is the full match report's).
    @Test func broadAreasAreListedApartAndStillScored() async throws {
        let report = try await Self.report()
        let taxonomy = Taxonomy.standard
        #expect(report.broadAreas.count >= 5, "the fixtures name several broad areas")
        #expect(report.broadAreas.allSatisfy { taxonomy[$0.id]?.broad == true })
        for skill in report.lacking + report.gains + report.strong {
            #expect(taxonomy[skill.id]?.broad == false, "\(skill.id) is a broad area")
        }
        #expect(report.broadAreas.map(\.demand) == report.broadAreas.map(\.demand).sorted(by: >))
        #expect(report.broadAreas.contains { $0.lacking > 0 && $0.gain > 0 }, "a lacking area still costs points")

        let scores = try Self.fullMatchScores()
        #expect(!report.fits.isEmpty)
        for fit in report.fits { #expect(fit.score == scores[fit.job], "\(fit.job)") }
    }

    /// Each posting's score in its full match report, by path.
    static func fullMatchScores() throws -> [String: Int] {
        let (path, jobs) = try inputs()
        let resume = try ResumeLoader.load(InputFile.read(path), source: path)
        var scores: [String: Int] = [:]
        for job in jobs {
            let posting = try JobPostingParser().parse(InputFile.read(job), source: job)
            scores[job] = ResumeMatcher().match(resume, against: posting, asOf: Self.asOf).score
        }
        return scores
    }

    /// The fits are the best `fitLimit` postings by their full match scores, and `postings`
    /// still counts every posting scored.
    @Test(arguments: [1, 15, 100])
    func theFitsAreTheBestPostingsAndThePostingsCountThemAll(_ fitLimit: Int) async throws {
        let report = try await Self.report(fitLimit: fitLimit)
        let scores = try Self.fullMatchScores()
        #expect(scores.count == 41 && report.postings == scores.count)
        #expect(report.fits.count == min(fitLimit, scores.count))
        #expect(report.fits.map(\.score) == Array(scores.values.sorted(by: >).prefix(fitLimit)))
        #expect(Set(report.fits.map(\.job)).count == report.fits.count)
        for fit in report.fits { #expect(fit.score == scores[fit.job], "\(fit.job)") }
        let mean = Double(scores.values.reduce(0, +)) / Double(scores.count)
        #expect(report.averageScore == (mean * 10).rounded() / 10, "the average is over every posting")
    }

    @Test func aReportWrittenBeforeBroadAreasStillDecodes() async throws {
        let report = try await Self.report()
        var object = try #require(JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        #expect(object.removeValue(forKey: "broadAreas") != nil)
        let older = try JSONDecoder().decode(GapReport.self, from: JSONSerialization.data(withJSONObject: object))
        var expected = report
        expected.broadAreas = []
        #expect(older == expected)
        #expect(try JSONDecoder().decode(GapReport.self, from: report.jsonData()) == report)
    }

    @Test func theCohortCountsEachClientLackingASkillOnce() async throws {
        let root = PackageFiles.root.path + "/"
        let resumes = try BatchInput.files(
            in: [
                root + "Tests/JobFitCoreTests/Fixtures/resumes/plain", root + "Resources/examples/master-resume.json",
            ],
            extensions: BatchInput.resumeExtensions)
        let jobs = try PackageFiles.jobFixtures(in: "seeds").map { BatchInput.file(root + $0) }
        let analyzer = GapAnalyzer(matcher: BatchMatcher(asOf: Self.asOf, width: 2))
        let cohort = try await analyzer.cohort(resumes: resumes, jobs: jobs)
        let (reports, _) = try await analyzer.reports(resumes: resumes, jobs: jobs)
        #expect(cohort.resumes == reports.count && cohort.clients.count == reports.count)
        for skill in cohort.skills {
            let lacking = reports.filter { report in report.lacking.contains { $0.id == skill.id } }
            #expect(skill.lackingClients == lacking.map { $0.candidate ?? $0.resume }, "\(skill.id)")
            let weighted = lacking.compactMap { report in report.lacking.first { $0.id == skill.id }?.lackingDemand }
            #expect(abs(skill.weightedDemand - weighted.reduce(0, +)) < 0.051, "\(skill.id)")
        }
        #expect(cohort.broadAreas.map(\.id).sorted() == reports[0].broadAreas.map(\.id).sorted())
        for area in cohort.broadAreas {
            let lacking = reports.filter { report in report.broadAreas.contains { $0.id == area.id && $0.lacking > 0 } }
            #expect(area.lackingClients == lacking.map { $0.candidate ?? $0.resume }, "\(area.id)")
        }
        #expect(Set(cohort.skills.map(\.id)).isDisjoint(with: cohort.broadAreas.map(\.id)))
    }
}
