import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Selection, order, respelling, summary variants, additions and the page budget.
@Suite struct TailoringTests {
    private let tailor = ResumeTailor()
    private let options = TailorOptions(asOf: ResumeDate(year: 2026, month: 11))

    private func resume(_ json: String) throws -> Resume {
        try ResumeLoader.load(Array(json.utf8), source: "resume.json")
    }

    private func posting(_ text: String) throws -> JobPosting {
        try JobPostingParser().parse(Array(text.utf8), source: "job.md")
    }

    private var example: (Resume, JobPosting) {
        get throws { (try ExampleFixtures.resume(), try ExampleFixtures.posting()) }
    }

    @Test func exampleTailoringPutsRequiredSkillsFirstAndInventsNothing() throws {
        let (master, posting) = try example
        let tailored = try tailor.tailor(master, to: posting, options: options)
        #expect(!tailored.changes.isEmpty)
        #expect(tailored.changes.allSatisfy { !$0.reason.isEmpty && !$0.path.isEmpty })

        // The first skill shown is one the posting requires and the resume names.
        let required = Set(
            tailored.before.requirements.filter { $0.level == .required && $0.status != .missing }.map {
                $0.name.lowercased()
            })
        let firstKeyword = try #require(tailored.resume.skills.first?.keywords.first)
        let extractor = SkillExtractor()
        let firstSkill = try #require(
            extractor.extract(try self.posting(firstKeyword)).skills.first, "no skill in \(firstKeyword)")
        #expect(required.contains(firstSkill.name.lowercased()))

        // Same skills, employers, titles and dates as the master; the score does not drop.
        #expect(Set(tailored.resume.work.map(\.name)) == Set(master.work.map(\.name)))
        #expect(tailored.resume.work.map(\.startDate) == master.work.map(\.startDate))
        let masterKeywords = Set(master.skills.flatMap(\.keywords))
        let added = Set(tailored.additions)
        for keyword in tailored.resume.skills.flatMap(\.keywords) {
            #expect(
                masterKeywords.contains(keyword) || added.contains(keyword) || tailored.respellings[keyword] != nil,
                "\(keyword) is new")
        }
        #expect(tailored.after.score >= tailored.before.score)
        let text = FactCheck.strings(in: tailored.resume.document).joined(separator: "\n")
        #expect(
            FactCheck(master: master, baseline: "", allowed: tailored.additions + Array(tailored.respellings.keys))
                .violations(in: text) == [])
    }

    @Test func highlightsAreOrderedByRelevanceAndNoneIsLost() throws {
        let master = try resume(
            """
            {"basics": {"name": "Ada"},
             "work": [{"name": "Acme", "position": "Engineer", "startDate": "2021-01",
               "highlights": ["Organised the office party", "Ran the Kubernetes clusters", "Wrote Golang services"]}]}
            """)
        let job = try posting(
            "## Requirements\n- Kubernetes (required)\n## Nice to have\n- Golang experience is a plus\n")
        let tailored = try tailor.tailor(master, to: job, options: options)
        #expect(
            tailored.resume.work[0].highlights == [
                "Ran the Kubernetes clusters", "Wrote Golang services", "Organised the office party",
            ])
        #expect(tailored.changes.contains { $0.kind == .reordered && $0.path == "work[0].highlights" })
    }

    @Test func aSkillNamedAnotherWayIsWrittenThePostingsWay() throws {
        let master = try resume(#"{"skills": [{"name": "Data", "keywords": ["Redis", "Postgres"]}]}"#)
        let job = try posting("## Requirements\n- PostgreSQL required\n")
        let tailored = try tailor.tailor(master, to: job, options: options)
        #expect(tailored.resume.skills[0].keywords == ["PostgreSQL", "Redis"])
        #expect(tailored.respellings == ["PostgreSQL": "Postgres"])
        let kept = try tailor.tailor(
            master, to: job,
            options: TailorOptions(keepOriginalSpelling: true, asOf: options.asOf))
        #expect(kept.resume.skills[0].keywords.first == "PostgreSQL (Postgres)")
    }

    @Test func theSummaryVariantNamingThePostingsSkillsIsChosen() throws {
        let master = try resume(
            """
            {"basics": {"name": "Ada", "summary": "Engineer who likes hard problems."},
             "skills": [{"name": "Tools", "keywords": ["Python", "Terraform", "Kubernetes"]}],
             "meta": {"jobfit": {"summaries": [
               "Data engineer with Python pipelines.",
               {"text": "Platform engineer running Kubernetes with Terraform.", "tags": ["platform"]}]}}}
            """)
        let job = try posting("## Requirements\n- Kubernetes and Terraform required\n")
        let tailored = try tailor.tailor(master, to: job, options: options)
        #expect(tailored.resume.basics.summary == "Platform engineer running Kubernetes with Terraform.")
        #expect(tailored.changes.contains { $0.kind == .chosen && $0.path == "meta.jobfit.summaries[1]" })
        // The variants stay in the tailored resume, which remains valid JSON Resume.
        #expect(ResumeValidator().validate(tailored.resume.document).filter { $0.severity == .error }.isEmpty)
    }

    @Test func onlySupportedSkillsAreAdded() throws {
        let master = try resume(
            #"{"skills": [{"name": "Cloud", "keywords": ["Amazon EKS"]}, {"name": "Other", "keywords": ["Excel"]}]}"#)
        let job = try posting("## Requirements\n- Kubernetes required\n- Rust required\n")
        let tailored = try tailor.tailor(master, to: job, options: options)
        #expect(tailored.additions == ["Kubernetes"])
        #expect(tailored.resume.skills[0].keywords.contains("Kubernetes"))
        #expect(!tailored.resume.skills.flatMap(\.keywords).contains("Rust"))
        #expect(tailored.changes.contains { $0.kind == .added && $0.reason.contains("implied by") })
    }

    @Test func thePageBudgetLeavesOutTheLeastRelevantHighlightsFirst() throws {
        let master = try resume(
            """
            {"work": [
              {"name": "Acme", "position": "Engineer", "startDate": "2022-01",
               "highlights": ["Ran Kubernetes", "Planned the offsite", "Ordered the snacks"]},
              {"name": "Beta", "position": "Engineer", "startDate": "2019-01", "endDate": "2021-12",
               "highlights": ["Answered the phone", "Filed reports"]}]}
            """)
        let job = try posting("## Requirements\n- Kubernetes required\n")
        // A stand-in page count: two highlights a page.
        let tailored = try tailor.tailor(
            master, to: job, options: TailorOptions(maximumPages: 1, asOf: options.asOf),
            pageCount: { resume in (resume.work.flatMap(\.highlights).count + 1) / 2 })
        let kept = tailored.resume.work.map(\.highlights)
        #expect(kept[0].first == "Ran Kubernetes")
        #expect(kept.allSatisfy { $0.count == 1 })
        #expect(tailored.changes.filter { $0.kind == .removed }.count == 3)
    }

    @Test func theMarkdownReportShowsResumeTextAsWrittenNeverAsMarkup() throws {
        let master = try resume(
            """
            {"work": [{"name": "Acme", "position": "Engineer", "startDate": "2022-01",
               "highlights": ["Ran Kubernetes", "Wrote <script>alert(1)</script> | [x](javascript:y)"]}]}
            """)
        let job = try posting("## Requirements\n- Kubernetes required\n")
        let tailored = try tailor.tailor(
            master, to: job, options: TailorOptions(maximumPages: 1, asOf: options.asOf),
            pageCount: { resume in resume.work.flatMap(\.highlights).count })
        #expect(tailored.changes.contains { $0.kind == .removed && $0.detail.contains("<script>") })
        let markdown = tailored.markdownReport(output: "cv.pdf")
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(markdown.contains("\\[x\\](javascript:y)"))
        // Every table row keeps its four cells.
        for row in markdown.split(separator: "\n") where row.hasPrefix("| removed") {
            #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5, "\(row)")
        }
    }
}

/// The fact check catches what a doctored output adds.
@Suite struct FactCheckTests {
    private var master: Resume {
        get throws {
            try ExampleFixtures.resume()
        }
    }

    private var honest: String {
        get throws { FactCheck.strings(in: try master.document).joined(separator: "\n") }
    }

    @Test func theMastersOwnTextPasses() throws {
        #expect(
            FactCheck(master: try master, baseline: "Experience\nSkills\nFeb 2023 – Present").violations(in: try honest)
                == [])
    }

    @Test(arguments: [
        ("Ran Kubernetes clusters for the pricing API", FactCheck.Violation.Kind.skill, "Kubernetes"),
        ("Senior Engineer, Google", .name, "Google"),
        ("Cut the nightly job from 4 hours to 12 minutes", .number, "12"),
        ("Software Engineer, Lumen Health, Mar 2018 – Jan 2023", .date, "Mar 2018"),
    ])
    func aDoctoredLineIsCaught(line: String, kind: FactCheck.Violation.Kind, token: String) throws {
        let check = FactCheck(master: try master, baseline: "")
        let violations = check.violations(in: try honest + "\n" + line)
        #expect(violations.contains { $0.kind == kind && $0.token == token }, "\(violations)")
    }

    @Test func allowedAdditionsPass() throws {
        let check = FactCheck(master: try master, baseline: "", allowed: ["Kubernetes"])
        #expect(check.violations(in: try honest + "\nKubernetes") == [])
    }
}

/// Render-and-reparse: what must come back out of a rendered file.
@Suite struct RenderVerifierTests {
    private var layout: ResumeLayout {
        get throws {
            ResumeLayout(
                resume: try ExampleFixtures.resume())
        }
    }

    /// A faithful plain reading of the layout, as a text extractor would give it.
    private func reading(_ layout: ResumeLayout) -> String {
        var lines = [layout.name, layout.contact.map(\.text).joined(separator: " | ")]
        for section in layout.sections {
            lines.append(section.heading.uppercased())
            for entry in section.entries {
                lines.append([entry.title, entry.organization, entry.dates].compactMap { $0 }.joined(separator: "  "))
                lines += entry.bullets + [entry.items.joined(separator: ", ")]
            }
        }
        return lines.joined(separator: "\n").replacingOccurrences(of: "–", with: "-")
    }

    @Test func aFaithfulReadingPasses() throws {
        let layout = try layout
        #expect(layout.headings == ["Experience", "Education", "Skills", "Certifications", "Languages", "Interests"])
        #expect(RenderVerifier.verify(layout, keywords: ["Django", "PostgreSQL"], readBack: reading(layout)) == [])
    }

    @Test func missingAndMisorderedPartsAreNamed() throws {
        let layout = try layout
        var text = reading(layout).replacingOccurrences(of: "PostgreSQL", with: "Postgre SQ L")
        text = text.replacingOccurrences(of: "sam.okafor@example.com", with: "")
        text = text.replacingOccurrences(of: "EDUCATION", with: "") + "\nEDUCATION"
        let failures = RenderVerifier.verify(layout, keywords: ["Django", "PostgreSQL", "Kubernetes"], readBack: text)
        #expect(failures.map(\.description).contains("heading \"Education\" is out of order"))
        #expect(failures.map(\.description).contains("contact \"sam.okafor@example.com\" is missing"))
        #expect(failures.map(\.description).contains("keyword \"Kubernetes\" is missing"))
        // Extractors split words differently; spacing alone is not a failure.
        #expect(!failures.contains { $0.expected == "PostgreSQL" })
    }
}
