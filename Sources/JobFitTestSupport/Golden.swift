public import Foundation

/// Golden files: expected outputs kept under `Tests/…/Golden`, compared byte for byte.
///
/// A missing golden file is written and the comparison fails, so a new golden is always looked
/// at once; `JOBFIT_RECORD_GOLDEN=1` rewrites them all after an intended change.
public enum Golden {
    /// Whether `actual` equals the golden file at `relativePath` (under the package root); on a
    /// difference, the first differing line is returned as the explanation.
    public static func compare(_ actual: String, to relativePath: String) throws -> String? {
        let url = PackageFiles.url(relativePath)
        let recording = ProcessInfo.processInfo.environment["JOBFIT_RECORD_GOLDEN"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return recording ? nil : "\(relativePath) did not exist; it was recorded: look at it and run again"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got {
                return "\(relativePath):\(index + 1): expected \"\(want)\", got \"\(got)\" "
                    + "(JOBFIT_RECORD_GOLDEN=1 rewrites it after an intended change)"
            }
        }
        return "\(relativePath): differs"
    }
}
