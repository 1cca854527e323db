import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Every number of the worked example in docs/scoring.md.
@Suite struct ScoringExampleTests {
    @Test func theWorkedExampleInTheDocsHolds() throws {
        let folder = "Tests/JobFitCoreTests/Fixtures/scoring"
        let report = ResumeMatcher().match(
            try ResumeLoader.load(PackageFiles.bytes("\(folder)/resume.json"), source: "resume.json"),
            against: try JobPostingParser().parse(PackageFiles.bytes("\(folder)/posting.md"), source: "posting.md"),
            asOf: ResumeDate(year: 2026, month: 11))
        let rows = report.requirements.map { ($0.name, $0.status, $0.weight, $0.credit, $0.gain) }
        #expect(rows.count == 5)
        let expected: [(String, MatchStatus, Double, Double, Double)] = [
            ("Python", .partial, 3, 0.647, 10.1), ("PostgreSQL", .matched, 3, 1, 0),
            ("communication", .missing, 1.5, 0, 14.3), ("Apache Kafka", .related, 1.5, 0.25, 10.7),
            ("Terraform", .missing, 1.5, 0, 14.3),
        ]
        for (row, want) in zip(rows, expected) {
            #expect(row.0 == want.0)
            #expect(row.1 == want.1, "\(row.0)")
            #expect(row.2 == want.2, "\(row.0)")
            #expect(row.3 == want.3, "\(row.0)")
            #expect(row.4 == want.4, "\(row.0)")
        }
        #expect(report.requirements.first?.resumeYears == 2.9)
        #expect(report.requirements.first?.basis == .implied)
        #expect(report.score == 51)
        #expect(report.potentialScore == 57)
    }
}
