import Foundation

/// Normalises decoded text: NFC, LF line ends, odd spaces folded, invisible characters dropped.
public enum TextNormalizer {
    /// Returns `text` in NFC with `\r\n` and `\r` turned into `\n`, non-breaking and other
    /// Unicode spaces turned into U+0020, and zero-width characters and soft hyphens removed.
    public static func normalize(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == 0x0D || byte >= 0x80 {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasCR { scalars.append("\n") }
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
            case 0x2028, 0x2029, 0x0085:
                scalars.append("\n")
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                scalars.append(scalar)
            }
        }
        let folded = String(scalars)
        return folded.unicodeScalars.allSatisfy({ $0.isASCII }) ? folded : folded.precomposedStringWithCanonicalMapping
    }

    /// Collapses runs of ASCII white space into one space and trims both ends.
    ///
    /// Other Unicode spaces are already folded by ``normalize(_:)``, so bytes suffice.
    public static func collapseWhitespace(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Collapses runs of white space into one space and trims both ends.
    public static func collapseWhitespace(_ text: String) -> String {
        collapseWhitespace(text[...])
    }
}
