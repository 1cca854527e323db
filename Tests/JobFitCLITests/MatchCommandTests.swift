import Foundation
import JobFitTestSupport
import Testing

/// `jobfit match` end to end: every report format against its golden file, options and errors.
@Suite struct MatchCommandTests {
    static let example = ["Resources/examples/master-resume.json", "Resources/examples/backend-engineer.html"]

    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md"), ("html", "html")])
    func reportsMatchTheirGoldenFiles(_ format: String, _ suffix: String) throws {
        let result = try CLIRunner.run(["match"] + Self.example + ["--format", format, "--as-of", "2026-11"])
        #expect(result.status == 0, "\(result.standardError)")
        let difference = try Golden.compare(
            result.standardOutput, to: "Tests/JobFitCLITests/Golden/match-example.\(suffix)")
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func textFitsEightyColumnsWithoutColourWhenPiped() throws {
        let result = try CLIRunner.run(["match"] + Self.example + ["--as-of", "2026-11"])
        for line in result.standardOutput.split(separator: "\n") {
            #expect(line.count <= 80, "too wide: \(line)")
        }
        #expect(!result.standardOutput.contains("\u{1B}["))
    }

    @Test func failUnderExitsWithTwoBelowTheThreshold() throws {
        let below = try CLIRunner.run(["match"] + Self.example + ["--as-of", "2026-11", "--fail-under", "95"])
        #expect(below.status == 2)
        #expect(below.standardError.contains("under --fail-under 95"))
        let above = try CLIRunner.run(["match"] + Self.example + ["--as-of", "2026-11", "--fail-under", "10"])
        #expect(above.status == 0)
    }

    @Test func badArgumentsAndInputsSayWhatIsWrong() throws {
        let date = try CLIRunner.run(["match"] + Self.example + ["--as-of", "November"])
        #expect(date.status == 64)
        #expect(date.standardError.contains("YYYY-MM"))
        let both = try CLIRunner.run(["match", "-", "-"])
        #expect(both.status == 64)
        let missing = try CLIRunner.run(["match", "no-such-resume.json", Self.example[1]])
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("no-such-resume.json"))
    }

    @Test func theResumeCanComeFromStandardInput() throws {
        let bytes = try PackageFiles.bytes(Self.example[0])
        let piped = try CLIRunner.run(
            ["match", "-", Self.example[1], "--format", "json", "--as-of", "2026-11"], input: Data(bytes))
        let direct = try CLIRunner.run(["match"] + Self.example + ["--format", "json", "--as-of", "2026-11"])
        #expect(piped.status == 0)
        #expect(
            piped.standardOutput.replacingOccurrences(of: "\"resume\" : \"-\"", with: "")
                == direct.standardOutput.replacingOccurrences(
                    of: "\"resume\" : \"Resources/examples/master-resume.json\"", with: ""))
    }
}

extension MatchCommandTests {
    @Test func aPDFWithoutTextIsAnErrorNotAnEmptyResume() throws {
        let result = try CLIRunner.run([
            "match", "Tests/JobFitCoreTests/Fixtures/resumes/documents/scanned-resume.pdf", Self.example[1],
        ])
        #expect(result.status == 65)
        #expect(result.standardError.contains("no text found in"))
        #expect(result.standardError.contains("scanned image"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func noColourEnvironmentIsHonouredAndDocxResumesAreRead() throws {
        let result = try CLIRunner.run(
            ["match", "Tests/JobFitCoreTests/Fixtures/resumes/documents/alex-morgan.docx", Self.example[1]],
            environment: ["NO_COLOR": "1"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Alex Morgan × Backend Engineer (Python)"))
        #expect(!result.standardOutput.contains("\u{1B}["))
    }
}
