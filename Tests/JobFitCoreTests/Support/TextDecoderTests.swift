import Foundation
import JobFitCore
import Testing

/// Encodings, normalisation and binary detection.
@Suite struct TextDecoderTests {
    private let sample = "Café – naïve “résumé” ✓"

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try TextDecoder.decode(Array(sample.utf8), name: "a.txt")
        let marked = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), name: "a.txt")
        #expect(plain == DecodedText(text: sample, encoding: .utf8))
        #expect(marked == plain)
    }

    @Test func utf16LittleAndBigEndian() throws {
        let units = Array(sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(
            try TextDecoder.decode(little, name: "le.txt") == DecodedText(text: sample, encoding: .utf16LittleEndian))
        #expect(try TextDecoder.decode(big, name: "be.txt") == DecodedText(text: sample, encoding: .utf16BigEndian))
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(try TextDecoder.decode(bytes, name: "s.txt").text == "A\u{FFFD}B")
    }

    @Test func windows1252FallbackForBytesThatAreNotUTF8() throws {
        // "Résumé – “quoted” €5" in Windows-1252.
        let bytes: [UInt8] = [0x52, 0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35]
        #expect(
            try TextDecoder.decode(bytes, name: "w.txt") == DecodedText(text: "Résumé – “q” €5", encoding: .windows1252)
        )
    }

    @Test func htmlMetaCharsetIsHonoured() throws {
        // The page says Windows-1252: its bytes are read so even where they would pass as UTF-8
        // (and the resulting "Ã©" mojibake is then repaired).
        let html = #"<html><head><meta charset="windows-1252"></head><body>caf"# + "é ™</body></html>"
        let decoded = try TextDecoder.decode(Array(html.utf8), name: "m.html")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.contains("café ™"))
        let latin1: [UInt8] =
            Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>"#.utf8) + [
                0x63, 0x61, 0x66, 0xE9,
            ]
        #expect(try TextDecoder.decode(latin1, name: "l.html").text.hasSuffix("café"))
    }

    @Test func normalisesToNFCAndFoldsOddSpaces() throws {
        let decomposed = "Cafe\u{301}\u{00A0}and\u{2009}tea\u{200B}\r\nnext\rline"
        #expect(try TextDecoder.decode(Array(decomposed.utf8), name: "n.txt").text == "Café and tea\nnext\nline")
    }

    @Test func repairsDoublyEncodedUTF8() throws {
        let text = "Maintains the Divisionâ€™s database â€“ daily; cafÃ© stays, as does Ã alone."
        #expect(
            try TextDecoder.decode(Array(text.utf8), name: "m.txt").text
                == "Maintains the Division’s database – daily; café stays, as does Ã alone.")
    }

    @Test func rejectsNULBytesAndMostlyControlCharacters() {
        #expect(throws: IngestionError.binaryContent("b.bin", reason: "it contains NUL bytes")) {
            try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], name: "b.bin")
        }
        let noisy: [UInt8] = (0..<200).map { $0 % 2 == 0 ? 0x01 : 0x41 }
        #expect(
            throws: IngestionError.binaryContent("c.bin", reason: "50% of its characters are control or invalid bytes")
        ) {
            try TextDecoder.decode(noisy, name: "c.bin")
        }
    }
}
