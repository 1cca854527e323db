import Foundation
import JobFitTestSupport
import Testing

/// `jobfit parse` run as a user runs it: arguments, standard input and output, exit codes.
@Suite struct ParseCommandTests {
    private let example = "Resources/examples/backend-engineer.html"

    @Test func parsesTheBundledExample() throws {
        let result = try CLIRunner.run(["parse", example])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("Title:    Backend Engineer (Python)\nCompany:  Northwind Analytics\n"))
        #expect(
            result.standardOutput.contains(
                "[requirements] What you need\n  • 4+ years of backend development with Python\n"))
        #expect(result.standardOutput.contains("[preferred] Nice to have\n"))
        #expect(!result.standardOutput.contains("Tracking pixel"))
    }

    @Test func jsonOutputCarriesSchemaVersionAndOffsets() throws {
        let result = try CLIRunner.run(["parse", example, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["format"] as? String == "html")
        let text = try #require(object["text"] as? String)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.contains { $0["kind"] as? String == "requirements" })
        let utf8 = Array(text.utf8)
        for section in sections {
            for block in section["blocks"] as? [[String: Any]] ?? [] {
                let start = try #require(block["start"] as? Int)
                let end = try #require(block["end"] as? Int)
                #expect(String(decoding: utf8[start..<end], as: UTF8.self) == block["text"] as? String)
            }
        }
    }

    @Test func readsStandardInputAndHonoursAs() throws {
        let text = "Welder\n\nRequirements:\n- MIG and TIG welding\n- Blueprint reading\n"
        let result = try CLIRunner.run(["parse", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[requirements] Requirements:\n  • MIG and TIG welding\n"))
        let asHTML = try CLIRunner.run(["parse", "-", "--as", "html"], input: Data("<h1>Chef</h1><p>Cook.</p>".utf8))
        #expect(asHTML.standardOutput.contains("Format:   html"))
    }

    @Test func writesOutputFilesAtomicallyAndNeverOverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("job.txt")
        try Data("Painter\n\nRequirements:\n- Spray painting\n".utf8).write(to: input)
        let output = folder.appendingPathComponent("job.json")

        let written = try CLIRunner.run(["parse", input.path, "--format", "json", "-o", output.path])
        #expect(written.status == 0)
        #expect(written.standardOutput.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("\"schemaVersion\" : 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["job.json", "job.txt"])

        let refused = try CLIRunner.run(["parse", input.path, "-o", input.path])
        #expect(refused.status == 73)
        #expect(
            refused.standardError
                == "jobfit: \(input.path): is also an input; choose another output file, or pass --force to replace it.\n"
        )
        #expect(try String(contentsOf: input, encoding: .utf8).hasPrefix("Painter"))
    }

    @Test func helpTeachesByExampleAndVersionPrints() throws {
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("jobfit parse posting.txt --format json"))
        #expect(help.standardOutput.contains("Exit codes"))
        let parseHelp = try CLIRunner.run(["parse", "--help"])
        #expect(parseHelp.standardOutput.contains("--max-bytes"))
        #expect(parseHelp.standardOutput.contains("Examples:"))
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.split(separator: ".").count == 3)
    }

    @Test func badArgumentsExitWithUsageStatus() throws {
        let result = try CLIRunner.run(["parse", example, "--format", "yaml"])
        #expect(result.status == 64)
        let negative = try CLIRunner.run(["parse", example, "--max-bytes", "0"])
        #expect(negative.status == 64)
    }

    @Test func theBinaryRunsWhenCopiedAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("jobfit")
        try FileManager.default.copyItem(at: CLIRunner.executable, to: copy)
        // While the copy is written, a process started by a test running in parallel can inherit
        // the open file and make executing the copy fail with "Text file busy" until it exits.
        for attempt in 1... {
            let process = Process()
            process.executableURL = copy
            process.arguments = ["parse", PackageFiles.url(example).path]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            do {
                try process.run()
            } catch let error as NSError
                where attempt < 50 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY)
            {
                Thread.sleep(forTimeInterval: 0.1)
                continue
            }
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return
        }
    }
}
