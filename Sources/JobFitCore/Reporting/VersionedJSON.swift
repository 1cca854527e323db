import Foundation

/// JSON output with a `schemaVersion` key beside the value's own keys: sorted keys, two-space
/// indentation, a newline at the end, so outputs diff well.
enum VersionedJSON {
    static func encode<Value: Encodable>(_ value: Value, schemaVersion: Int) throws -> Data {
        try encoder.encode(Versioned(value: value, schemaVersion: schemaVersion)) + [0x0A]
    }

    static func encode<Value: Encodable>(_ values: [Value], schemaVersion: Int) throws -> Data {
        try encoder.encode(values.map { Versioned(value: $0, schemaVersion: schemaVersion) }) + [0x0A]
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private struct Versioned<Wrapped: Encodable>: Encodable {
        var value: Wrapped
        var schemaVersion: Int

        private enum CodingKeys: String, CodingKey {
            case schemaVersion
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try value.encode(to: encoder)
        }
    }
}
