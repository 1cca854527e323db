/// Repairs UTF-8 text that was once decoded as Windows-1252 and encoded again ("Divisionâ€™s"
/// for "Division’s"), which is common in text exported from spreadsheets and old job boards.
///
/// Only exact patterns are replaced: a lead character (Â–ô) followed by the one to three
/// continuation characters that, mapped back to Windows-1252 bytes, form one valid UTF-8 scalar.
enum MojibakeRepair {
    static func repair(_ text: String) -> String {
        guard mayContainMojibake(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let lead = scalars[index].value
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if (0xC2...0xF4).contains(lead), index + length <= scalars.count {
                var bytes: [UInt8] = [UInt8(lead)]
                for offset in 1..<length {
                    guard let byte = windows1252Byte(scalars[index + offset]), (0x80...0xBF).contains(byte) else {
                        break
                    }
                    bytes.append(byte)
                }
                if bytes.count == length {
                    let decoded = String(decoding: bytes, as: UTF8.self).unicodeScalars
                    if decoded.count == 1, let scalar = decoded.first, scalar != "\u{FFFD}" {
                        output.append(scalar)
                        index += length
                        continue
                    }
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return String(output)
    }

    /// True when the UTF-8 has a lead character Â–ô (C3 82–B4) followed by a non-ASCII character.
    private static func mayContainMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<bytes.count - 2
            where bytes[index] == 0xC3 && (0x82...0xB4).contains(bytes[index + 1]) && bytes[index + 2] >= 0xC2 {
                return true
            }
            return false
        }
    }

    /// The Windows-1252 byte for a scalar in 0x80–0xFF of that code page, if any.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        if (0x80...0x9F).contains(scalar.value) { return UInt8(scalar.value) }
        return highBytes[scalar.value]
    }

    private static let highBytes: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
