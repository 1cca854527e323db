import Foundation
import JobFitTestSupport
import Testing

/// The HTML gap report opened in headless Chromium (Debian's `chromium`, installed by
/// Scripts/bootstrap.sh): its DOM after rendering, and a screenshot that is not blank.
@Suite struct HTMLReportBrowserTests {
    private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func report(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("report.html")
        let result = try CLIRunner.run(
            ["match"] + MatchCommandTests.example + ["--format", "html", "--as-of", "2026-11", "-o", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        return file
    }

    @Test func theReportHasNoExternalReference() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-html-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try String(contentsOf: try report(in: folder), encoding: .utf8)
        for pattern in [
            #"(src|href|action|poster|data)\s*=\s*["']?\s*(https?:|//|file:)"#, #"url\("#, "@import", "<link",
            "<script", "<iframe", "<img",
        ] {
            #expect(html.range(of: pattern, options: [.regularExpression, .caseInsensitive]) == nil, "\(pattern)")
        }
        #expect(html.contains("<svg"))
    }

    @Test func chromiumRendersTheChartsAndTheRequirements() throws {
        let browser = try #require(Self.chromium, "chromium is missing: run Scripts/bootstrap.sh as root")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-chromium-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try report(in: folder)
        let flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        ]
        let dom = try run(browser, flags + ["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        // Three charts (the score ring, levels, categories) with their shapes, and every requirement row.
        #expect(dom.output.components(separatedBy: "<svg").count - 1 == 3)
        #expect(dom.output.components(separatedBy: "<rect").count - 1 >= 10)
        #expect(dom.output.contains("Score 70 · potential 75"))
        #expect(dom.output.contains("<mark>Postgres</mark>"))
        for outcome in ["matched", "partial", "related", "missing"] {
            #expect(dom.output.contains("<tr class=\"\(outcome)\">"), "no \(outcome) row")
        }

        let screenshot = folder.appendingPathComponent("report.png")
        let shot = try run(
            browser, flags + ["--window-size=1000,1400", "--screenshot=\(screenshot.path)", page.absoluteString])
        #expect(shot.status == 0)
        let colours = try run(
            "/usr/bin/env", ["python3", PackageFiles.url("Tests/JobFitCLITests/png_colours.py").path, screenshot.path])
        #expect(colours.status == 0)
        // A blank page has one colour; the report has text, a ring and coloured bars.
        #expect((Int(colours.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 50)
    }
}
