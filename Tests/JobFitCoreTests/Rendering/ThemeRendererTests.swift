import Foundation
import JobFitTestSupport
import Testing

@testable import JobFitCore

@Suite struct ThemeRendererTests {
    // MARK: - Golden files

    @Test(arguments: RenderOptions.builtInThemes, [ResumeOutputFormat.html, .markdown, .text])
    func exampleMatchesGolden(theme: String, format: ResumeOutputFormat) throws {
        let output = try ThemeRenderer.render(
            RenderingFixtures.example(), format: format, options: RenderOptions(theme: theme))
        let ext = ["html": "html", "markdown": "md", "text": "txt"][format.rawValue] ?? format.rawValue
        let difference = try Golden.compare(output, to: "Tests/JobFitCoreTests/Golden/Rendering/\(theme).\(ext)")
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func letterPaperSetsThePrintPage() throws {
        let layout = try RenderingFixtures.example()
        let html = try ThemeRenderer.render(layout, format: .html, options: RenderOptions(paper: .letter))
        #expect(html.contains("@page { size: letter;"))
        #expect(try ThemeRenderer.render(layout, format: .html, options: RenderOptions()).contains("@page { size: A4;"))
    }

    @Test(arguments: RenderOptions.builtInThemes)
    func htmlCarriesMetadata(theme: String) throws {
        let layout = try RenderingFixtures.example()
        let html = try ThemeRenderer.render(layout, format: .html, options: RenderOptions(theme: theme))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(
            html.contains("<meta name=\"keywords\" content=\"\(layout.metadata.keywords.joined(separator: ", "))\">"))
        #expect(html.contains("<title>Sam Okafor – Backend Engineer</title>"))
        #expect(!html.contains("<table"), "no layout tables")
        #expect(!html.contains("<script"), "no script")
        #expect(!html.contains("src="), "self-contained")
    }

    @Test(arguments: RenderOptions.builtInThemes)
    func textLinesFitEightyColumns(theme: String) throws {
        let layout = try RenderingFixtures.example()
        let text = try ThemeRenderer.render(layout, format: .text, options: RenderOptions(theme: theme))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(RenderingFixtures.missingInOrder(layout.headings.map { $0.uppercased() }, in: text) == [])
    }

    @Test(arguments: RenderingFixtures.validResumes)
    func everyFixtureRendersEveryHeadingInOrder(path: String) throws {
        let layout = ResumeLayout(resume: try ResumeLoader.load(PackageFiles.bytes(path), source: path))
        for theme in RenderOptions.builtInThemes {
            for format in [ResumeOutputFormat.markdown, .text] {
                let output = try ThemeRenderer.render(layout, format: format, options: RenderOptions(theme: theme))
                let needles = DOCXResumeWriterTests.expectedOrder(layout).map {
                    format == .markdown ? RenderText.markdown($0) : $0
                }
                #expect(RenderingFixtures.missingInOrder(needles, in: output) == [], "\(path) \(theme) \(format)")
                if format == .text {
                    let long = output.split(separator: "\n").filter { $0.count > 80 && $0.contains(" ") }
                    #expect(long.isEmpty, "\(path) \(theme): \(long)")
                }
            }
        }
    }

    // MARK: - Escaping

    @Test(arguments: RenderOptions.builtInThemes)
    func htmlEscapesEveryValueAndDropsUnsafeLinks(theme: String) throws {
        let layout = try RenderingFixtures.layout(json: DOCXResumeWriterTests.hostileResume)
        let html = try ThemeRenderer.render(layout, format: .html, options: RenderOptions(theme: theme))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.lowercased().contains("href=\"javascript"))
        #expect(html.contains("Mallory &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(4)&gt;"))
        #expect(html.contains("Shipped &lt;b&gt;bold&lt;/b&gt; &amp; &#39;quoted&#39; things"))
        #expect(html.contains("<a href=\"mailto:m@example.com\">m@example.com</a>"))
        #expect(!html.contains("\u{0007}"))
    }

    @Test func markdownEscapesMarkupAndDropsUnsafeLinks() throws {
        let layout = try RenderingFixtures.layout(json: DOCXResumeWriterTests.hostileResume)
        for theme in RenderOptions.builtInThemes {
            let markdown = try ThemeRenderer.render(layout, format: .markdown, options: RenderOptions(theme: theme))
            #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"), "only escaped angle brackets")
            #expect(!markdown.lowercased().contains("(javascript:"))
            #expect(markdown.contains(#"\<script\>alert("x")\</script\>"#))
            #expect(markdown.contains(#"Shipped \<b\>bold\</b\> \& 'quoted' things"#))
            #expect(markdown.contains("[m@example.com](mailto:m@example.com)"))
        }
    }

    @Test(.enabled(if: RenderingFixtures.tool("pandoc") != nil), arguments: [ResumeOutputFormat.html, .markdown])
    func pandocReadsTheValuesBackAsWritten(format: ResumeOutputFormat) throws {
        let pandoc = try #require(RenderingFixtures.tool("pandoc"))
        let folder = try RenderingFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = try RenderingFixtures.layout(json: DOCXResumeWriterTests.hostileResume)
        let example = try RenderingFixtures.example()
        for theme in RenderOptions.builtInThemes {
            for (name, layout) in [("hostile", hostile), ("example", example)] {
                let file = folder.appendingPathComponent("\(theme)-\(name).\(format == .html ? "html" : "md")")
                try ThemeRenderer.render(layout, format: format, options: RenderOptions(theme: theme))
                    .write(to: file, atomically: true, encoding: .utf8)
                let plain = try RenderingFixtures.run(
                    pandoc,
                    ["-f", format == .html ? "html" : "markdown-smart", "-t", "plain", "--wrap=none", file.path])
                let needles =
                    name == "hostile"
                    ? [
                        #"Mallory <script>alert("x")</script>"#, #"<script>alert("x")</script> & Sons"#,
                        "Shipped <b>bold</b> & 'quoted' things", "<img src=x onerror=alert(4)>, C++",
                    ]
                    : DOCXResumeWriterTests.expectedOrder(layout)
                #expect(RenderingFixtures.missingInOrder(needles, in: plain) == [], "\(theme) \(name) \(format)")
            }
        }
    }

    @Test(arguments: [
        ("*bold* _it_ [x](y)", #"\*bold\* \_it\_ \[x\](y)"#),
        ("# not a heading", ##"\# not a heading"##),
        ("- not a bullet", #"\- not a bullet"#),
        ("2023. Not a list", #"2023\. Not a list"#),
        ("C++, C#, Node.js, CI/CD", "C++, C#, Node.js, CI/CD"),
        ("a | b `c`", #"a \| b \`c\`"#),
    ])
    func markdownEscaping(input: String, expected: String) {
        #expect(RenderText.markdown(input) == expected)
    }

    @Test(
        arguments: [
            ("https://example.com/a?b=c", "https://example.com/a?b=c"),
            ("mailto:a@example.com", "mailto:a@example.com"),
            ("tel:+4912345", "tel:+4912345"),
            ("github.com/sam", "https://github.com/sam"),
            ("javascript:alert(1)", nil),
            ("  JaVaScRiPt:alert(1)", nil),
            ("java\tscript:alert(1)", nil),
            ("data:text/html,<script>", nil),
            ("vbscript:msgbox", nil),
            ("file:///etc/passwd", nil),
            ("/relative/path", nil),
        ] as [(String, String?)])
    func linkPolicy(input: String, expected: String?) {
        #expect(SafeLink.sanitize(input) == expected)
    }

    @Test func wrappingBreaksAtSpacesWithinWidth() {
        let text = String(repeating: "word ", count: 40)
        let lines = RenderText.wrap(text, width: 20, first: "  - ", rest: "    ")
        #expect(lines.first?.hasPrefix("  - word") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    word") })
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(
            RenderText.wrap("a " + String(repeating: "x", count: 30), width: 10) == [
                "a", String(repeating: "x", count: 30),
            ])
    }

    // MARK: - Themes

    @Test func userThemeFolderRendersWithPartialsAndFallsBack() throws {
        let folder = try RenderingFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{name}} ({{language}})\n{{#sections}}{{> section}}{{/sections}}".write(
            to: folder.appendingPathComponent("resume.txt.mustache"), atomically: true, encoding: .utf8)
        try "* {{heading}}: {{#entries}}{{#hasTitle}}{{{title}}};{{/hasTitle}}{{/entries}}\n".write(
            to: folder.appendingPathComponent("section.mustache"), atomically: true, encoding: .utf8)
        let layout = try RenderingFixtures.example()
        let options = RenderOptions(theme: folder.path)
        let text = try ThemeRenderer.render(layout, format: .text, options: options)
        #expect(text.hasPrefix("Sam Okafor (en)\n* Experience: Backend Engineer;Software Engineer;Junior Developer;\n"))
        // No Markdown template in the folder: classic's is used.
        #expect(
            try ThemeRenderer.render(layout, format: .markdown, options: options)
                == ThemeRenderer.render(layout, format: .markdown, options: RenderOptions()))
        // Triple mustaches cannot unescape: values are escaped before the template sees them.
        try "{{{name}}}|{{name}}".write(
            to: folder.appendingPathComponent("resume.html.mustache"), atomically: true, encoding: .utf8)
        let hostile = try RenderingFixtures.layout(json: DOCXResumeWriterTests.hostileResume)
        let html = try ThemeRenderer.render(hostile, format: .html, options: options)
        #expect(!html.contains("<script"))
    }

    @Test func brokenTemplateNamesItsFile() throws {
        let folder = try RenderingFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "line one\n{{#sections}}\n".write(
            to: folder.appendingPathComponent("resume.md.mustache"), atomically: true, encoding: .utf8)
        #expect(
            throws: RenderError.invalidTemplate(
                folder.path + "/resume.md.mustache", message: "expectedSectionEnd at line 3")
        ) {
            try ThemeRenderer.render(
                RenderingFixtures.example(), format: .markdown, options: RenderOptions(theme: folder.path))
        }
    }

    @Test func unknownThemeAndFormatAreErrors() throws {
        let layout = try RenderingFixtures.example()
        #expect(throws: RenderError.themeNotFound("fancy")) {
            try ThemeRenderer.render(layout, format: .html, options: RenderOptions(theme: "fancy"))
        }
        #expect(throws: RenderError.unsupportedFormat(.pdf, renderer: "ThemeRenderer")) {
            try ThemeRenderer.render(layout, format: .pdf, options: RenderOptions())
        }
    }

    @Test func themeErrorsNameThePlaceAndSayWhatToDo() {
        #expect(
            RenderError.themeNotFound("./x").errorDescription
                == "Theme './x' is neither a built-in theme (classic, modern) nor a folder; pass one of those names, or the path of a folder holding the theme's templates (docs/themes.md)."
        )
        #expect(
            RenderError.invalidTemplate("./x/resume.md.mustache", message: "expectedSectionEnd at line 3")
                .errorDescription
                == "The theme template ./x/resume.md.mustache is not valid Mustache: expectedSectionEnd at line 3; fix the template there (docs/themes.md lists the values it can use)."
        )
        #expect(
            RenderError.unreadableThemeFile("./x/a.mustache", reason: "it is not a readable UTF-8 text file")
                .errorDescription
                == "Could not read the theme file ./x/a.mustache: it is not a readable UTF-8 text file; check that it exists, is readable and is UTF-8 text."
        )
    }

    @Test func builtInThemesAreEmbeddedCopiesOfResources() throws {
        let base = PackageFiles.url("Resources/themes")
        let files = (FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".mustache") }
        #expect(Set(files) == Set(EmbeddedResources.themes.keys), "run Scripts/embed-resources.sh")
        for (path, text) in EmbeddedResources.themes {
            let source = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
            #expect(text + "\n" == source, "Resources/themes/\(path) changed: run Scripts/embed-resources.sh")
        }
        for theme in RenderOptions.builtInThemes {
            for format in [ResumeOutputFormat.html, .markdown, .text] {
                #expect(EmbeddedResources.themes["\(theme)/\(Theme.fileName(for: format) ?? "")"] != nil)
            }
        }
    }
}
