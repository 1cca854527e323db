import JobFitCore
import Testing

/// The rules that keep what the label guideline does not count out of `skills`: broad areas,
/// benefits, job titles and teams, fields of study without studies; and coordinated heads.
@Suite struct ExtractionRulesTests {
    private func extract(_ text: String) throws -> Extraction {
        SkillExtractor().extract(try JobPostingParser().parse(Array(text.utf8), source: "job.txt", format: .text))
    }

    // MARK: - Coordinated heads

    @Test func aCoordinatedWordSharesThePhrasesHead() throws {
        let extraction = try extract("Experience with unit and integration testing.")
        let unit = try #require(extraction.skills.first { $0.id == "unit-testing" })
        #expect(unit.mentions.map(\.text) == ["unit and integration testing"])
        #expect(extraction.skills.map(\.id).contains("integration-testing"))
    }

    @Test func everyWordOfACommaListSharesTheHead() throws {
        let ids = try extract("Experience with unit, regression and integration testing.").skills.map(\.id)
        #expect(ids.contains("unit-testing"))
        #expect(ids.contains("regression-testing"))
        #expect(ids.contains("integration-testing"))
    }

    @Test func aPluralIsANounOfItsOwn() throws {
        let extraction = try extract("You will review networks and software designs.")
        #expect(!extraction.skills.map(\.id).contains("network-design"))
    }

    // MARK: - Left out of the skills

    @Test func broadAreasAreListedApart() throws {
        let extraction = try extract("Requirements: 4+ years of backend development with Python.")
        #expect(extraction.broad.map(\.id) == ["back-end-development"])
        #expect(!extraction.skills.map(\.id).contains("back-end-development"))
        #expect(extraction.skillsAndBroadAreas.map(\.id).contains("back-end-development"))
        #expect(extraction.skills.map(\.id).contains("python"))
    }

    @Test func benefitsAreNotSkills() throws {
        let extraction = try extract(
            """
            Requirements:
            - Python

            Benefits:
            - Learning & development budget
            - Mental health and wellness programs
            """)
        #expect(extraction.skills.map(\.id) == ["python"])
    }

    @Test func aBusinessSkillInAJobTitleIsNotAsked() throws {
        #expect(!(try extract("Job Description Accounting Clerk")).skills.map(\.id).contains("accounting"))
        #expect(!(try extract("Share insights with the Marketing team.")).skills.map(\.id).contains("marketing"))
        #expect(try extract("Experience in accounting is required.").skills.map(\.id).contains("accounting"))
        #expect(try extract("We are hiring a Python developer.").skills.map(\.id).contains("python"))
    }

    @Test func theSubjectOfAnotherPostingIsNotAsked() throws {
        let pointer = try extract(
            """
            Explore our JavaScript developer job description to discover web applications, or dive \
            into our Python developer job description to contribute to cutting-edge projects.
            """)
        #expect(pointer.skills.map(\.id).filter { ["javascript", "python"].contains($0) }.isEmpty)
        // Without a word that sends the reader elsewhere, or with the skill after the pointer, it counts.
        #expect(
            try extract("This Python developer job description lists the duties.").skills.map(\.id).contains("python"))
        #expect(try extract("See the job description: Python is required.").skills.map(\.id).contains("python"))
    }

    @Test func aFieldOfStudyNeedsStudies() throws {
        let title = try extract("Information Technology Specialist (Security)")
        #expect(!title.skills.map(\.id).contains("information-technology"))
        let degree = try extract("A bachelor's degree in Information Technology or a related field.")
        #expect(degree.skills.map(\.id).contains("information-technology"))
    }

    // MARK: - Context

    @Test func aSiblingOfTheSameCategoryGivesContext() throws {
        let extraction = try extract("Experience with sales engagement tools (Outreach, SalesLoft, etc.)")
        #expect(extraction.skills.map(\.id).contains("outreach"))
    }
}
