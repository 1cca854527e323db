/// Builds ZIP archives in memory with every entry stored (not compressed), so that tests can make
/// DOCX files with any entry name, hostile ones included, without a ZIP library.
public enum StoredZip {
    /// An archive of `entries`, in order: local headers and data, the central directory, and the
    /// end record.
    public static func archive(_ entries: [(name: String, content: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for (name, content) in entries {
            let offset = UInt32(archive.count)
            let nameBytes = Array(name.utf8)
            let crc = crc32(content)
            let size = UInt32(content.count)
            // Version 2.0, no flags, stored, no date; CRC and sizes; the name, no extra field.
            archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0)
            archive += le32(crc) + le32(size) + le32(size) + le16(UInt16(nameBytes.count)) + le16(0)
            archive += nameBytes + content
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0)
            directory += le32(crc) + le32(size) + le32(size) + le16(UInt16(nameBytes.count)) + le16(0) + le16(0)
            directory += le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        archive += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return archive
    }

    /// A minimal DOCX whose body holds one paragraph per line of `paragraphs` (XML, inserted as
    /// given), after an optional DOCTYPE, plus `extra` entries.
    public static func docx(
        paragraphs: [String], doctype: String = "", extra: [(name: String, content: [UInt8])] = []
    ) -> [UInt8] {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            \(doctype)
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        return archive(extra + [(name: "word/document.xml", content: Array(xml.utf8))])
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    private static func le32(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 (IEEE 802.3) that ZIP records for each entry.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
