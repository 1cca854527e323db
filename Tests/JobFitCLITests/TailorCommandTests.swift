import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// `jobfit render` and `jobfit tailor` end to end, read back by independent tools.
@Suite struct TailorCommandTests {
    static let example = ["Resources/examples/master-resume.json", "Resources/examples/backend-engineer.html"]

    /// Every fixture resume JobFit reads into a JSON Resume with a name and some content.
    static let fixtureResumes: [String] = {
        let folders = ["jsonresume-org", "community", "fresh-test-resumes", "plain", "documents"]
        let skipped: Set<String> = ["empty.json", "jane-incomplete.json", "johnny-trouble.broken.fresh.json"]
        var paths = ["Resources/examples/master-resume.json"]
        for folder in folders {
            let relative = "Tests/JobFitCoreTests/Fixtures/resumes/\(folder)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: PackageFiles.url(relative).path)) ?? []
            for name in names.sorted() where !skipped.contains(name) {
                let suffix = (name as NSString).pathExtension
                guard ["json", "md", "txt", "docx"].contains(suffix), !name.hasPrefix("README"),
                    !name.hasPrefix("LICENSE")
                else { continue }
                paths.append("\(relative)/\(name)")
            }
        }
        return paths
    }()

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-tailor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a tool from Debian's packages (Scripts/bootstrap.sh installs them).
    private func tool(_ name: String, _ arguments: [String]) throws -> String {
        try ExternalTool.run(name, arguments)
    }

    /// Lower case, single spaces, hyphens for dashes: how two extractors' texts are compared.
    private func normalized(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every heading in order, and every keyword, in `text`.
    private func expectReadable(_ text: String, layout: ResumeLayout, keywords: [String], tool: String, file: String) {
        let readable = normalized(text)
        let squeezed = readable.replacingOccurrences(of: " ", with: "")
        var cursor = readable.startIndex
        for heading in layout.headings {
            let found = readable.range(of: normalized(heading), range: cursor..<readable.endIndex)
            #expect(found != nil, "\(tool) on \(file): heading \(heading) missing or out of order")
            if let found { cursor = found.upperBound }
        }
        for keyword in keywords {
            let wanted = normalized(keyword)
            #expect(
                readable.contains(wanted) || squeezed.contains(wanted.replacingOccurrences(of: " ", with: "")),
                "\(tool) on \(file): \(keyword) missing")
        }
    }

    @Test(arguments: fixtureResumes)
    func everyFixtureResumeRendersToPDFAndDOCXThatOtherToolsRead(_ path: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let resume = try ResumeLoader.load(PackageFiles.bytes(path), source: path)
        let layout = ResumeLayout(resume: resume)
        let keywords = layout.metadata.keywords

        let pdf = folder.appendingPathComponent("resume.pdf").path
        let rendered = try CLIRunner.run(["render", path, "-o", pdf])
        #expect(rendered.status == 0, "\(rendered.standardError)")
        expectReadable(
            try tool("pdftotext", [pdf, "-"]), layout: layout, keywords: keywords, tool: "pdftotext", file: path)
        let fonts = try tool("pdffonts", [pdf]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.contains(" yes "), "font not embedded: \(font)") }

        let docx = folder.appendingPathComponent("resume.docx").path
        let written = try CLIRunner.run(["render", path, "-o", docx])
        #expect(written.status == 0, "\(written.standardError)")
        expectReadable(
            try tool("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", docx]), layout: layout, keywords: keywords,
            tool: "pandoc", file: path)
    }

    @Test func tailoredPDFAndDOCXCarryEveryMatchedKeywordAndTheReportSaysWhy() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("tailored.pdf").path
        let report = folder.appendingPathComponent("changes.json").path
        let result = try CLIRunner.run(
            ["tailor"] + Self.example + ["-o", pdf, "--report", report, "--as-of", "2026-11"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("score 70 → 75"))

        let changes = try JSONValue.parse(
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: report)), as: UTF8.self))
        #expect(changes["scoreAfter"]?.text == "75")
        let added = changes["additions"]?.elements.compactMap(\.text) ?? []
        #expect(added.contains("CI/CD"))

        let text = try tool("pdftotext", [pdf, "-"])
        let master = try ResumeLoader.load(PackageFiles.bytes(Self.example[0]), source: Self.example[0])
        let posting = try JobPostingParser().parse(PackageFiles.bytes(Self.example[1]), source: Self.example[1])
        let matched = ResumeMatcher().match(master, against: posting, asOf: ResumeDate(year: 2026, month: 11))
            .requirements.filter { $0.status == .matched && $0.basis != .implied }.flatMap { $0.evidence.map(\.text) }
        #expect(matched.count >= 6)
        expectReadable(
            text, layout: ResumeLayout(resume: master), keywords: matched + added, tool: "pdftotext", file: pdf)

        let docx = folder.appendingPathComponent("tailored.docx").path
        let word = try CLIRunner.run(["tailor"] + Self.example + ["-o", docx, "--as-of", "2026-11"])
        #expect(word.status == 0, "\(word.standardError)")
        let plain = try tool("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", docx])
        expectReadable(
            plain, layout: ResumeLayout(resume: master), keywords: matched + added, tool: "pandoc", file: docx)
    }

    @Test func aThemeThatInventsFactsFailsTheFactCheckAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("doctored")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        // A theme is trusted to lay out and label, not to state facts: this one adds a skill and
        // numbers that the master resume does not have (its own words, like "Initech", are labels).
        try Data("# {{name}}\n\nKubernetes lead at Initech for 12 years.\n".utf8)
            .write(to: theme.appendingPathComponent("resume.md.mustache"))
        let output = folder.appendingPathComponent("tailored.md").path
        let result = try CLIRunner.run(["tailor"] + Self.example + ["-o", output, "--theme", theme.path])
        #expect(result.status == 4, "\(result.standardError)")
        #expect(result.standardError.contains("states what the master resume does not"))
        #expect(result.standardError.contains("skill \"Kubernetes\""))
        #expect(result.standardError.contains("number \"12\""))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aPageBudgetIsKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let resume = "Tests/JobFitCoreTests/Fixtures/resumes/jsonresume-org/complete-resume.json"
        let full = folder.appendingPathComponent("full.pdf").path
        #expect(try CLIRunner.run(["render", resume, "-o", full]).status == 0)
        let pages = try tool("pdfinfo", [full]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        let fullPages = Int(pages?.split(separator: " ").last ?? "") ?? 0
        try #require(fullPages >= 2, "the fixture should take at least two pages")

        let fitted = folder.appendingPathComponent("fitted.pdf").path
        let report = folder.appendingPathComponent("changes.txt").path
        let budget = fullPages - 1
        let result = try CLIRunner.run(
            ["tailor", resume, Self.example[1], "-o", fitted, "--max-pages", "\(budget)", "--report", report])
        #expect(result.status == 0, "\(result.standardError)")
        let info = try tool("pdfinfo", [fitted])
        #expect(info.contains("Pages:           \(budget)"), "\(info)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("[removed]"))

        // A budget that cannot be met is said, not hidden.
        let tight = try CLIRunner.run(
            [
                "tailor", resume, Self.example[1], "-o", folder.appendingPathComponent("tight.pdf").path, "--max-pages",
                "1",
            ])
        #expect(tight.status == 0)
        #expect(tight.standardError.contains("over the budget of 1"), "\(tight.standardError)")
    }

    @Test func filesAreNeverLost() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("resume.json")
        try Data(try PackageFiles.bytes(Self.example[0])).write(to: copy)
        let before = try Data(contentsOf: copy)

        // An input is never replaced, even with --force.
        let over = try CLIRunner.run(["render", copy.path, "-o", copy.path, "--force"])
        #expect(over.status == 73)
        #expect(try Data(contentsOf: copy) == before)

        // An existing output is replaced only with --force.
        let output = folder.appendingPathComponent("resume.md")
        try Data("keep me".utf8).write(to: output)
        let refused = try CLIRunner.run(["render", copy.path, "-o", output.path])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("--force"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "keep me")
        let replaced = try CLIRunner.run(["render", copy.path, "-o", output.path, "--force"])
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("Sam Okafor"))
        // Both outputs of tailor are checked before any work: an existing report stops it, and
        // the resume is not written either.
        let tailored = folder.appendingPathComponent("tailored.pdf")
        let refusedReport = try CLIRunner.run(
            ["tailor", copy.path, Self.example[1], "-o", tailored.path, "--report", output.path])
        #expect(refusedReport.status == 73)
        #expect(refusedReport.standardError.contains("resume.md: already exists"))
        #expect(!FileManager.default.fileExists(atPath: tailored.path))

        // No temporary file is left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty)
    }

    @Test func standardOutputTakesTextFormatsOnly() throws {
        let markdown = try CLIRunner.run(["render", Self.example[0], "-o", "-", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("Sam Okafor"))
        let pdf = try CLIRunner.run(["render", Self.example[0], "-o", "-", "--format", "pdf"])
        #expect(pdf.status == 64)
        #expect(pdf.standardError.contains("cannot go to standard output"))
        let json = try CLIRunner.run(["tailor"] + Self.example + ["-o", "-", "--format", "json"])
        #expect(json.status == 0)
        let tailored = try ResumeLoader.load(Array(json.standardOutput.utf8), source: "tailored.json")
        #expect(tailored.basics.name == "Sam Okafor")
        #expect(ResumeValidator().validate(tailored.document).filter { $0.severity == .error }.isEmpty)
    }
}
