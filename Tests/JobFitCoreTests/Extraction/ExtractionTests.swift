import JobFitCore
import JobFitTestSupport
import Testing

/// Levels, years, either-or groups, implications and mention offsets.
@Suite struct ExtractionTests {
    private func extract(_ text: String, format: DocumentFormat = .text) throws -> Extraction {
        SkillExtractor().extract(try JobPostingParser().parse(Array(text.utf8), source: "job.txt", format: format))
    }

    private func skill(_ id: String, in extraction: Extraction) throws -> ExtractedSkill {
        try #require(extraction.skills.first { $0.id == id }, "\(id) not found in \(extraction.skills.map(\.id))")
    }

    @Test func aMentionInAVeryLongSentenceCarriesAnExcerpt() throws {
        let words = Array(repeating: "Python Docker Kubernetes Terraform", count: 100).joined(separator: " ")
        let extraction = try extract("Requirements:\n" + words + " and Rust.")
        let mentions = extraction.skills.flatMap(\.mentions)
        #expect(mentions.count == 401)
        for mention in mentions {
            #expect(mention.sentence.utf8.count <= 2 * 200 + mention.text.utf8.count + 2 * "…".utf8.count)
            #expect(mention.sentence.contains(mention.text))
        }
        let rust = try #require(try skill("rust", in: extraction).mentions.first)
        #expect(rust.sentence.hasPrefix("…") && rust.sentence.hasSuffix("and Rust"))
        // A short sentence is carried whole.
        let short = try extract("Requirements:\nPython and SQL.")
        #expect(try skill("python", in: short).mentions.first?.sentence == "Python and SQL.")
    }

    @Test func levelsComeFromSectionsAndCues() throws {
        let extraction = try extract(
            """
            Backend Engineer

            Responsibilities:
            - Build services in Django
            - Deploy with Docker

            Requirements:
            - 5+ years of experience with Python
            - PostgreSQL

            Nice to have:
            - Kubernetes
            - Experience with Terraform is a plus
            """)
        #expect(try skill("django", in: extraction).level == .mentioned)
        #expect(try skill("python", in: extraction).level == .required)
        #expect(try skill("postgresql", in: extraction).level == .required)
        #expect(try skill("kubernetes", in: extraction).level == .preferred)
        #expect(try skill("terraform", in: extraction).level == .preferred)
        #expect(extraction.skills.first?.level == .required)
    }

    @Test func cuesOutsideRequirementSectionsRaiseTheLevel() throws {
        let extraction = try extract("About the role\n\nYou must have strong knowledge of Java. We also use Redis.\n")
        #expect(try skill("java", in: extraction).level == .required)
        #expect(try skill("redis", in: extraction).level == .mentioned)
    }

    @Test func negationIsNotARequirement() throws {
        let extraction = try extract("Requirements:\n- No PHP experience needed\n- Ruby on Rails\n")
        #expect(try skill("php", in: extraction).level == .mentioned)
    }

    @Test(arguments: [
        ("Requirements:\n- 3+ years of Java experience", "java", YearsRange(min: 3)),
        ("Requirements:\n- At least 5 years of experience with Python", "python", YearsRange(min: 5)),
        ("Requirements:\n- 5-7 years of SQL", "sql", YearsRange(min: 5, max: 7)),
        ("Requirements:\n- 5 to 7 years of Linux", "linux", YearsRange(min: 5, max: 7)),
        ("Requirements:\n- Two years of AutoCAD", "autocad", YearsRange(min: 2)),
        ("Requirements:\n- 3 yrs of Microsoft Excel", "microsoft-excel", YearsRange(min: 3)),
    ])
    func yearsAttachToTheirSkills(text: String, id: String, years: YearsRange) throws {
        #expect(try skill(id, in: extract(text)).years == years)
    }

    @Test func overallYearsAreNotOverriddenBySubClauses() throws {
        let extraction = try extract(
            "Requirements:\n- 8-10 years of software engineering, including 2 years of machine learning\n")
        #expect(
            extraction.experienceYears == YearsRange(min: 8, max: 10)
                || (try? skill("software-engineering", in: extraction))?.years == YearsRange(min: 8, max: 10))
        #expect(try skill("machine-learning", in: extraction).years == YearsRange(min: 2))
    }

    @Test func eitherOrGroups() throws {
        let extraction = try extract("Requirements:\n- Java, Kotlin or Scala\n- Docker and Kubernetes\n")
        let group = try skill("java", in: extraction).group
        #expect(group != nil)
        #expect(try skill("kotlin", in: extraction).group == group)
        #expect(try skill("scala", in: extraction).group == group)
        #expect(try skill("docker", in: extraction).group == nil)
        #expect(try skill("kubernetes", in: extraction).group == nil)
    }

    @Test func implicationsAndMentionOffsets() throws {
        let text = "Requirements:\n- Django REST framework, PostgreSQL\n"
        let posting = try JobPostingParser().parse(Array(text.utf8), source: "job.txt")
        let extraction = SkillExtractor().extract(posting)
        #expect(try skill("django-rest-framework", in: extraction).implied == ["django", "python"])
        let utf8 = Array(posting.text.utf8)
        for found in extraction.skills {
            for mention in found.mentions {
                #expect(String(decoding: utf8[mention.start..<mention.end], as: UTF8.self) == mention.text)
                #expect(mention.section == .requirements)
            }
        }
    }

    @Test func synonymsAndSpellingsMeetOneSkill() throws {
        let extraction = try extract("Requirements:\n- k8s, Postgres, back-end and backend work, REST APIs\n")
        for id in ["kubernetes", "postgresql", "rest-api"] { _ = try skill(id, in: extraction) }
        #expect(extraction.skills.filter { $0.name == "PostgreSQL" }.count == 1)
    }
}
