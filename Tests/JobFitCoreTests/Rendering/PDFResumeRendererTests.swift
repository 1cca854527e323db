import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// PDF resumes rendered from every JSON Resume fixture and read back by independent tools
/// (poppler-utils' `pdftotext`, `pdffonts`, `pdfinfo`) and by JobFit's own PDF reader.
@Suite struct PDFResumeRendererTests {
    /// The example resume and every JSON Resume fixture that loads.
    static let fixtures: [String] = {
        let folders = ["jsonresume-org", "community", "fresh-test-resumes", "schema-test-fixtures"]
        var files = ["Resources/examples/master-resume.json"]
        for folder in folders {
            let base = "Tests/JobFitCoreTests/Fixtures/resumes/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: PackageFiles.url(base).path)) ?? []
            files += names.filter { $0.hasSuffix(".json") }.sorted().map { base + "/" + $0 }
        }
        return files
    }()

    static let options: [RenderOptions] = [
        RenderOptions(theme: "classic", paper: .a4), RenderOptions(theme: "modern", paper: .letter),
    ]

    private static func layout(_ path: String) throws -> ResumeLayout? {
        guard let resume = try? ResumeLoader.load(PackageFiles.bytes(path), source: path) else { return nil }
        return ResumeLayout(resume: resume)
    }

    /// Writes a rendering to a temporary file for the command-line tools.
    private static func file(_ rendering: PDFRendering) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobfit-pdf-\(UUID().uuidString).pdf").path
        try rendering.data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// White space collapsed to single spaces, so words broken over lines still match.
    private static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Checks that the headings, dates, email and every skill keyword come out, headings and
    /// each entry's title and dates in reading order.
    private static func expectReadable(_ text: String, _ layout: ResumeLayout, _ context: String) {
        let flat = flattened(text)
        var cursor = flat.startIndex
        for heading in layout.headings {
            guard let found = flat.range(of: heading, range: cursor..<flat.endIndex) else {
                Issue.record("\(context): heading \(heading) missing or out of order")
                continue
            }
            cursor = found.upperBound
        }
        // Without any white space, since CJK text breaks lines between any two characters.
        let squeezed = text.filter { !$0.isWhitespace }
        for keyword in layout.sections.filter({ $0.kind == .skills }).flatMap(\.entries).flatMap(\.items)
        where keyword.contains(where: { !$0.isWhitespace }) {
            #expect(squeezed.contains(keyword.filter { !$0.isWhitespace }), "\(context): skill \(keyword)")
        }
        if let email = layout.contact.first(where: { $0.link?.hasPrefix("mailto:") == true }) {
            #expect(flat.contains(email.text), "\(context): email")
        }
        // Each entry's title line, then its dates, before the next entry's title.
        var position = flat.startIndex
        for section in layout.sections {
            guard let heading = flat.range(of: section.heading, range: position..<flat.endIndex) else { continue }
            position = heading.upperBound
            for entry in section.entries {
                guard let title = (entry.title ?? entry.organization).map(flattened), !title.isEmpty,
                    let found = flat.range(of: title, range: position..<flat.endIndex)
                else { continue }
                position = found.upperBound
                guard let dates = entry.dates.map(flattened) else { continue }
                guard let datesFound = flat.range(of: dates, range: position..<flat.endIndex) else {
                    Issue.record("\(context): dates \(dates) of \(title) missing or before it")
                    continue
                }
                let between = flat[position..<datesFound.lowerBound]
                #expect(between.count < 200, "\(context): dates \(dates) far from \(title): \(between.prefix(200))")
            }
        }
    }

    // MARK: - Read back

    @Test(arguments: fixtures) func everyFixtureReadsBackWithPdftotext(_ path: String) throws {
        guard let layout = try Self.layout(path) else { return }
        for options in Self.options {
            let rendering = try PDFResumeRenderer.render(layout, options: options)
            let file = try Self.file(rendering)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let context = "\(path) \(options.theme) \(options.paper)"
            Self.expectReadable(try ExternalTool.run("pdftotext", [file, "-"]), layout, context + " pdftotext")
            Self.expectReadable(
                try ExternalTool.run("pdftotext", ["-layout", file, "-"]), layout, context + " pdftotext -layout")
            let own = try ResumeDocumentReader.text(fromPDF: [UInt8](rendering.data), source: file)
            Self.expectReadable(own, layout, context + " ResumeDocumentReader")

            let fonts = try ExternalTool.run("pdffonts", [file]).split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty, "\(context): no fonts")
            for font in fonts {
                let columns = font.split(separator: " ", omittingEmptySubsequences: true)
                // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
                #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "\(context): not embedded: \(font)")
            }
            let info = try ExternalTool.run("pdfinfo", [file])
            #expect(info.contains("Pages:           \(rendering.pageCount)\n"), "\(context): page count")
        }
    }

    @Test func metadataAndPaperSizes() throws {
        let layout = try #require(try Self.layout("Resources/examples/master-resume.json"))
        for paper in Paper.allCases {
            let rendering = try PDFResumeRenderer.render(layout, options: RenderOptions(paper: paper))
            let file = try Self.file(rendering)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let info = try ExternalTool.run("pdfinfo", [file])
            #expect(info.contains("Title:           Sam Okafor – Backend Engineer\n"))
            #expect(info.contains("Author:          Sam Okafor\n"))
            #expect(info.contains("Creator:         JobFit\n"))
            #expect(info.contains("Keywords:        " + layout.metadata.keywords.joined(separator: ", ") + "\n"))
            let size = paper == .a4 ? "595.276 x 841.89 pts (A4)" : "612 x 792 pts (letter)"
            #expect(info.contains("Page size:       \(size)"), "\(paper)")
        }
    }

    @Test func contactLinksAreClickable() throws {
        let layout = try #require(try Self.layout("Resources/examples/master-resume.json"))
        let pdf = String(
            decoding: try PDFResumeRenderer.render(layout, options: RenderOptions()).data, as: UTF8.self)
        for link in layout.contact.compactMap(\.link) {
            #expect(pdf.contains("/URI (\(link))"), "\(link)")
        }
        #expect(layout.contact.contains { $0.link?.hasPrefix("tel:") == true })
        // The name and the headings are in the structure tree.
        #expect(pdf.contains("/Type /StructTreeRoot"))
        #expect(pdf.contains("/S /H1") && pdf.contains("/S /H2") && pdf.contains("/S /P"))
        // Each heading is a bookmark.
        for heading in layout.headings { #expect(pdf.contains("/Title (\(heading))"), "\(heading)") }
    }

    @Test func bulletsDashesAndLigatureLettersExtractAsText() throws {
        let layout = ResumeLayout(
            name: "Fiona Official", headline: "Staff Engineer",
            sections: [
                .init(
                    kind: .experience, heading: "Experience",
                    entries: [
                        .init(
                            title: "Efficiency Lead", organization: "Flow Fidelity", dates: "2019 – 2021",
                            bullets: ["Shuffled office workflows — fifty affiliates, first fix"])
                    ])
            ], metadata: .init(title: "Fiona Official", author: "Fiona Official", keywords: []))
        for theme in RenderOptions.builtInThemes {
            let file = try Self.file(try PDFResumeRenderer.render(layout, options: RenderOptions(theme: theme)))
            defer { try? FileManager.default.removeItem(atPath: file) }
            let text = Self.flattened(try ExternalTool.run("pdftotext", [file, "-"]))
            #expect(text.contains("• Shuffled office workflows — fifty affiliates, first fix"), "\(theme): \(text)")
            #expect(text.contains("Efficiency Lead, Flow Fidelity"), "\(theme)")
            #expect(text.contains("2019 – 2021"), "\(theme)")
        }
    }

    @Test func controlCharactersAndOverlongWordsStillRender() throws {
        let long = "https://example.com/" + String(repeating: "segment", count: 40)
        let layout = ResumeLayout(
            name: "Null\u{0}Byte", summary: "Tabs\tand\r\nbreaks\u{7} stay readable.",
            sections: [
                .init(kind: .experience, heading: "Experience", entries: [.init(title: "Role", bullets: [long])])
            ], metadata: .init(title: "T", author: "A", keywords: []))
        let rendering = try PDFResumeRenderer.render(layout, options: RenderOptions())
        let text = try ResumeDocumentReader.text(fromPDF: [UInt8](rendering.data), source: "control.pdf")
        #expect(text.contains("NullByte"))
        #expect(Self.flattened(text).contains("Tabs and breaks stay readable."))
        // The URL wraps inside the column instead of running off the page.
        #expect(text.filter { !$0.isWhitespace }.contains(long))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 130 })
    }

    @Test func rendersFromManyThreadsAtOnce() async throws {
        let layout = try #require(try Self.layout("Resources/examples/master-resume.json"))
        let expected = try PDFResumeRenderer.render(layout, options: RenderOptions(theme: "modern"))
        let texts = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let rendering = try PDFResumeRenderer.render(layout, options: RenderOptions(theme: "modern"))
                    #expect(rendering.pageCount == expected.pageCount)
                    return try ResumeDocumentReader.text(fromPDF: [UInt8](rendering.data), source: "parallel.pdf")
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let reference = try ResumeDocumentReader.text(fromPDF: [UInt8](expected.data), source: "expected.pdf")
        #expect(texts.count == 16)
        #expect(texts.allSatisfy { $0 == reference })
    }

    @Test func unknownThemesFallBackToClassic() throws {
        let layout = try #require(try Self.layout("Resources/examples/master-resume.json"))
        func fonts(_ theme: String) throws -> String {
            let file = try Self.file(try PDFResumeRenderer.render(layout, options: RenderOptions(theme: theme)))
            defer { try? FileManager.default.removeItem(atPath: file) }
            return try ExternalTool.run("pdffonts", [file])
                .split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ")[0].dropFirst(7)) }
                .sorted().joined(separator: " ")
        }
        #expect(try fonts("themes/my-own") == fonts("classic"))
        #expect(try fonts("modern") != fonts("classic"))
    }

    // MARK: - Pages

    /// A resume long enough for several pages: the example's experience repeated.
    private static func longLayout() throws -> ResumeLayout {
        var layout = try #require(try layout("Resources/examples/master-resume.json"))
        let experience = try #require(layout.sections.firstIndex { $0.kind == .experience })
        let entries = layout.sections[experience].entries
        for copy in 0..<12 {
            var entry = entries[copy % entries.count]
            entry.title = "\(entry.title ?? "Role") \(copy + 2)"
            layout.sections[experience].entries.append(entry)
        }
        // More sections, so that headings fall at different heights of the pages.
        for number in 1...6 {
            layout.sections.append(
                .init(
                    kind: .projects, heading: "Projects \(number)",
                    entries: entries.map { entry in
                        var entry = entry
                        entry.title = "Project \(number) \(entry.title ?? "")"
                        return entry
                    }))
        }
        return layout
    }

    @Test(arguments: RenderOptions.builtInThemes, Paper.allCases)
    func headingsNeverEndAPage(_ theme: String, _ paper: Paper) throws {
        let layout = try Self.longLayout()
        let rendering = try PDFResumeRenderer.render(layout, options: RenderOptions(theme: theme, paper: paper))
        #expect(rendering.pageCount >= 3)
        let file = try Self.file(rendering)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let pages = try ExternalTool.run("pdftotext", ["-layout", file, "-"]).split(separator: "\u{0C}")
        #expect(pages.count == rendering.pageCount)
        let headings = Set(layout.headings)
        // Sections whose entries have lines under their title line.
        let longEntries = Set(layout.sections.filter { $0.entries.allSatisfy { !$0.bullets.isEmpty } }.map(\.heading))
        for (number, page) in pages.enumerated().dropLast() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !Self.flattened($0).hasPrefix("Sam Okafor · Page ") }
            // Every page but the first of one says whose it is and which.
            #expect(Self.flattened(String(page)).contains("Sam Okafor · Page \(number + 1) of \(pages.count)"))
            let last = try #require(lines.last)
            #expect(!headings.contains(last), "page \(number + 1) ends with the heading \(last)")
            // Nor a heading and only an entry's title line under it.
            if lines.count >= 2 {
                #expect(!longEntries.contains(lines[lines.count - 2]), "page \(number + 1) ends with a title: \(last)")
            }
        }
        Self.expectReadable(pages.joined(separator: "\n"), layout, "\(theme) \(paper) long")
    }
}
