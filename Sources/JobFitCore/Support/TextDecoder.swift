import Foundation

/// The text encodings JobFit recognises in input files.
public enum TextEncoding: String, Codable, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "windows-1252"
}

/// Text decoded from bytes, with the encoding that was used.
public struct DecodedText: Equatable, Sendable {
    /// The decoded, normalised text (NFC, LF line ends, odd spaces folded).
    public var text: String
    /// The encoding the bytes were read as.
    public var encoding: TextEncoding

    /// Creates decoded text.
    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

/// Turns input bytes into normalised text.
///
/// The order of evidence follows what browsers do: a byte-order mark wins, then an
/// HTML `<meta charset>` declaration, then UTF-8 when the bytes are valid UTF-8, and
/// Windows-1252 (which also covers ISO-8859-1) for everything else.
public enum TextDecoder {
    /// Decodes `bytes`, looking for an HTML charset declaration when `sniffHTMLCharset` is set.
    ///
    /// - Throws: ``IngestionError/binaryContent(_:reason:)`` when the bytes are not text.
    public static func decode(_ bytes: [UInt8], name: String, sniffHTMLCharset: Bool = true) throws -> DecodedText {
        let (encoding, bomLength) = detectEncoding(bytes, sniffHTMLCharset: sniffHTMLCharset)
        let body = bytes[bomLength...]
        var raw: String
        switch encoding {
        case .utf8:
            raw = String(validating: body, as: UTF8.self) ?? String(decoding: body, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            raw = decodeUTF16(body, littleEndian: encoding == .utf16LittleEndian)
        case .windows1252:
            raw = decodeWindows1252(body)
        }
        try rejectBinary(raw, name: name)
        raw = TextNormalizer.normalize(MojibakeRepair.repair(raw))
        return DecodedText(text: raw, encoding: encoding)
    }

    /// Chooses an encoding for `bytes` and reports the length of its byte-order mark.
    static func detectEncoding(_ bytes: [UInt8], sniffHTMLCharset: Bool) -> (TextEncoding, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if sniffHTMLCharset, let declared = declaredHTMLCharset(bytes) {
            switch declared {
            case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii":
                // WHATWG maps all of these to windows-1252; ASCII is a subset of either.
                return (isValidUTF8(bytes) && declared.contains("ascii") ? .utf8 : .windows1252, 0)
            default:
                break
            }
        }
        return (isValidUTF8(bytes) ? .utf8 : .windows1252, 0)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The charset an HTML document declares in its first kilobytes, lowercased.
    static func declaredHTMLCharset(_ bytes: [UInt8]) -> String? {
        let marker = Array("charset=".utf8)
        let limit = min(bytes.count, 4096)
        guard limit >= marker.count else { return nil }
        var index = 0
        search: while index + marker.count <= limit {
            for offset in 0..<marker.count where bytes[index + offset] | 0x20 != marker[offset] {
                index += 1
                continue search
            }
            var cursor = index + marker.count
            while cursor < limit,
                bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'")
                    || bytes[cursor] == UInt8(ascii: " ")
            {
                cursor += 1
            }
            var value: [UInt8] = []
            while cursor < limit, value.count < 40 {
                let byte = bytes[cursor] | 0x20
                guard
                    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(bytes[cursor]) || bytes[cursor] == 0x2D
                        || bytes[cursor] == 0x5F
                else { break }
                value.append(
                    (0x30...0x39).contains(bytes[cursor]) || bytes[cursor] == 0x2D || bytes[cursor] == 0x5F
                        ? bytes[cursor] : byte)
                cursor += 1
            }
            return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        // Lone surrogates become U+FFFD rather than failing the whole file.
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's mapping of 0x80–0x9F; every other byte is its Latin-1 code point.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Rejects content with NUL bytes or mostly control characters and replacement marks.
    private static func rejectBinary(_ text: String, name: String) throws {
        var text = text
        let (suspicious, total, hasNUL) = text.withUTF8 { bytes -> (Int, Int, Bool) in
            var suspicious = 0
            var total = 0
            let count = min(bytes.count, 65_536)
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 || byte >= 0xC0 { total += 1 }
                switch byte {
                case 0:
                    return (suspicious, total, true)
                case 0x01...0x08, 0x0E...0x1F, 0x7F:
                    suspicious += 1
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD:
                    suspicious += 1  // U+FFFD
                default:
                    break
                }
                index += 1
            }
            return (suspicious, total, false)
        }
        if hasNUL { throw IngestionError.binaryContent(name, reason: "it contains NUL bytes") }
        // A few replacement marks are damage in a text file; many, in a small share of it, mean binary.
        if suspicious >= 16 && suspicious * 10 > total {
            throw IngestionError.binaryContent(
                name, reason: "\(suspicious * 100 / total)% of its characters are control or invalid bytes")
        }
    }
}
