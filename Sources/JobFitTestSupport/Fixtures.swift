public import Foundation

/// Locates the package's own files (fixtures copied into `Tests/`, and `Resources/`) from tests.
public enum PackageFiles {
    /// The package root, found from this source file's location (tests only; never at run time).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under the package root.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of a file under the package root.
    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relativePath)))
    }

    /// The job-posting fixtures under `Tests/JobFitCoreTests/Fixtures/jobs`, relative to the root.
    public static func jobFixtures(in folder: String? = nil) throws -> [String] {
        let base = "Tests/JobFitCoreTests/Fixtures/jobs" + (folder.map { "/" + $0 } ?? "")
        guard let enumerator = FileManager.default.enumerator(atPath: url(base).path) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { !$0.hasSuffix("LICENSE") && !$0.hasSuffix(".md") || $0.hasSuffix("_jd.md") }
            .filter { ["txt", "md", "html"].contains(($0 as NSString).pathExtension) }
            .map { base + "/" + $0 }
            .sorted()
    }
}
