import Foundation
import JobFitTestSupport
import Testing

/// The hostile-input corpus of docs/security.md, run through the real `jobfit` binary.
///
/// Each input is made here (none is committed) and must give its expected outcome (a clear error
/// that names the input, or a safe result) within 2 s of CPU time and 300 MB of memory, measured
/// for that process alone. `JOBFIT_BOUNDS_SCALE` widens both bounds for sanitizer builds, and
/// `JOBFIT_PRINT_BOUNDS=1` prints the figures.
@Suite struct HostileCorpusTests {
    /// One hostile input: the files to make, the command, and what must come of it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// File name → bytes, made in a fresh folder; `{dir}` in `arguments` is that folder.
        var files: @Sendable () -> [String: [UInt8]]
        var arguments: [String]
        var status: Int32
        /// Expected on standard error (for a failure) or standard output (for a success).
        var message: String = ""
        /// Must not appear in standard output.
        var absent: [String] = []
        /// Expected on standard output as well, for a failure that reports there.
        var output: String = ""
        var testDescription: String { name }
    }

    static let maximumCPUSeconds = 2.0
    static let maximumMegabytes = 300.0

    static let cases: [Case] = [
        // MARK: DOCX
        Case(
            name: "zip-slip entry names in a DOCX",
            files: {
                [
                    "cv.docx": StoredZip.docx(
                        paragraphs: ["Ana Cook", "Experience", "Python and SQL"],
                        extra: [
                            ("../../../../../tmp/jobfit-zip-slip.txt", Array("owned".utf8)),
                            ("/tmp/jobfit-zip-slip-absolute.txt", Array("owned".utf8)),
                            ("word/../../jobfit-zip-slip-parent.txt", Array("owned".utf8)),
                        ])
                ]
            }, arguments: ["validate", "{dir}/cv.docx", "-f", "json"], status: 0, message: "\"valid\""),
        Case(
            name: "billion laughs in a DOCX",
            files: { ["cv.docx": StoredZip.docx(paragraphs: ["Python &lol9; SQL"], doctype: billionLaughs)] },
            arguments: ["validate", "{dir}/cv.docx"], status: 65,
            message: "word/document.xml is damaged (corrupt data or XML that is not well-formed)"),
        Case(
            name: "external entity (XXE) in a DOCX",
            files: {
                [
                    "cv.docx": StoredZip.docx(
                        paragraphs: ["Ana Cook &xxe; Python"],
                        doctype: #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#)
                ]
            }, arguments: ["match", "{dir}/cv.docx", "Resources/examples/backend-engineer.html", "-f", "json"],
            status: 0, message: "\"score\"", absent: ["root:"]),
        Case(
            name: "a DOCX over --max-docx-bytes",
            files: { ["cv.docx": StoredZip.docx(paragraphs: Array(repeating: "Python and SQL", count: 500))] },
            arguments: ["validate", "{dir}/cv.docx", "--max-docx-bytes", "10000"], status: 65,
            message: "raise it with --max-docx-bytes"),

        // MARK: HTML and text
        Case(
            name: "100,000 nested HTML elements",
            files: { ["deep.html": Array((String(repeating: "<div>", count: 100_000) + "Python").utf8)] },
            arguments: ["parse", "{dir}/deep.html"], status: 65, message: "nests elements more than 255 deep"),
        Case(
            name: "100,000 nested HTML elements after text",
            files: {
                ["deep.html": Array(("<h1>Cook</h1><p>Python</p>" + String(repeating: "<span>", count: 100_000)).utf8)]
            }, arguments: ["extract", "{dir}/deep.html"], status: 0, message: "Python"),
        Case(
            name: "a 50 MB single-line text",
            files: { ["line.txt": Array(repeating: UInt8(ascii: "a"), count: 50_000_000)] },
            arguments: ["parse", "{dir}/line.txt"], status: 65,
            message: "over the 10.0 MB limit; raise it with --max-bytes"),
        Case(
            name: "a 5 MB single-line text under the limit",
            files: { ["line.txt": Array(repeating: UInt8(ascii: "a"), count: 5_000_000)] },
            arguments: ["parse", "{dir}/line.txt", "-f", "json"], status: 0, message: "\"sections\""),
        Case(
            name: "invalid UTF-8 in a posting",
            files: { ["job.txt": Array("Caf".utf8) + [0xE9, 0xFF, 0xFE, 0xC0, 0x80] + Array(" cook: Python\n".utf8)] },
            arguments: ["extract", "{dir}/job.txt"], status: 0, message: "Python"),
        Case(
            name: "NUL bytes in a posting",
            files: { ["job.txt": Array("Python\0\0SQL".utf8)] }, arguments: ["parse", "{dir}/job.txt"], status: 65,
            message: "it contains NUL bytes"),
        Case(
            name: "a posting in which every word is a skill",
            files: { ["job.txt": Array(("Requirements:\n" + skillWords.joined(separator: ", ")).utf8)] },
            arguments: ["extract", "{dir}/job.txt", "-f", "json"], status: 0, message: "\"python\""),
        Case(
            name: "a posting in which every word is a skill, matched",
            files: { ["job.txt": Array(("Requirements:\n" + skillWords.joined(separator: " ")).utf8)] },
            arguments: ["match", "Resources/examples/master-resume.json", "{dir}/job.txt", "-f", "html"], status: 0,
            message: "<html"),
        Case(
            name: "JSON-LD nested 100,000 deep",
            files: {
                [
                    "job.html": Array(
                        (#"<script type="application/ld+json">"# + String(repeating: "[", count: 100_000)
                            + "</script><h1>Cook</h1><p>Python</p>").utf8)
                ]
            }, arguments: ["parse", "{dir}/job.html", "-f", "json"], status: 0, message: "--max-depth"),

        // MARK: JSON and YAML resumes
        Case(
            name: "JSON nested 100,000 deep",
            files: {
                [
                    "cv.json": Array(
                        (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
                ]
            },
            arguments: ["validate", "{dir}/cv.json"], status: 65,
            message:
                "nests lists and objects more than 200 deep; a resume is far flatter, so raise the limit with --max-depth"
        ),
        Case(
            name: "JSON nested past a lowered --max-depth",
            files: { ["cv.json": Array(#"{"basics": {"location": {"city": "Oslo"}}}"#.utf8)] },
            arguments: ["validate", "{dir}/cv.json", "--max-depth", "2"], status: 65,
            message: "raise the limit with --max-depth"),
        Case(
            name: "YAML nested 100,000 deep",
            files: { ["cv.yaml": Array(("basics: " + String(repeating: "[", count: 100_000)).utf8)] },
            arguments: ["validate", "{dir}/cv.yaml"], status: 65,
            message: "is not valid YAML (nested more than 1000 levels deep, libyaml's limit)"),
        Case(
            name: "a YAML alias bomb",
            files: { ["cv.yaml": Array(yamlAliasBomb.utf8)] }, arguments: ["validate", "{dir}/cv.yaml"], status: 65,
            message: "raise the limit with --max-yaml-values"),
        Case(
            name: "lone UTF-16 surrogates in JSON escapes",
            files: {
                [
                    "cv.json": Array(
                        #"{"basics": {"name": "A\ud800B \udc00C \ud800\u0041"}, "skills": [{"name": "Python"}]}"#.utf8)
                ]
            }, arguments: ["match", "{dir}/cv.json", "Resources/examples/backend-engineer.html", "-f", "json"],
            status: 0, message: "A\u{FFFD}B \u{FFFD}C \u{FFFD}A"),
        Case(
            name: "invalid UTF-8 in a JSON resume",
            files: { ["cv.json": Array(#"{"basics": {"name": "Ana "#.utf8) + [0xFF, 0xC3] + Array(#""}}"#.utf8)] },
            arguments: ["validate", "{dir}/cv.json"], status: 0, message: "0 errors"),
        Case(
            name: "NUL bytes in a JSON resume",
            files: { ["cv.json": Array(#"{"basics": {"name": "Ana"#.utf8) + [0, 0, 0] + Array(#""}}"#.utf8)] },
            arguments: ["validate", "{dir}/cv.json"], status: 65, message: "it contains NUL bytes"),
        Case(
            name: "script and javascript: links in resume fields",
            files: { ["cv.json": Array(scriptedResume.utf8)] },
            arguments: ["match", "{dir}/cv.json", "Resources/examples/backend-engineer.html", "-f", "html"], status: 0,
            message: "&lt;script&gt;", absent: ["<script>alert", "href=\"javascript:", "<a ", "onerror="]),
        Case(
            name: "script and javascript: links in resume fields, as Markdown",
            files: { ["cv.json": Array(scriptedResume.utf8)] },
            arguments: ["match", "{dir}/cv.json", "Resources/examples/backend-engineer.html", "-f", "markdown"],
            status: 0, message: "&lt;script&gt;", absent: ["<script", "](javascript:", "<a ", "<b ", "<img"]),

        // MARK: PDF
        Case(
            name: "a PDF with a broken cross-reference table",
            files: { ["cv.pdf": brokenXrefPDF()] },
            arguments: ["match", "{dir}/cv.pdf", "Resources/examples/backend-engineer.html", "-f", "json"], status: 0,
            message: "Alex Morgan"),
        Case(
            name: "an encrypted PDF",
            files: { ["cv.pdf": fixture("resumes/documents/alex-morgan-encrypted.pdf")] },
            arguments: ["validate", "{dir}/cv.pdf"], status: 65, message: "the PDF is encrypted"),
        Case(
            name: "a PDF over --max-pdf-pages",
            files: { ["cv.pdf": fixture("resumes/documents/alex-morgan.pdf")] },
            arguments: ["validate", "{dir}/cv.pdf", "--max-pdf-pages", "1"], status: 65,
            message: "raise the limit with --max-pdf-pages"),

        // MARK: Taxonomy and batch
        Case(
            name: "a taxonomy with an implies cycle",
            files: {
                [
                    "cycle.json": Array(cycleTaxonomy.utf8),
                    "job.txt": Array("Requirements: Alphatool and Betatool".utf8),
                ]
            },
            arguments: ["extract", "{dir}/job.txt", "--taxonomy", "{dir}/cycle.json", "-f", "json"], status: 0,
            message: "\"betatool\""),
        Case(
            name: "a taxonomy with an implies cycle, linted",
            files: { ["cycle.json": Array(cycleTaxonomy.utf8)] },
            arguments: ["taxonomy", "lint", "--taxonomy", "{dir}/cycle.json"], status: 65,
            message: "the taxonomy has 1 problems", output: "implies cycle alphatool ⇒ betatool ⇒ gammatool ⇒ alphatool"
        ),
        Case(
            name: "a batch over --max-documents",
            files: { Dictionary(uniqueKeysWithValues: (1...5).map { ("job\($0).txt", Array("Python \($0)".utf8)) }) },
            arguments: [
                "batch", "--resumes", "Resources/examples/master-resume.json", "--jobs", "{dir}", "--max-documents",
                "3",
            ], status: 65, message: "raise the limit with --max-documents"),
    ]

    @Test(arguments: cases)
    func hostileInputHasItsOutcomeWithinBounds(_ example: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in example.files() {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let arguments = example.arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) }
        let result = try CLIRunner.runMeasured(arguments)

        #expect(result.status == example.status, "\(result.standardError)")
        if example.status == 0 {
            #expect(result.standardOutput.contains(example.message), "\(result.standardOutput.prefix(500))")
        } else {
            let lines = result.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(result.standardError)")
            #expect(lines.first?.hasPrefix("jobfit: ") == true)
            #expect(result.standardError.contains(example.message), "\(result.standardError)")
            #expect(
                example.output.isEmpty || result.standardOutput.contains(example.output), "\(result.standardOutput)")
        }
        for text in example.absent {
            #expect(!result.standardOutput.contains(text), "\(text)")
        }
        if ProcessInfo.processInfo.environment["JOBFIT_PRINT_BOUNDS"] != nil {
            print("bounds: \(example.name): \(result.cpuSeconds) s, \(result.peakMegabytes) MB")
        }
        let scale = CLIRunner.boundsScale
        #expect(result.cpuSeconds < Self.maximumCPUSeconds * scale, "\(result.cpuSeconds) s of CPU")
        #expect(result.peakMegabytes < Self.maximumMegabytes * scale, "\(result.peakMegabytes) MB")
        for path in [
            "/tmp/jobfit-zip-slip.txt", "/tmp/jobfit-zip-slip-absolute.txt", "/tmp/jobfit-zip-slip-parent.txt",
        ] {
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}

// MARK: - Inputs

extension HostileCorpusTests {
    /// Ten levels of ten references each: 10^9 "lol"s if the entities were ever expanded.
    static let billionLaughs: String = {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        return "<!DOCTYPE w:document [\(entities)]>"
    }()

    /// Nine levels of ten aliases: 10^9 values if aliases were expanded without a budget.
    static let yamlAliasBomb: String = {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return yaml + "basics: {name: Ana}\n"
    }()

    /// 3,000 one-word skill names from the built-in taxonomy, each once.
    static let skillWords: [String] = {
        let terms = (try? CLIRunner.run(["taxonomy", "export", "--terms"]).standardOutput) ?? ""
        return Array(terms.split(separator: "\n").filter { !$0.contains(" ") }.prefix(3_000)).map(String.init)
    }()

    static let cycleTaxonomy = #"""
        {"skills": [
          {"id": "alphatool", "name": "Alphatool", "kind": "hard", "category": "tool", "implies": ["betatool"]},
          {"id": "betatool", "name": "Betatool", "kind": "hard", "category": "tool", "implies": ["gammatool"]},
          {"id": "gammatool", "name": "Gammatool", "kind": "hard", "category": "tool", "implies": ["alphatool"]}
        ]}
        """#

    static let scriptedResume = #"""
        {"basics": {"name": "<script>alert(1)</script>Ana", "url": "javascript:alert(1)",
                    "image": "javascript:alert(2)", "email": "a@example.com\" onerror=\"alert(3)",
                    "profiles": [{"network": "<img src=x onerror=alert(4)>", "url": "javascript:alert(5)"}]},
         "work": [{"name": "<a href=\"javascript:alert(6)\">Acme</a>", "position": "Engineer",
                   "url": "javascript:alert(7)", "startDate": "2020-01",
                   "highlights": ["Built <script>alert(8)</script> Python services", "[SQL](javascript:alert(9))"]}],
         "skills": [{"name": "Python", "keywords": ["<b onmouseover=alert(10)>SQL</b>"]}]}
        """#

    static func fixture(_ path: String) -> [UInt8] {
        (try? PackageFiles.bytes("Tests/JobFitCoreTests/Fixtures/" + path)) ?? []
    }

    /// The resume PDF with its cross-reference table and `startxref` offset overwritten, so that
    /// a reader has to rebuild the table by scanning the file.
    static func brokenXrefPDF() -> [UInt8] {
        var bytes = fixture("resumes/documents/alex-morgan.pdf")
        func last(_ needle: String) -> Int? {
            let pattern = Array(needle.utf8)
            return stride(from: bytes.count - pattern.count, through: 0, by: -1).first {
                bytes[$0..<$0 + pattern.count].elementsEqual(pattern)
            }
        }
        guard let table = last("\nxref"), let trailer = last("trailer"), let startxref = last("startxref") else {
            return []
        }
        // Scramble every digit of the table (keeping its length) and of the offset after startxref.
        for index in Array(table..<trailer) + Array(startxref..<bytes.count)
        where (0x30...0x39).contains(bytes[index]) {
            bytes[index] = 0x30 + (bytes[index] &* 7 &+ 3) % 10
        }
        return bytes
    }
}
