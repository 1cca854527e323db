import Foundation
import JobFitTestSupport
import Testing

/// `jobfit extract`, `jobfit eval` and `jobfit taxonomy` end to end.
@Suite struct ExtractCommandTests {
    private let example = "Resources/examples/backend-engineer.html"

    @Test func extractsTheExampleAsJSON() throws {
        let result = try CLIRunner.run(["extract", example, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["taxonomyVersion"] as? String)?.isEmpty == false)
        let skills = try #require(object["skills"] as? [[String: Any]])
        let python = try #require(skills.first { $0["id"] as? String == "python" })
        #expect(python["level"] as? String == "required")
        #expect((python["years"] as? [String: Any])?["min"] as? Double == 4)
        let kafka = try #require(skills.first { $0["id"] as? String == "apache-kafka" })
        #expect(kafka["level"] as? String == "preferred")
        let mention = try #require((python["mentions"] as? [[String: Any]])?.first)
        #expect(mention["text"] as? String == "Python")
        #expect(mention["section"] as? String != nil)
    }

    @Test func textAndMarkdownReports() throws {
        let text = try CLIRunner.run(["extract", example])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("Required:\n"))
        let markdown = try CLIRunner.run(["extract", example, "--format", "markdown"])
        #expect(
            markdown.standardOutput.hasPrefix(
                "## Backend Engineer (Python)\n\n| Skill | Kind | Level | Years | Found as |"))
    }

    @Test func userTaxonomyFilesExtendAndBadOnesAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-tax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("acme.json")
        try Data(
            #"{"skills": [{"id": "northwind-forecaster", "name": "Northwind Forecaster", "kind": "hard", "category": "tool", "aliases": ["forecasting tools"]}]}"#
                .utf8
        ).write(to: good)
        let extended = try CLIRunner.run(["extract", example, "--taxonomy", good.path, "--format", "json"])
        #expect(extended.standardOutput.contains("\"northwind-forecaster\""))

        let fromEnvironment = try CLIRunner.run(
            ["extract", example, "--format", "json"], environment: ["JOBFIT_TAXONOMY": good.path])
        #expect(fromEnvironment.standardOutput.contains("\"northwind-forecaster\""))
        let withoutIt = try CLIRunner.run(["extract", example, "--format", "json"])
        #expect(!withoutIt.standardOutput.contains("\"northwind-forecaster\""))

        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"skills": [{"id": "x", "name": "X", "kind": "tool", "category": "tool"}]}"#.utf8).write(to: bad)
        let refused = try CLIRunner.run(["extract", example, "--taxonomy", bad.path])
        #expect(refused.status == 65)
        #expect(
            refused.standardError
                == "jobfit: \(bad.path): skills[0].kind: expected one of hard, soft, certification, education; see docs/taxonomy.md for the format.\n"
        )
    }

    @Test func taxonomyShowSearchExportAndLint() throws {
        let show = try CLIRunner.run(["taxonomy", "show", "django"])
        #expect(show.status == 0)
        #expect(show.standardOutput.hasPrefix("Django (django): hard, framework\n"))
        #expect(show.standardOutput.contains("implies: python"))
        let search = try CLIRunner.run(["taxonomy", "search", "kubernetes"])
        #expect(search.standardOutput.contains("kubernetes\tKubernetes\thard"))
        let missing = try CLIRunner.run(["taxonomy", "show", "no-such-skill"])
        #expect(missing.status == 64)
        let export = try CLIRunner.run(["taxonomy", "export", "--terms"])
        let terms = export.standardOutput.split(separator: "\n")
        #expect(terms.count >= 8_000)
        #expect(terms.contains("PostgreSQL"))
        let lint = try CLIRunner.run(["taxonomy", "lint"])
        #expect(lint.status == 0, "\(lint.standardOutput.prefix(2000))")
    }

    @Test func evalPrintsFiguresPerKind() throws {
        let result = try CLIRunner.run([
            "eval", "--labels", "Tests/JobFitCoreTests/Fixtures/labels", "--jobs",
            "Tests/JobFitCoreTests/Fixtures/jobs",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("kind") == true)
        #expect(lines.contains { $0.hasPrefix("hard+certification") })
        #expect(lines.contains { $0.hasPrefix("level accuracy: ") })
    }

    @Test func benchScanReportsThroughputAndHits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.txt")
        let line = "Experience with Python, PostgreSQL and Kubernetes; Go or Rust is a plus.\n"
        try Data(String(repeating: line, count: 2_000).utf8).write(to: corpus)
        let result = try CLIRunner.run(["bench", "scan", corpus.path, "--chunk-megabytes", "1"])
        #expect(result.status == 0, "\(result.standardError)")
        // Five skills a line, every rule applied: Go and Rust count as a pair of languages.
        #expect(result.standardOutput.contains(", 10000 hits, peak memory "), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("match: "))
    }
}
