import JobFitCore
import JobFitTestSupport
import Testing

/// The five job-description articles JobFit started from: titles, and what lands in requirements.
@Suite struct SeedArticleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var requirements: [String]
        var notRequirements: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "000_cec049b4510e41b8.txt", title: "Back-End Developer",
            requirements: [
                "Proven work experience as a Back-End Developer", "BSc degree in Computer Science or relevant field",
                "Hands on experience with programming languages like Java, Ruby, PHP and Python",
                "Strong knowledge of database technologies such as MySQL, Oracle, and MongoDB",
                "Back-End Developers usually hold a bachelor’s degree in computer science",
            ],
            notRequirements: ["Develop and maintain server-side logic", "Health insurance", "401(k)"]),
        Case(
            file: "001_82abbfaf99d2bf2a.txt", title: "Back-end Developer",
            requirements: [
                "Strong analytical and problem-solving abilities:", "Experience in databases:", "Attention to detail",
                "Strong programming skills",
            ],
            notRequirements: ["Designing and developing back-end systems", "Troubleshooting back-end issues"]),
        Case(
            file: "002_290183c5797bf41a.txt", title: "Back End Developer",
            requirements: [
                "Familiarity with cloud platforms (AWS, Azure, Google Cloud).",
                "Experience with containerization (Docker, Kubernetes) and DevOps practices.",
            ],
            notRequirements: ["Develop and manage database schemas and queries (SQL & NoSQL)."]),
        Case(
            file: "003_db78b93551ba179b.txt", title: "Back End Developer",
            requirements: ["Thorough understanding of database and cache.", "Critical thinking"],
            notRequirements: []),
        Case(
            file: "004_a54f0ea9494a037d.txt", title: "Back-End Web Developer",
            requirements: [
                "Good understanding of server-side CSS preprocessors, such as LESS and SASS",
                "Integration of multiple data sources and databases into one system",
            ],
            notRequirements: []),
    ]

    @Test(arguments: cases)
    func titleAndRequirements(_ example: Case) throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("seeds", example.file))
        #expect(posting.title == example.title)
        #expect(posting.format == .text)
        for text in example.requirements {
            #expect(posting.has(text, in: .requirements), "expected in requirements: \(text)")
        }
        for text in example.notRequirements {
            #expect(!posting.has(text, in: .requirements), "expected outside requirements: \(text)")
        }
    }

    @Test func sectionKindsOfTheBackEndTemplate() throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("seeds", "000_cec049b4510e41b8.txt"))
        let headings = posting.sections.compactMap { section in section.heading.map { ($0.text, section.kind) } }
        let expected: [(String, SectionKind)] = [
            ("Back-End Developer Duties and Responsibilities", .responsibilities), ("Job Brief", .overview),
            ("Responsibilities", .responsibilities), ("Qualifications", .requirements), ("Benefits", .benefits),
            ("Additional Information", .other), ("Back-End Developer Salary Expectations", .benefits),
        ]
        for (heading, kind) in expected {
            #expect(headings.first { $0.0 == heading }?.1 == kind, "\(heading)")
        }
    }

    @Test func bulletsOfEverySeedAreListItems() throws {
        // Seeds use "- ", "  • " (indented) and numbered bullets.
        for file in ["000_cec049b4510e41b8.txt", "001_82abbfaf99d2bf2a.txt", "002_290183c5797bf41a.txt"] {
            let posting = try PostingFixtures.parse(PostingFixtures.path("seeds", file))
            let items = posting.blocks.filter { $0.kind == .listItem }
            #expect(items.count >= 10, "\(file)")
            #expect(!items.contains { $0.text.hasPrefix("•") || $0.text.hasPrefix("- ") }, "\(file)")
        }
    }
}
