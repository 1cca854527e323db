import Foundation
import JobFitTestSupport
import Testing

/// Malformed and hostile inputs: each exits non-zero with one line on standard error that names
/// the input, or (where the input is merely ugly) succeeds; none crashes.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var arguments: [String] = []
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty.txt", bytes: [], status: 65, message: "is empty"),
        Case(name: "blank.txt", bytes: Array(" \n\t\n  \r\n".utf8), status: 65, message: "is empty"),
        Case(
            name: "nul.txt", bytes: Array("Engineer\0\0\0".utf8), status: 65,
            message: "does not look like text (it contains NUL bytes)"),
        Case(
            name: "zip.docx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], status: 65,
            message: "it contains NUL bytes"),
        Case(
            name: "png.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], status: 65,
            message: "NUL bytes"),
        Case(
            name: "controls.txt", bytes: (0..<400).map { UInt8($0 % 8 + 1) }, status: 65,
            message: "of its characters are control or invalid bytes"),
        Case(
            name: "big.txt", bytes: Array(repeating: 0x61, count: 2_000), arguments: ["--max-bytes", "1000"],
            status: 65, message: "over the 1000 bytes limit; raise it with --max-bytes"),
        Case(
            name: "scripts-only.html", bytes: Array("<html><script>alert(1)</script><style>p{}</style></html>".utf8),
            status: 65, message: "holds no readable text"),
        Case(
            name: "nav-only.html", bytes: Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8),
            status: 65, message: "holds no readable text"),
        Case(
            name: "comment-only.html", bytes: Array("<!-- nothing here --><html></html>".utf8), status: 65,
            message: "holds no readable text"),
        Case(
            name: "utf16-nul-free-but-empty.txt", bytes: [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], status: 65,
            message: "is empty"),
        Case(name: "bom-only.txt", bytes: [0xEF, 0xBB, 0xBF], status: 65, message: "is empty"),
        // Ugly but readable: these succeed.
        Case(
            name: "invalid-utf8.txt", bytes: Array("Caf".utf8) + [0xE9, 0xFF, 0xFE] + Array(" manager\n".utf8),
            status: 0, message: ""),
        Case(
            name: "lone-surrogates.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x0A, 0x00], status: 0,
            message: ""),
        Case(
            name: "unclosed.html", bytes: Array("<h1>Chef<ul><li>Knife skills<li>Menus</ul></li></div></p>".utf8),
            status: 0, message: ""),
        Case(
            name: "deep.html", bytes: Array((String(repeating: "<div>", count: 10_000) + "x").utf8), status: 65,
            message: "holds no readable text: the HTML nests elements more than 255 deep"),
        Case(
            name: "deep-after-text.html",
            bytes: Array(("<p>Cook</p>" + String(repeating: "<div>", count: 10_000) + "x").utf8),
            status: 0, message: ""),
        Case(
            name: "xxe.html",
            bytes: Array(#"<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;Nurse</p>"#.utf8), status: 0,
            message: ""),
        Case(
            name: "deep.jsonld.html",
            bytes: Array(
                (#"<script type="application/ld+json">"# + String(repeating: "[", count: 100_000)
                    + "</script><p>Cook</p>").utf8), status: 0, message: ""),
    ]

    @Test(arguments: cases)
    func hostileInput(_ example: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobfit-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(example.name)
        try Data(example.bytes).write(to: file)
        let result = try CLIRunner.run(["parse", file.path] + example.arguments)
        #expect(result.status == example.status, "\(result.standardError)")
        if example.status == 0 {
            #expect(!result.standardOutput.isEmpty)
            #expect(!result.standardOutput.contains("root:"))
        } else {
            let lines = result.standardError.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("jobfit: \(file.path): ") == true)
            #expect(result.standardError.contains(example.message))
        }
    }

    @Test func missingFileDirectoryAndUnreadableFile() throws {
        let missing = try CLIRunner.run(["parse", "no/such/posting.txt"])
        #expect(missing.status == 66)
        #expect(
            missing.standardError
                == "jobfit: no/such/posting.txt: no such file; check the path, or pass - to read from standard input.\n"
        )

        let directory = try CLIRunner.run(["parse", "Resources"])
        #expect(directory.status == 66)
        #expect(
            directory.standardError
                == "jobfit: Resources: is a directory; pass a job posting file (text, Markdown or HTML).\n")

        // Root reads everything, so permissions can only be tested as another user.
        guard getuid() != 0 else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobfit-locked-\(UUID().uuidString).txt")
        try Data("Nurse".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        chmod(file.path, 0o000)
        let locked = try CLIRunner.run(["parse", file.path])
        #expect(locked.status == 66)
        #expect(locked.standardError.contains("cannot be read (permission denied)"))
    }

    @Test func largeStandardInputIsRefusedPastTheLimit() throws {
        let result = try CLIRunner.run(
            ["parse", "-", "--max-bytes", "100"], input: Data(repeating: 0x41, count: 5_000))
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("jobfit: standard input: is "))
    }
}
