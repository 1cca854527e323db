import Foundation
import JobFitTestSupport
import Testing

/// `jobfit validate` end to end.
@Suite struct ValidateCommandTests {
    private let fixtures = "Tests/JobFitCoreTests/Fixtures/resumes"

    @Test func validResumeExitsZero() throws {
        let result = try CLIRunner.run(["validate", "\(fixtures)/jsonresume-org/senior-engineer.resume.json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("senior-engineer.resume.json: 0 errors, 0 warnings\n"))
    }

    @Test func invalidResumeListsEveryErrorAndExits65() throws {
        let path = "\(fixtures)/community/23nikoloz-material-zh.resume.json"
        let result = try CLIRunner.run(["validate", path, "--format", "json"])
        #expect(result.status == 65)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let issues = try #require(report["issues"] as? [[String: Any]])
        #expect(issues.filter { $0["severity"] as? String == "error" }.count == 4)
        #expect(issues.contains { $0["path"] as? String == "work[0].endDate" })
    }

    @Test func brokenFileIsOneLine() throws {
        let path = "\(fixtures)/fresh-test-resumes/johnny-trouble.broken.fresh.json"
        let result = try CLIRunner.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("line 251, column 3"))
    }
}
