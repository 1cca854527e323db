import Foundation
import JobFitCore
import JobFitTestSupport
import Testing
import ZIPFoundation

/// DOCX and PDF resumes read as text: fixtures made by pandoc and LibreOffice, and hostile files.
@Suite struct DocumentReaderTests {
    private static let folder = "Tests/JobFitCoreTests/Fixtures/resumes/documents/"

    private static let roleLines = [
        "Senior Backend Engineer, Northwind Logistics — March 2021 – Present",
        "Data Engineer, Contoso Health — June 2017 – February 2021",
        "Software Engineer, Bluefin Analytics — July 2014 – May 2017",
    ]

    private static let bullets = [
        "Designed the Kafka event pipeline that feeds warehouse dashboards, processing 40 million events a day.",
        "Replaced hand-written cron scripts with Apache Airflow DAGs, with alerting and retries.",
        "Containerized the services with Docker and introduced code review and continuous integration.",
        "AWS Certified Solutions Architect – Associate, 2022",
    ]

    private func docxText() throws -> String {
        try ResumeDocumentReader.markdown(
            fromDOCX: PackageFiles.bytes(Self.folder + "alex-morgan.docx"), source: "alex-morgan.docx")
    }

    private func pdfText() throws -> String {
        try ResumeDocumentReader.text(
            fromPDF: PackageFiles.bytes(Self.folder + "alex-morgan.pdf"), source: "alex-morgan.pdf")
    }

    // MARK: - DOCX

    @Test func docxHeadingsBulletsAndTableRowsBecomeMarkdownLines() throws {
        let lines = try docxText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Alex Morgan")
        for heading in ["## Summary", "## Experience", "## Education", "## Skills", "## Certifications"] {
            #expect(lines.contains(heading), "\(heading)")
        }
        for role in Self.roleLines {
            #expect(lines.contains("### " + role), "\(role)")
        }
        #expect(lines.contains("- " + Self.bullets[0]))
        #expect(lines.contains("- AWS Certified Solutions Architect – Associate, 2022"))
        #expect(lines.contains("- Languages: Python, SQL, TypeScript, Go, Bash"))
        // The Markdown table, one row per line, with no blank line between rows.
        let header = try #require(lines.firstIndex(of: "Language | Level"))
        #expect(
            Array(lines[header...].prefix(4)) == [
                "Language | Level", "English | Native", "Spanish | Professional working proficiency",
                "German | Elementary",
            ])
        // Items of one list are consecutive; blocks are separated by one blank line.
        let firstBullet = try #require(lines.firstIndex(of: "- " + Self.bullets[0]))
        #expect(lines[firstBullet - 1].hasPrefix("- Led the migration"))
        #expect(lines[firstBullet - 2] == "")
        #expect(lines[firstBullet - 3] == "### " + Self.roleLines[0])
        #expect(!lines.contains { $0.contains("\n\n\n") })
    }

    @Test func docxKeepsReadingOrder() throws {
        let text = try docxText()
        try expectInOrder(
            ["# Alex Morgan", "## Summary", "## Experience"] + Self.roleLines + ["## Education", "## Skills"]
                + ["Language | Level", "## Certifications", "## Projects", "### Route Planner"],
            in: text)
    }

    // MARK: - PDF

    @Test func pdfHasEveryRoleLineAndBulletInOrder() throws {
        // LibreOffice wraps long lines; compare with line breaks read as spaces.
        let text = collapsed(try pdfText())
        try expectInOrder(["Alex Morgan", "Summary", "Experience"] + Self.roleLines + ["Education"], in: text)
        try expectInOrder(Self.bullets, in: text)
        #expect(text.contains("alex.morgan@example.com"))
        #expect(text.contains("Northwind Logistics"))
        #expect(!text.contains("NorthwindLogistics"))
    }

    @Test func pdfKeepsLinesAndSeparatesPages() throws {
        let text = try pdfText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Alex Morgan")
        #expect(lines.contains("Data Engineer, Contoso Health — June 2017 – February 2021"))
        // Two pages, so exactly one page break (a blank line); no trailing spaces.
        #expect(lines.filter(\.isEmpty).count == 1)
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    // MARK: - Nothing dropped

    @Test(arguments: ["docx", "pdf"])
    func documentTextCoversTheMarkdownSource(_ format: String) throws {
        let source = try String(contentsOf: PackageFiles.url(Self.folder + "alex-morgan.md"), encoding: .utf8)
        let text = format == "docx" ? try docxText() : try pdfText()
        let expected = words(source)
        let found = words(text)
        let missing = expected.subtracting(found)
        let coverage = Double(expected.count - missing.count) / Double(expected.count)
        #expect(expected.count > 250)
        #expect(coverage >= 0.98, "missing from the \(format): \(missing.sorted())")
    }

    // MARK: - DOCX errors and hostile archives

    @Test func randomBytesAreNotAZip() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: ResumeDocumentError.notAZip("cv.docx")) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        }
        #expect(throws: ResumeDocumentError.notAZip("cv.docx")) {
            try ResumeDocumentReader.markdown(fromDOCX: [], source: "cv.docx")
        }
    }

    @Test func aZipWithoutDocumentXMLIsNotADOCX() throws {
        let bytes = try zip(["word/styles.xml": Array("<styles/>".utf8), "../../evil.txt": Array("x".utf8)])
        #expect(throws: ResumeDocumentError.notADOCX("cv.docx")) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        }
        let error = ResumeDocumentError.notADOCX("cv.docx")
        #expect(error.localizedDescription.hasPrefix("cv.docx: is a ZIP archive without word/document.xml"))
    }

    @Test func zipSlipEntryNamesAreHarmless() throws {
        let bytes = try zip([
            "../../../../tmp/jobfit-zip-slip.txt": Array("owned".utf8),
            "word/document.xml": Array(Self.document(paragraphs: "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>").utf8),
        ])
        #expect(try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx") == "Hello")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/jobfit-zip-slip.txt"))
    }

    /// Found by FuzzDOCX (Fuzz/README.md): ZIPFoundation's in-memory reader traps on a read that
    /// starts past the end, where a hostile directory can point it.
    @Test(arguments: [("directory", 16, 4), ("local header", 42, 46), ("data size", 20, 46)])
    func aDirectoryThatPointsPastTheEndIsDamaged(_ field: String, _ offset: Int, _ record: Int) throws {
        var bytes = try zip([
            "word/document.xml": Array(Self.document(paragraphs: "<w:p><w:r><w:t>Hi</w:t></w:r></w:p>").utf8)
        ])
        // Offset 16 of the end record is the directory's offset; 42 and 20 of the (first)
        // directory record are the local header's offset and the compressed size.
        let signature: [UInt8] = record == 4 ? [0x50, 0x4B, 0x05, 0x06] : [0x50, 0x4B, 0x01, 0x02]
        let start = try #require(
            (0...bytes.count - 4).reversed().first { bytes[$0..<$0 + 4].elementsEqual(signature) })
        let past = UInt32(bytes.count + 1_000)
        for byte in 0..<4 { bytes[start + offset + byte] = UInt8(truncatingIfNeeded: past >> (8 * byte)) }
        #expect(throws: ResumeDocumentError.unreadableDOCX("cv.docx", part: "its ZIP directory"), "\(field)") {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        }
    }

    @Test func aZipBombStopsAtTheLimitBeforeInflating() throws {
        // 20 MB of zeros deflate to ~20 KB; the declared size is over the 1 MB limit.
        let bytes = try zip(["word/document.xml": .zeros(20_000_000)])
        #expect(bytes.count < 100_000)
        let limits = DocumentLimits(maximumDecompressedBytes: 1_000_000)
        #expect(throws: ResumeDocumentError.decompressedSizeOverLimit("bomb.docx", limit: 1_000_000)) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "bomb.docx", limits: limits)
        }
        #expect(
            ResumeDocumentError.decompressedSizeOverLimit("bomb.docx", limit: 1_000_000).localizedDescription
                == "bomb.docx: expands to more than 1000000 bytes, over the DOCX size limit; raise it with --max-docx-bytes only if the file is a genuine resume."
        )
    }

    @Test func aZipBombThatLiesAboutItsSizeStopsWhileInflating() throws {
        var bytes = try zip(["word/document.xml": .zeros(20_000_000)])
        // Declare 100 bytes in both the local header and the central directory.
        let patched = Self.patchUncompressedSizes(&bytes, to: 100)
        #expect(patched == 2)
        let limits = DocumentLimits(maximumDecompressedBytes: 1_000_000)
        #expect(throws: ResumeDocumentError.decompressedSizeOverLimit("bomb.docx", limit: 1_000_000)) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "bomb.docx", limits: limits)
        }
    }

    @Test func theDefaultLimitStopsA200MegabyteBomb() throws {
        let bytes = try zip(["word/document.xml": .zeros(200_000_000)])
        #expect(throws: ResumeDocumentError.decompressedSizeOverLimit("bomb.docx", limit: 50_000_000)) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "bomb.docx")
        }
    }

    private static let billionLaughs: String = {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        return entities
    }()

    @Test(arguments: [
        ("billion laughs", billionLaughs, "&lol9;"),
        ("file", "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;"),
        ("network", "<!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">", "&net;"),
        ("parameter", "<!ENTITY % remote SYSTEM \"file:///etc/passwd\"> %remote;", ""),
    ])
    func entitiesAreNeverExpandedNorFetched(_ kind: String, _ entities: String, _ reference: String) throws {
        let xml = Self.document(
            paragraphs: "<w:p><w:r><w:t>Before \(reference) after</w:t></w:r></w:p>",
            doctype: "<!DOCTYPE w:document [\(entities)]>")
        let bytes = try zip(["word/document.xml": Array(xml.utf8)])
        let clock = ContinuousClock()
        var result: Result<String, ResumeDocumentError>?
        let elapsed = clock.measure {
            result = Result { () throws(ResumeDocumentError) in
                try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "lol.docx")
            }
        }
        // A safety bound, not a benchmark: expanding 10^9 "lol"s would take far longer.
        #expect(elapsed < .seconds(1))
        switch try #require(result) {
        case .success(let text):
            // The reference is dropped, never replaced by the entity's text or a file's.
            #expect(text == "Before after", "\(kind)")
        case .failure(let error):
            #expect(error == .unreadableDOCX("lol.docx", part: "word/document.xml"), "\(kind)")
        }
    }

    @Test func deletedTextFieldInstructionsAndFallbacksAreLeftOut() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Berufserfahrung</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Jobs</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>Styled</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>\
            <w:ins><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink></w:p>
            <w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p>\
            </w:sdtContent></w:sdt>
            <w:p><w:r><w:t>one</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>nested</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>by style</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r>\
            </w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>\
            <w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/>\
            <w:basedOn w:val="Base"/></w:style>
            <w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>\
            <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
            </w:styles>
            """
        let bytes = try zip([
            "word/document.xml": Array(Self.document(paragraphs: body).utf8), "word/styles.xml": Array(styles.utf8),
        ])
        let text = try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        #expect(
            text == """
                # Berufserfahrung

                ## Jobs

                ### Styled

                Kept inserted

                shown link

                In a control

                one two
                three

                  - nested
                - by style

                boxed
                """)
    }

    @Test func aDOCXWithoutTextSaysSo() throws {
        let bytes = try zip(["word/document.xml": Array(Self.document(paragraphs: "<w:p/><w:p><w:r/></w:p>").utf8)])
        #expect(throws: ResumeDocumentError.noText("cv.docx", scanned: false)) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        }
        #expect(
            ResumeDocumentError.noText("cv.docx", scanned: false).localizedDescription.hasPrefix(
                "no text found in cv.docx"))
    }

    @Test func malformedDocumentXMLIsReported() throws {
        let bytes = try zip(["word/document.xml": Array("<w:document><w:body>".utf8)])
        #expect(throws: ResumeDocumentError.unreadableDOCX("cv.docx", part: "word/document.xml")) {
            try ResumeDocumentReader.markdown(fromDOCX: bytes, source: "cv.docx")
        }
    }

    // MARK: - PDF errors

    @Test func aPDFWithOnlyAnImageHasNoText() throws {
        let bytes = try PackageFiles.bytes(Self.folder + "scanned-resume.pdf")
        #expect(throws: ResumeDocumentError.noText("cv.pdf", scanned: true)) {
            try ResumeDocumentReader.text(fromPDF: bytes, source: "cv.pdf")
        }
        #expect(
            ResumeDocumentError.noText("cv.pdf", scanned: true).localizedDescription
                == "no text found in cv.pdf: is it a scanned image?")
    }

    @Test func anEncryptedPDFAsksForAnUnprotectedCopy() throws {
        let bytes = try PackageFiles.bytes(Self.folder + "alex-morgan-encrypted.pdf")
        #expect(throws: ResumeDocumentError.encryptedPDF("cv.pdf")) {
            try ResumeDocumentReader.text(fromPDF: bytes, source: "cv.pdf")
        }
        #expect(
            ResumeDocumentError.encryptedPDF("cv.pdf").localizedDescription
                == "cv.pdf: the PDF is encrypted; export an unprotected copy.")
    }

    @Test func garbageIsADamagedPDF() throws {
        let real = try PackageFiles.bytes(Self.folder + "alex-morgan.pdf")
        for bytes in [Array("not a pdf at all".utf8), [], Array(real.prefix(real.count / 3))] {
            #expect(throws: ResumeDocumentError.damagedPDF("cv.pdf")) {
                try ResumeDocumentReader.text(fromPDF: bytes, source: "cv.pdf")
            }
        }
    }

    @Test func aPDFOverThePageLimitIsRefused() throws {
        let bytes = try PackageFiles.bytes(Self.folder + "alex-morgan.pdf")
        #expect(throws: ResumeDocumentError.tooManyPages("cv.pdf", pages: 2, limit: 1)) {
            try ResumeDocumentReader.text(fromPDF: bytes, source: "cv.pdf", limits: DocumentLimits(maximumPages: 1))
        }
    }
}

// MARK: - Helpers

extension DocumentReaderTests {
    /// A minimal `word/document.xml` around `paragraphs`.
    fileprivate static func document(paragraphs: String, doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        \(doctype)
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(paragraphs)</w:body></w:document>
        """
    }

    /// A ZIP archive in memory, every entry deflated.
    fileprivate func zip(_ entries: [String: [UInt8]]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, content) in entries.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate
            ) { position, size in
                Data(content[Int(position)..<Int(position) + size])
            }
        }
        return [UInt8](try #require(archive.data))
    }

    /// Overwrites the uncompressed size in every local header and central directory record.
    fileprivate static func patchUncompressedSizes(_ bytes: inout [UInt8], to size: UInt32) -> Int {
        var patched = 0
        var index = 0
        while index + 30 < bytes.count {
            let signature = bytes[index..<index + 4]
            let offset: Int? =
                signature.elementsEqual([0x50, 0x4B, 0x03, 0x04])
                ? 22 : signature.elementsEqual([0x50, 0x4B, 0x01, 0x02]) ? 24 : nil
            if let offset {
                for byte in 0..<4 { bytes[index + offset + byte] = UInt8(truncatingIfNeeded: size >> (8 * byte)) }
                patched += 1
            }
            index += 1
        }
        return patched
    }

    fileprivate func expectInOrder(
        _ needles: [String], in text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var cursor = text.startIndex
        for needle in needles {
            let found = try #require(
                text.range(of: needle, range: cursor..<text.endIndex), "\(needle) missing or out of order",
                sourceLocation: sourceLocation)
            cursor = found.upperBound
        }
    }

    fileprivate func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Lowercase words of letters and digits: Markdown punctuation, bullets and pipes fall away.
    fileprivate func words(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}

extension Array where Element == UInt8 {
    fileprivate static func zeros(_ count: Int) -> [UInt8] { [UInt8](repeating: 0, count: count) }
}
