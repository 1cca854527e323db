import Foundation
import JobFitCore
import JobFitTestSupport

/// Resumes the rendering tests render, and tools they read the output back with.
enum RenderingFixtures {
    static let examplePath = "Resources/examples/master-resume.json"

    /// The example resume, laid out.
    static func example() throws -> ResumeLayout {
        ResumeLayout(resume: try ResumeLoader.load(PackageFiles.bytes(examplePath), source: examplePath))
    }

    /// The JSON Resume fixtures that load and validate without schema errors, relative to the root.
    static let validResumes: [String] = {
        let base = "Tests/JobFitCoreTests/Fixtures/resumes"
        guard let enumerator = FileManager.default.enumerator(atPath: PackageFiles.url(base).path) else { return [] }
        let validator = ResumeValidator()
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }
            .map { base + "/" + $0 }
            .sorted()
            .filter { path in
                guard let resume = try? ResumeLoader.load(PackageFiles.bytes(path), source: path) else { return false }
                return !validator.validate(resume.document).contains { $0.severity == .error }
            }
    }()

    /// A layout built from JSON text.
    static func layout(json: String) throws -> ResumeLayout {
        ResumeLayout(resume: try ResumeLoader.load(Array(json.utf8), source: "resume.json"))
    }

    /// The path of an installed program, or nil.
    static func tool(_ name: String) -> String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let path = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program and returns its standard output; throws when it exits with an error.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try ExternalTool.run(executable, arguments)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobfit-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The needles that are not found in `text` in order (case-insensitive, white space collapsed);
    /// empty when all are.
    static func missingInOrder(_ needles: [String], in text: String) -> [String] {
        let haystack = collapse(text)
        var cursor = haystack.startIndex
        var missing: [String] = []
        for needle in needles.map(collapse) where !needle.isEmpty {
            if let range = haystack.range(of: needle, options: .caseInsensitive, range: cursor..<haystack.endIndex) {
                cursor = range.upperBound
            } else {
                missing.append(needle)
            }
        }
        return missing
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
