import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a DOCX resume, then the resume builder. Bytes that start with "PK" are the archive
// itself; any other bytes are word/document.xml (and, after a "<!--styles-->" line, word/styles.xml),
// stored in a fresh archive so that mutations reach the XML readers instead of failing the CRC.
// A 1 MB inflation budget keeps each run fast; the limit itself is tested in the test suite.
runFuzzer { bytes in
    let docx = bytes.starts(with: [0x50, 0x4B]) ? bytes : StoredArchive.docx(bytes)
    let limits = DocumentLimits(maximumDecompressedBytes: 1_000_000)
    guard let text = try? ResumeDocumentReader.markdown(fromDOCX: docx, source: "fuzz.docx", limits: limits)
    else { return }
    _ = try? ResumeLoader.load(Array(text.utf8), source: "fuzz.md")
}

/// Builds the archive for inputs that are XML parts. (An enum, not top-level declarations: the
/// globals of main.swift are set in order, and the driver starts before later ones are.)
enum StoredArchive {
    /// A ZIP archive holding the XML parts uncompressed.
    static func docx(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array("<!--styles-->\n".utf8)
        var parts = [("word/document.xml", bytes)]
        if let range = bytes.firstRange(of: marker) {
            parts = [("word/document.xml", Array(bytes[..<range.lowerBound])), ("word/styles.xml", Array(bytes[range.upperBound...]))]
        }
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for (name, content) in parts {
            let offset = archive.count
            let crc = crc32(content)
            let fields: (UInt32, UInt32, UInt16) = (crc, UInt32(content.count), UInt16(name.utf8.count))
            archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0)
            archive += le32(fields.0) + le32(fields.1) + le32(fields.1) + le16(fields.2) + le16(0) + Array(name.utf8) + content
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0)
            directory += le32(fields.0) + le32(fields.1) + le32(fields.1) + le16(fields.2) + le16(0) + le16(0)
            directory += le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + Array(name.utf8)
        }
        let directoryOffset = archive.count
        archive += directory
        archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(parts.count)) + le16(UInt16(parts.count))
        archive += le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
        return archive
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
