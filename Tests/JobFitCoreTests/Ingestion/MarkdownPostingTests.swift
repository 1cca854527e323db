import JobFitCore
import JobFitTestSupport
import Testing

/// Markdown postings: headings, nested lists, tables, emphasis-only headings.
@Suite struct MarkdownPostingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var requirement: String
        var preferred: String
        var duty: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "software_engineer_jd.md", title: "Software Engineer",
            requirement: "3+ years of professional software development experience",
            preferred: "Experience with cloud platforms (AWS, GCP, or Azure)",
            duty: "Write clean, maintainable, and well-tested code"),
        Case(
            file: "sales_representative_jd.md", title: "Sales Representative - Enterprise",
            requirement: "3+ years of B2B sales experience, preferably SaaS",
            preferred: "Familiarity with solution selling methodologies (MEDDIC, Challenger, etc.)",
            duty: "Maintain accurate and up-to-date records in Salesforce CRM"),
        Case(
            file: "engineering_manager_jd.md", title: "Engineering Manager",
            requirement: "2+ years of engineering management experience",
            preferred: "Experience with distributed systems and cloud infrastructure", duty: "Team Development"),
    ]

    @Test(arguments: cases)
    func sectionsOfEachPosting(_ example: Case) throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("markdown-jd-examples", example.file))
        #expect(posting.format == .markdown)
        #expect(posting.title == example.title)
        #expect(posting.has(example.requirement, in: .requirements))
        #expect(posting.has(example.preferred, in: .preferred))
        #expect(posting.has(example.duty, in: .responsibilities))
        #expect(posting.sections.last?.kind == .legal)
        #expect(!posting.text.contains("**"))
        #expect(!posting.text.contains("|"))
    }

    @Test func nestedBulletsUnderNumberedItems() throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("markdown-jd-examples", "software_engineer_jd.md"))
        let items = posting.blocks.filter { $0.kind == .listItem }
        let design = try #require(items.first { $0.text == "Design & Development" })
        let code = try #require(items.first { $0.text == "Write clean, maintainable, and well-tested code" })
        #expect(design.level == 0)
        #expect(code.level == 1)
        let cells = posting.blocks.filter { $0.kind == .tableCell }.map(\.text)
        #expect(cells.starts(with: ["Field", "Value", "Job Title", "Software Engineer"]))
    }

    @Test func inlineMarkupIsRemovedButWordsStay() throws {
        let markdown = """
            # Data Analyst

            **Requirements:**
            - Advanced `SQL` and [Tableau](https://tableau.com) dashboards
            - snake_case names stay, *emphasis* goes
            """
        let posting = try JobPostingParser().parse(Array(markdown.utf8), source: "a.md")
        #expect(
            posting.texts(inSectionsOf: .requirements) == [
                "Requirements:", "Advanced SQL and Tableau dashboards", "snake_case names stay, emphasis goes",
            ])
    }
}
