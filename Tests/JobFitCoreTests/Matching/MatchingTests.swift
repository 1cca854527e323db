import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Evidence, requirement outcomes, either-or groups, years, knock-outs and the score.
@Suite struct MatchingTests {
    private let matcher = ResumeMatcher()
    private let asOf = ResumeDate(year: 2026, month: 11)

    private func resume(_ json: String) throws -> Resume {
        try ResumeLoader.load(Array(json.utf8), source: "resume.json")
    }

    private func posting(_ text: String) throws -> JobPosting {
        try JobPostingParser().parse(Array(text.utf8), source: "job.md")
    }

    private func requirement(_ report: MatchReport, _ name: String) throws -> RequirementMatch {
        try #require(report.requirements.first { $0.name == name }, "no requirement \(name)")
    }

    private var example: (Resume, JobPosting) {
        get throws { (try ExampleFixtures.resume(), try ExampleFixtures.posting()) }
    }

    @Test func evidenceNamesPlaceKindDatesAndMergedMonths() throws {
        let resume = try resume(
            """
            {"work": [
              {"name": "A", "position": "Engineer", "startDate": "2020-01", "endDate": "2021-12",
               "highlights": ["Built services in Django"]},
              {"name": "B", "position": "Consultant", "startDate": "2021-07", "endDate": "2022-06",
               "highlights": ["Tuned PostgreSQL and Django queries"]}
             ],
             "skills": [{"name": "Tools", "keywords": ["Terraform"]}]}
            """)
        let evidence = EvidenceCollector().evidence(in: resume, asOf: asOf)
        let django = try #require(evidence.first { $0.name == "Django" })
        #expect(django.isExplicit)
        // The most recent use first.
        #expect(django.places.map(\.path) == ["work[1].highlights[0]", "work[0].highlights[0]"])
        #expect(django.places[0].kind == .work)
        #expect(django.places[0].text == "Django")
        // 2020-01…2021-12 and 2021-07…2022-06 overlap: 30 months, not 36.
        #expect(django.months == 30)
        #expect(django.lastUsed == ResumeDate(year: 2022, month: 6))

        let python = try #require(evidence.first { $0.name == "Python" })
        #expect(!python.isExplicit)
        #expect(python.impliedBy.contains(django.id))
        #expect(python.months == 30)

        let terraform = try #require(evidence.first { $0.name == "Terraform" })
        #expect(terraform.places.map(\.kind) == [.skills])
        #expect(terraform.months == 0)
        #expect(terraform.lastUsed == nil)
    }

    @Test func aCurrentRoleCountsToTheAsOfDate() throws {
        let resume = try resume(
            #"{"work": [{"name": "A", "startDate": "2025-11", "highlights": ["Kubernetes operators"]}]}"#)
        let kubernetes = try #require(
            EvidenceCollector().evidence(in: resume, asOf: asOf).first { $0.name == "Kubernetes" })
        #expect(kubernetes.months == 13)
        #expect(kubernetes.lastUsed == asOf)
    }

    @Test func requirementsAreMatchedByAliasImplicationOrSibling() throws {
        let resume = try resume(
            """
            {"work": [{"name": "A", "position": "Engineer", "startDate": "2018-01", "endDate": "2024-12",
              "highlights": ["Ran Postgres clusters", "Wrote Django services", "Operated MySQL replicas"]}]}
            """)
        let report = matcher.match(
            resume,
            against: try posting(
                """
                # Engineer
                ## Requirements
                - PostgreSQL
                - Python
                - MariaDB
                - Haskell
                """), asOf: asOf)
        let postgres = try requirement(report, "PostgreSQL")
        #expect(postgres.status == .matched)
        #expect(postgres.basis == .alias)
        #expect(postgres.evidence.first?.path == "work[0].highlights[0]")
        let python = try requirement(report, "Python")
        #expect(python.basis == .implied)
        #expect(python.through == "Django")
        #expect(python.credit == Scoring.impliedCredit)
        let mariadb = try requirement(report, "MariaDB")
        #expect(mariadb.status == .related)
        #expect(mariadb.relatedSkills == ["MySQL"])
        let haskell = try requirement(report, "Haskell")
        #expect(haskell.status == .missing)
        #expect(haskell.gain > 0)
    }

    @Test func fewerYearsThanAskedIsAPartialMatch() throws {
        let resume = try resume(
            """
            {"work": [{"name": "A", "position": "Engineer", "startDate": "2023-11", "endDate": "2026-10",
              "highlights": ["Built Rust services"]}]}
            """)
        let report = matcher.match(
            resume, against: try posting("# Engineer\n## Requirements\n- 6+ years of experience with Rust\n"),
            asOf: asOf)
        let rust = try requirement(report, "Rust")
        #expect(rust.status == .partial)
        #expect(rust.resumeYears == 3)
        #expect(rust.note.contains("3 of the 6 years asked"))
        #expect(rust.credit == 0.75)
    }

    @Test func anEitherOrGroupIsSatisfiedByAnyMemberAndCountedOnce() throws {
        let resume = try resume(#"{"skills": [{"name": "Languages", "keywords": ["Kotlin"]}]}"#)
        let report = matcher.match(
            resume, against: try posting("# Engineer\n## Requirements\n- Java, Kotlin or Scala\n"), asOf: asOf)
        let java = try requirement(report, "Java")
        #expect(java.status == .matched)
        #expect(java.basis == .alternative)
        #expect(java.through == "Kotlin")
        #expect(report.score == 100)
    }

    @Test func knockOutsStandApartFromSkills() throws {
        let resume = try resume(
            """
            {"work": [{"name": "A", "startDate": "2022-01", "endDate": "2024-12", "highlights": ["Python tooling"]}],
             "education": [{"institution": "U", "studyType": "Bachelor", "area": "Physics"}]}
            """)
        let report = matcher.match(
            resume,
            against: try posting(
                """
                # Analyst
                ## Requirements
                - 5+ years of professional experience
                - Master's degree required
                - Python
                - Must be authorized to work in the United States
                - Active security clearance
                """), asOf: asOf)
        let kinds = Dictionary(report.knockOuts.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds[.degree]?.status == .notMet)
        #expect(kinds[.experience]?.status == .notMet)
        #expect(kinds[.experience]?.detail.contains("3 years") == true)
        #expect(kinds[.workAuthorization]?.status == .check)
        #expect(kinds[.clearance]?.status == .check)
        #expect(report.requirements.allSatisfy { $0.kind != .education })
        #expect(try requirement(report, "Python").status == .matched)
    }

    @Test func aHigherDegreeMeetsALowerOne() throws {
        let resume = try resume(#"{"education": [{"institution": "U", "studyType": "Masters", "area": "CS"}]}"#)
        let report = matcher.match(
            resume, against: try posting("# Engineer\n## Requirements\n- Bachelor's degree in Computer Science\n"),
            asOf: asOf)
        #expect(report.knockOuts.first { $0.kind == .degree }?.status == .met)
    }

    @Test func scoresAreTheSameBytesOnEveryRun() throws {
        let (resume, posting) = try example
        let first = try matcher.match(resume, against: posting, asOf: asOf).jsonData()
        let second = try ResumeMatcher().match(resume, against: posting, asOf: asOf).jsonData()
        #expect(first == second)
    }

    @Test func theScoreFollowsTheDocumentedFormula() throws {
        let (resume, posting) = try example
        let report = matcher.match(resume, against: posting, asOf: asOf)
        // Recompute from the requirements: groups count once at their top weight and best credit.
        var units: [String: (weight: Double, credit: Double)] = [:]
        for requirement in report.requirements {
            let key = requirement.group ?? "single:" + requirement.id
            let unit = units[key] ?? (0, 0)
            units[key] = (max(unit.weight, requirement.weight), max(unit.credit, requirement.credit))
            #expect(
                requirement.weight
                    == Scoring.levelWeight(requirement.level) * Scoring.kindWeight(requirement.kind))
        }
        let total = units.values.reduce(0) { $0 + $1.weight }
        let earned = units.values.reduce(0) { $0 + $1.weight * $1.credit }
        #expect(report.score == Int((100 * earned / total).rounded()))
        #expect(report.potentialScore >= report.score)
        #expect(report.score > 0 && report.score < 100)
    }

    @Test func statingAnImpliedSkillRaisesTheScoreToThePotential() throws {
        let implied = try resume(
            #"{"work": [{"name": "A", "startDate": "2020-01", "highlights": ["Django apps"]}]}"#)
        let stated = try resume(
            #"{"work": [{"name": "A", "startDate": "2020-01", "highlights": ["Django apps in Python"]}]}"#)
        let job = try posting("# Engineer\n## Requirements\n- Python\n- Django\n- Haskell\n")
        let before = matcher.match(implied, against: job, asOf: asOf)
        let after = matcher.match(stated, against: job, asOf: asOf)
        #expect(before.score < before.potentialScore)
        #expect(after.score == before.potentialScore)
        let python = try requirement(before, "Python")
        // Both scores are rounded to whole points, the gain to a tenth.
        #expect(abs(Double(after.score - before.score) - python.gain) <= 1)
    }

    @Test func searchabilityChecksNameThePlacesToFix() throws {
        let resume = try resume(
            """
            {"basics": {"name": "Ana", "label": "Data Analyst"},
             "work": [{"name": "A", "position": "Analyst", "startDate": "March 2019",
               "highlights": ["Built dashboards", "Cleaned data"]}]}
            """)
        let report = matcher.match(
            resume, against: try posting("# Senior Backend Engineer\n## Requirements\n- Python\n"), asOf: asOf)
        let checks = Dictionary(report.checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(checks["contact"]?.status == .fail)
        #expect(checks["contact"]?.places == ["basics.email", "basics.phone"])
        #expect(checks["dates"]?.places == ["work[0].startDate"])
        #expect(checks["headings"]?.places == ["education", "skills"])
        #expect(checks["job-title"]?.status == .warn)
        #expect(checks["measurable-results"]?.places == ["work[0].highlights[0]", "work[0].highlights[1]"])
        #expect(checks["length"]?.status == .warn)
    }

    @Test func theJobTitleCheckAcceptsCloseVariants() throws {
        let resume = try resume(#"{"work": [{"name": "A", "position": "IT Project Manager", "startDate": "2020"}]}"#)
        for (title, passes) in [
            ("Information Technology (IT) Project Manager", true), ("Senior Project Manager", true),
            ("Project Coordinator", false), ("Data Engineer", false),
        ] {
            let report = matcher.match(
                resume, against: try posting("# \(title)\n## Requirements\n- Jira\n"), asOf: asOf)
            let check = report.checks.first { $0.id == "job-title" }
            #expect((check?.status == .pass) == passes, "\(title)")
        }
    }

    @Test func benefitsAndLegalTextAreNotRequirements() throws {
        let report = matcher.match(
            try resume("{}"),
            against: try posting("# Engineer\n## Requirements\n- Python\n## Benefits\n- Free Spanish lessons\n"),
            asOf: asOf)
        #expect(report.requirements.map(\.name) == ["Python"])
    }
}

/// A resume as Markdown, as DOCX made from it by pandoc, and as PDF made from that by LibreOffice.
@Suite struct DocumentResumeMatchingTests {
    private static let folder = "Tests/JobFitCoreTests/Fixtures/resumes/documents"

    private func skills(_ file: String) throws -> Set<String> {
        let resume = try ResumeLoader.load(PackageFiles.bytes("\(Self.folder)/\(file)"), source: file)
        return Set(
            EvidenceCollector().evidence(in: resume, asOf: ResumeDate(year: 2026, month: 11)).filter(\.isExplicit)
                .map(\.id))
    }

    @Test(arguments: ["alex-morgan.docx", "alex-morgan.pdf"])
    func officeAndPDFCopiesGiveTheMarkdownsSkills(_ file: String) throws {
        let markdown = try skills("alex-morgan.md")
        #expect(markdown.count >= 25)
        let copy = try skills(file)
        #expect(copy.subtracting(markdown).isEmpty, "only in \(file): \(copy.subtracting(markdown).sorted())")
        #expect(markdown.subtracting(copy).isEmpty, "missing from \(file): \(markdown.subtracting(copy).sorted())")
    }
}

extension DocumentResumeMatchingTests {
    @Test(arguments: ["alex-morgan.docx", "alex-morgan.pdf"])
    func officeAndPDFCopiesScoreLikeTheMarkdown(_ file: String) throws {
        let posting = try JobPostingParser().parse(
            PackageFiles.bytes("Resources/examples/backend-engineer.html"), source: "backend-engineer.html")
        func report(_ name: String) throws -> MatchReport {
            ResumeMatcher().match(
                try ResumeLoader.load(PackageFiles.bytes("\(Self.folder)/\(name)"), source: name), against: posting,
                asOf: ResumeDate(year: 2026, month: 11))
        }
        let markdown = try report("alex-morgan.md")
        let copy = try report(file)
        #expect(copy.score == markdown.score)
        #expect(copy.experienceYears == markdown.experienceYears)
        #expect(copy.requirements.map(\.status) == markdown.requirements.map(\.status))
        #expect(copy.checks.map(\.status) == markdown.checks.map(\.status))
    }
}

/// Lines a writer wrapped mid-sentence are joined; names, contact lines, headings and roles are not.
/// (The PDF layout's rules are pinned by the PDF copy of alex-morgan above.)
@Suite struct LineUnwrapperTests {
    @Test func wrappedSentencesAreJoined() throws {
        let text = """
            Alex Morgan
            alex@example.com · Portland

            EDUCATION
            B.S. in Computer Science, University of Washington — 2014
            Coursework in databases and statistics. Senior project: a recommendation
            engine for the campus library.

            EXPERIENCE
            Data Engineer, Contoso Health — June 2017 – February 2021
            - Built nightly ETL jobs in Python that loaded claims data
              into a PostgreSQL warehouse
            """
        let resume = try PlainResumeReader.resume(fromText: text, source: "cv.txt")
        #expect(resume.basics.name == "Alex Morgan")
        #expect(resume.basics.email == "alex@example.com")
        #expect(
            resume.work.first?.highlights == [
                "Built nightly ETL jobs in Python that loaded claims data into a PostgreSQL warehouse"
            ])
        let evidence = EvidenceCollector().evidence(in: resume, asOf: ResumeDate(year: 2026, month: 11))
        #expect(evidence.contains { $0.id == "recommender-systems" })
        #expect(resume.education.first?.studyType != nil)
    }
}

/// What a resume or posting says reaches the reports as text, never as markup or escape codes.
@Suite struct ReportSafetyTests {
    @Test func markupInTheResumeIsEscapedInTheHTMLReport() throws {
        let resume = try ResumeLoader.load(
            Array(
                """
                {"basics": {"name": "<script>alert(1)</script>", "label": "<img src=x onerror=alert(1)>"},
                 "work": [{"name": "A", "startDate": "2020-01",
                   "highlights": ["<a href=\\"javascript:alert(1)\\">Python</a> & SQL"]}]}
                """.utf8), source: "resume.json")
        let posting = try JobPostingParser().parse(
            Array("# Engineer <b>\n## Requirements\n- Python\n- SQL\n".utf8), source: "job.md")
        let html = ResumeMatcher().match(resume, against: posting, asOf: ResumeDate(year: 2026, month: 11))
            .htmlReport()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a href"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;"))
    }

    @Test func colourIsOnlyAddedWhenAskedFor() throws {
        let report = ResumeMatcher().match(
            try ResumeLoader.load(Array(#"{"skills": [{"keywords": ["Python"]}]}"#.utf8), source: "r.json"),
            against: try JobPostingParser().parse(
                Array("# Dev\n## Requirements\n- Python\n- Rust\n".utf8), source: "j.md"),
            asOf: ResumeDate(year: 2026, month: 11))
        #expect(!report.textReport(colour: false).contains("\u{1B}["))
        #expect(report.textReport(colour: true).contains("\u{1B}[32m✓"))
        #expect(report.textReport(colour: true).contains("\u{1B}[31m✗"))
    }
}
