import JobFitCore
import JobFitTestSupport
import Testing

/// Real-world HTML is broken in every way; parsing must recover and say what it dropped.
@Suite struct MalformedHTMLTests {
    private func parse(_ html: String) throws -> JobPosting {
        try JobPostingParser().parse(Array(html.utf8), source: "page.html")
    }

    @Test func unclosedListItemsAndStrayClosingTags() throws {
        let posting = try parse(
            "<h2>Requirements</h2><ul><li>Python<li>SQL</li></li></li><li>Git</ul><p>Unclosed <b>bold")
        #expect(
            posting.texts(inSectionsOf: .requirements) == ["Requirements", "Python", "SQL", "Git", "Unclosed bold"])
        #expect(posting.diagnostics.isEmpty)
    }

    @Test func tenThousandNestedDivsParseAndReportDroppedContent() throws {
        let html = "<p>Intro</p>" + String(repeating: "<div>", count: 10_000) + "deep text" + "<p>after</p>"
        let posting = try parse(html)
        #expect(posting.text.hasPrefix("Intro"))
        #expect(posting.diagnostics.contains { $0.severity == .warning && $0.message.contains("dropped") })
    }

    @Test func skipsScriptsStylesNavigationAndHiddenContent() throws {
        let html = """
            <html><body><header><nav>Home Jobs</nav></header><script>var x = "<li>no</li>";</script>
            <style>.a{}</style><h1>Electrician</h1><div style="display: none">hidden</div>
            <p aria-hidden="true">aria hidden</p><aside>Related jobs</aside><form>Search</form>
            <p>Wire buildings.</p><footer>Copyright</footer></body></html>
            """
        let posting = try parse(html)
        #expect(posting.text == "Electrician\nWire buildings.\n")
        #expect(posting.title == "Electrician")
    }

    @Test func loneStrongParagraphsAndColonLinesAreHeadings() throws {
        let posting = try parse(
            "<p><b>What you bring</b></p><p>Five years of welding.</p><p>Bonus points:</p><p>TIG.</p>")
        #expect(posting.sections.map(\.kind) == [.requirements, .preferred])
        #expect(posting.sections.map { $0.heading?.text } == ["What you bring", "Bonus points:"])
    }

    @Test func nestedListsKeepTheirDepthAndEntitiesAreDecoded() throws {
        let posting = try parse("<ul><li>Cloud &amp; DevOps<ul><li>AWS&nbsp;Lambda</li></ul></li><li>R&#38;D</li></ul>")
        #expect(posting.blocks.map(\.text) == ["Cloud & DevOps", "AWS Lambda", "R&D"])
        #expect(posting.blocks.map(\.level) == [0, 1, 0])
    }

    @Test func tablesBecomeCellsAndFragmentsAreDetected() throws {
        let posting = try parse("<table><tr><th>Skill</th><td>Excel</td></tr></table>")
        #expect(posting.format == .html)
        #expect(posting.blocks.map(\.kind) == [.tableCell, .tableCell])
    }
}
