import Foundation
import JobFitTestSupport
import Testing
import ZIPFoundation

@testable import JobFitCore

@Suite struct DOCXResumeWriterTests {
    // MARK: - Package structure

    @Test func packageHasEveryPart() throws {
        let parts = try Self.parts(DOCXResumeWriter.render(RenderingFixtures.example(), options: RenderOptions()))
        #expect(
            parts.keys.sorted() == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "word/_rels/document.xml.rels", "word/document.xml", "word/numbering.xml", "word/settings.xml",
                "word/styles.xml",
            ])
        for (path, xml) in parts { #expect(xml.hasPrefix("<?xml version=\"1.0\""), "\(path)") }
    }

    @Test func headingsUseHeadingStylesWithOutlineLevels() throws {
        let layout = try RenderingFixtures.example()
        let parts = try Self.parts(DOCXResumeWriter.render(layout, options: RenderOptions()))
        let document = try #require(parts["word/document.xml"])
        let styles = try #require(parts["word/styles.xml"])
        #expect(document.contains(#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Sam Okafor</w:t>"#))
        for heading in layout.headings {
            #expect(
                document.contains(#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>\#(heading)</w:t>"#), "\(heading)")
        }
        #expect(document.contains(#"<w:pStyle w:val="Heading2"/>"#))
        #expect(styles.contains(#"<w:name w:val="heading 1"/>"#))
        #expect(styles.contains(#"<w:outlineLvl w:val="0"/>"#))
        #expect(styles.contains(#"<w:name w:val="heading 2"/>"#))
        #expect(styles.contains(#"<w:outlineLvl w:val="1"/>"#))
        #expect(!document.contains("<w:tbl"), "no layout tables")
        #expect(!document.contains("txbx"), "no text boxes")
    }

    @Test func bulletsAreNumberedListParagraphs() throws {
        let layout = try RenderingFixtures.example()
        let parts = try Self.parts(DOCXResumeWriter.render(layout, options: RenderOptions()))
        let document = try #require(parts["word/document.xml"])
        let bullets = layout.sections.flatMap(\.entries).flatMap(\.bullets)
        let numbered = document.components(separatedBy: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#)
        #expect(numbered.count - 1 == bullets.count)
        #expect(!document.contains("•"), "bullets come from numbering.xml, not characters")
        let numbering = try #require(parts["word/numbering.xml"])
        #expect(numbering.contains(#"<w:numFmt w:val="bullet"/>"#))
        #expect(numbering.contains(#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#))
    }

    @Test func linksAreHyperlinkRelationships() throws {
        let parts = try Self.parts(DOCXResumeWriter.render(RenderingFixtures.example(), options: RenderOptions()))
        let document = try #require(parts["word/document.xml"])
        let relationships = try #require(parts["word/_rels/document.xml.rels"])
        for target in [
            "mailto:sam.okafor@example.com", "tel:+351912345678", "https://sam-okafor.example.com",
            "https://github.com/samokafor",
        ] {
            let element = try #require(
                relationships.components(separatedBy: "<Relationship ").first { $0.contains(#"Target="\#(target)""#) },
                "\(target)")
            #expect(element.contains("relationships/hyperlink\"") && element.contains(#"TargetMode="External""#))
            let id = try #require(element.split(separator: "\"").dropFirst().first)
            #expect(document.contains(#"<w:hyperlink r:id="\#(id)" w:history="1">"#), "\(target)")
        }
    }

    @Test func corePropertiesAreSet() throws {
        let layout = try RenderingFixtures.example()
        let parts = try Self.parts(DOCXResumeWriter.render(layout, options: RenderOptions()))
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>Sam Okafor – Backend Engineer</dc:title>"))
        #expect(core.contains("<dc:creator>Sam Okafor</dc:creator>"))
        #expect(core.contains("<dc:language>en</dc:language>"))
        #expect(core.contains("<cp:keywords>\(layout.metadata.keywords.joined(separator: ", "))</cp:keywords>"))
        #expect(try #require(parts["docProps/app.xml"]).contains("<Application>JobFit</Application>"))
    }

    @Test(arguments: [(Paper.a4, 11906, 16838), (Paper.letter, 12240, 15840)])
    func pageSizeFollowsPaper(paper: Paper, width: Int, height: Int) throws {
        let parts = try Self.parts(
            DOCXResumeWriter.render(RenderingFixtures.example(), options: RenderOptions(paper: paper)))
        #expect(try #require(parts["word/document.xml"]).contains(#"<w:pgSz w:w="\#(width)" w:h="\#(height)"/>"#))
    }

    @Test func sameInputGivesSameBytes() throws {
        let layout = try RenderingFixtures.example()
        let first = try DOCXResumeWriter.render(layout, options: RenderOptions(theme: "modern"))
        let second = try DOCXResumeWriter.render(layout, options: RenderOptions(theme: "modern"))
        #expect(first == second)
        #expect(first != (try DOCXResumeWriter.render(layout, options: RenderOptions())))
    }

    @Test func unknownThemeIsAnError() throws {
        #expect(throws: RenderError.themeNotFound("no-such-theme")) {
            try DOCXResumeWriter.render(RenderingFixtures.example(), options: RenderOptions(theme: "no-such-theme"))
        }
    }

    // MARK: - Escaping

    @Test func hostileFieldsAreEscapedAndUnsafeLinksDropped() throws {
        let layout = try RenderingFixtures.layout(json: Self.hostileResume)
        let data = try DOCXResumeWriter.render(layout, options: RenderOptions())
        let parts = try Self.parts(data)
        let document = try #require(parts["word/document.xml"])
        let relationships = try #require(parts["word/_rels/document.xml.rels"])
        #expect(document.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!document.contains("<script>"))
        #expect(!relationships.lowercased().contains("javascript"))
        #expect(!document.contains("\u{0007}"))
        // Every part is well-formed XML, and the text reads back.
        for (path, xml) in parts {
            #expect(throws: Never.self, "\(path)") {
                _ = try XMLEvents.parse(Array(xml.utf8), attributes: [:], skipping: [])
            }
        }
        let text = try ResumeDocumentReader.markdown(fromDOCX: [UInt8](data), source: "hostile.docx")
        #expect(text.contains("<script>alert(\"x\")</script> & Sons"))
    }

    // MARK: - Reading back

    @Test func exampleReadsBackWithOwnReader() throws {
        let layout = try RenderingFixtures.example()
        let data = try DOCXResumeWriter.render(layout, options: RenderOptions())
        let text = try ResumeDocumentReader.markdown(fromDOCX: [UInt8](data), source: "example.docx")
        #expect(text.hasPrefix("# Sam Okafor"))
        for heading in layout.headings { #expect(text.contains("\n# \(heading)\n"), "\(heading)") }
        #expect(text.contains("## Backend Engineer, Tidewater Retail Systems Feb 2023 – Present"))
        #expect(text.contains("\n- Built the pricing API in Django REST Framework"))
    }

    @Test func longEntryLineMovesTheOrganizationBelowSoDatesStayWhole() throws {
        let layout = try RenderingFixtures.layout(
            json: #"""
                {"basics": {"name": "A"}, "education": [{"institution": "University of California, Berkeley",
                "studyType": "Bachelor of Science", "area": "Computer Science",
                "startDate": "2012-09", "endDate": "2016-05"}]}
                """#)
        let data = try DOCXResumeWriter.render(layout, options: RenderOptions())
        let text = try ResumeDocumentReader.markdown(fromDOCX: [UInt8](data), source: "long.docx")
        #expect(
            text.contains(
                "## Bachelor of Science in Computer Science Sep 2012 – May 2016\n\nUniversity of California, Berkeley"))
    }

    @Test(arguments: RenderingFixtures.validResumes)
    func fixtureReadsBackInOrder(path: String) throws {
        let layout = ResumeLayout(resume: try ResumeLoader.load(PackageFiles.bytes(path), source: path))
        let data = try DOCXResumeWriter.render(layout, options: RenderOptions())
        let expected = layout.headings + layout.metadata.keywords
        let own = try ResumeDocumentReader.markdown(fromDOCX: [UInt8](data), source: path)
        #expect(RenderingFixtures.missingInOrder(Self.expectedOrder(layout), in: own) == [], "own reader: \(path)")
        #expect(!expected.isEmpty || layout.sections.isEmpty)
        guard let pandoc = RenderingFixtures.tool("pandoc") else { return }
        let folder = try RenderingFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("resume.docx")
        try data.write(to: file)
        let plain = try RenderingFixtures.run(pandoc, ["-f", "docx", "-t", "plain", "--wrap=none", file.path])
        #expect(RenderingFixtures.missingInOrder(Self.expectedOrder(layout), in: plain) == [], "pandoc: \(path)")
    }

    @Test(.enabled(if: RenderingFixtures.tool("libreoffice") != nil))
    func libreOfficeOpensIt() throws {
        let libreOffice = try #require(RenderingFixtures.tool("libreoffice"))
        let folder = try RenderingFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("resume.docx")
        try DOCXResumeWriter.render(RenderingFixtures.example(), options: RenderOptions(theme: "modern")).write(
            to: file)
        _ = try RenderingFixtures.run(
            libreOffice,
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "txt:Text",
                "--outdir", folder.path, file.path,
            ])
        let text = try String(contentsOf: folder.appendingPathComponent("resume.txt"), encoding: .utf8)
        #expect(RenderingFixtures.missingInOrder(["Sam Okafor", "Experience", "Skills", "Django"], in: text) == [])
    }

    // MARK: - Helpers

    /// Headings, then each skill group's keywords, in the order the document shows them.
    static func expectedOrder(_ layout: ResumeLayout) -> [String] {
        var needles: [String] = []
        for section in layout.sections {
            needles.append(RenderText.line(section.heading))
            if section.kind == .skills {
                needles += section.entries.flatMap(\.items).map(RenderText.line)
            }
        }
        return needles
    }

    /// The archive's entries as text, by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static let hostileResume = #"""
        {
          "basics": {
            "name": "Mallory <script>alert(\"x\")</script>",
            "label": "Engineer\u0007",
            "email": "m@example.com",
            "url": "javascript:alert(1)",
            "profiles": [{ "network": "x", "url": "JavaScript:alert(2)" }]
          },
          "work": [{
            "name": "<script>alert(\"x\")</script> & Sons",
            "position": "Dev",
            "url": "javascript:alert(3)",
            "startDate": "2020-01",
            "highlights": ["Shipped <b>bold</b> & 'quoted' things"]
          }],
          "skills": [{ "name": "Web", "keywords": ["<img src=x onerror=alert(4)>", "C++"] }]
        }
        """#
}
