public import Foundation

extension JobPosting {
    /// The posting as JSON for `jobfit parse --format json` (documented in `docs/formats.md`).
    ///
    /// Keys are sorted and the output ends with a newline, so it diffs well.
    public func jsonData() throws -> Data {
        try VersionedJSON.encode(self, schemaVersion: Self.schemaVersion)
    }
}
