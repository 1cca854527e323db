public import Foundation

extension JobPosting {
    /// The posting as JSON for `jobfit parse --format json` (documented in `docs/formats.md`).
    ///
    /// Keys are sorted and the output ends with a newline, so it diffs well.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(VersionedPosting(posting: self))
        data.append(0x0A)
        return data
    }
}

/// Adds `schemaVersion` to the posting's own keys.
private struct VersionedPosting: Encodable {
    var posting: JobPosting

    private enum CodingKeys: String, CodingKey {
        case schemaVersion
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(JobPosting.schemaVersion, forKey: .schemaVersion)
        try posting.encode(to: encoder)
    }
}
