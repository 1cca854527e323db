import Foundation

/// Normalises decoded text: NFC, LF line ends, odd spaces folded, invisible characters dropped.
public enum TextNormalizer {
    /// Returns `text` in NFC with `\r\n` and `\r` turned into `\n`, non-breaking and other
    /// Unicode spaces turned into U+0020, and zero-width characters and soft hyphens removed.
    public static func normalize(_ text: String) -> String {
        let work = pendingWork(text)
        if !work.foldScalars {
            return work.compose ? text.precomposedStringWithCanonicalMapping : text
        }
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
        return work.compose ? folded.precomposedStringWithCanonicalMapping : folded
    }

    /// What `normalize` has to do, found in one pass over the UTF-8 bytes: fold line ends and
    /// odd spaces (CR, NEL, NBSP, U+2000–U+206F, U+3000, U+FEFF, soft hyphen, U+1680), and compose
    /// (combining marks U+0300–U+036F, Hangul jamo) — text without them is already NFC.
    private static func pendingWork(_ text: String) -> (foldScalars: Bool, compose: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var fold = false
            var compose = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                index += 1
                if byte < 0x80 {
                    if byte == 0x0D { fold = true }
                    continue
                }
                let second = index < count ? bytes[index] : 0
                let third = index + 1 < count ? bytes[index + 1] : 0
                switch byte {
                case 0xC2: if second == 0xA0 || second == 0xAD || second == 0x85 { fold = true }
                case 0xCC, 0xCD: compose = true
                case 0xE1:
                    if second == 0x9A && third == 0x80 { fold = true }
                    if (0x84...0x87).contains(second) { compose = true }
                case 0xE2:
                    if second == 0x80
                        && ((0x80...0x8D).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF)
                    {
                        fold = true
                    }
                    if second == 0x81 && (third == 0x9F || third == 0xA0) { fold = true }
                case 0xE3: if second == 0x80 && third == 0x80 { fold = true }
                case 0xEF: if second == 0xBB && third == 0xBF { fold = true }
                default: break
                }
                if fold && compose { break }
            }
            return (fold, compose)
        }
    }

    /// Collapses runs of ASCII white space into one space and trims both ends.
    ///
    /// Other Unicode spaces are already folded by ``normalize(_:)``, so bytes suffice.
    public static func collapseWhitespace(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { input in
            String(unsafeUninitializedCapacity: input.count) { output in
                var length = 0
                var pendingSpace = false
                for byte in input {
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                        pendingSpace = length > 0
                    default:
                        if pendingSpace {
                            output[length] = 0x20
                            length += 1
                        }
                        pendingSpace = false
                        output[length] = byte
                        length += 1
                    }
                }
                return length
            }
        }
    }

    /// Collapses runs of white space into one space and trims both ends.
    public static func collapseWhitespace(_ text: String) -> String {
        collapseWhitespace(text[...])
    }
}
