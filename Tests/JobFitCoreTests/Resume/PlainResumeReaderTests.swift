import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Plain-text and Markdown resumes read into JSON Resume, on the fixtures in `resumes/plain`.
@Suite struct PlainResumeReaderTests {
    private static let folder = "Tests/JobFitCoreTests/Fixtures/resumes/plain"

    private func load(_ name: String) throws -> Resume {
        let path = "\(Self.folder)/\(name)"
        return try ResumeLoader.load(PackageFiles.bytes(path), source: path)
    }

    // MARK: - Markdown: priya-shah.md

    @Test func markdownBasicsAndProfiles() throws {
        let resume = try load("priya-shah.md")
        #expect(resume.basics.name == "Priya Shah")
        #expect(resume.basics.label == "Senior Data Scientist")
        #expect(resume.basics.email == "priya.shah@example.com")
        #expect(resume.basics.phone == "(206) 555-0142")
        #expect(resume.basics.city == "Seattle")
        #expect(
            resume.basics.profiles.map(\.url) == [
                "https://www.linkedin.com/in/priya-shah-data", "https://github.com/priyashah",
            ])
        #expect(resume.basics.summary?.hasPrefix("Data scientist with seven years") == true)
        #expect(resume.document["meta"]?["x-jobfit-source"] == .string("markdown"))
    }

    @Test func markdownRolesInThreeShapes() throws {
        let work = try load("priya-shah.md").work
        try #require(work.count == 3)
        #expect(work.map(\.position) == ["Senior Data Scientist", "Data Analyst", "Research Assistant"])
        #expect(work.map(\.name) == ["Northwind Analytics", "Cascade Health Partners", "University of Washington"])
        #expect(work.map(\.startDate) == [ResumeDate("2021-03"), ResumeDate("2018-06"), ResumeDate("2016")])
        #expect(work.map(\.endDate) == [nil, ResumeDate("2021-02"), ResumeDate("2018")])
        #expect(work.map(\.isCurrent) == [true, false, false])
        #expect(work.map(\.highlights.count) == [3, 2, 1])
        #expect(work[0].highlights[0].contains("Python and scikit-learn"), "emphasis is stripped")
        #expect(
            work[1].summary == "Owned weekly reporting for twelve clinics and moved it from spreadsheets to pandas.")
    }

    @Test func markdownEducationSkillsProjectsCertificates() throws {
        let resume = try load("priya-shah.md")
        #expect(resume.education.map(\.studyType) == ["M.S.", "B.S."])
        #expect(resume.education.map(\.area) == ["Statistics", "Mathematics"])
        #expect(resume.education.map(\.institution) == ["University of Washington", "Oregon State University"])
        #expect(resume.education.map(\.endDate) == [ResumeDate(year: 2018), ResumeDate(year: 2016)])
        #expect(resume.skills.map(\.name) == ["Languages", "Libraries", "Visualisation", "Cloud"])
        #expect(resume.skills.flatMap(\.keywords).contains("scikit-learn"))
        #expect(resume.skills.first?.keywords == ["Python", "SQL", "R"])
        #expect(resume.skills.last?.keywords == ["AWS (S3, SageMaker, Redshift)"])
        let project = try #require(resume.projects.first)
        #expect(project.name == "Clinic Wait-Time Forecaster")
        #expect(project.keywords == ["Python", "scikit-learn", "Airflow"])
        #expect(project.highlights.count == 1)
        #expect(resume.certificates.map(\.name) == ["AWS Certified Machine Learning – Specialty"])
        #expect(resume.certificates.first?.issuer == "Amazon Web Services")
        #expect(resume.certificates.first?.date == ResumeDate(year: 2022))
        #expect(resume.languages.map(\.language) == ["English", "Hindi", "Spanish"])
    }

    @Test func unknownHeadingIsKeptUnsorted() throws {
        let unsorted = try load("priya-shah.md").document["x-unsorted"]?.elements.compactMap(\.text) ?? []
        #expect(unsorted.contains("Side Interests"))
        #expect(unsorted.contains("Volunteer statistics tutor at the Seattle Public Library."))
    }

    // MARK: - Plain text, capitalised headings: marcus-lee.txt

    @Test func capitalisedHeadingsAndALicence() throws {
        let resume = try load("marcus-lee.txt")
        #expect(resume.basics.name == "Marcus Lee")
        #expect(resume.basics.label == "Licensed Journeyman Electrician")
        #expect(resume.basics.phone == "614-555-0187")
        #expect(resume.basics.email == "marcus.lee.electric@example.com")
        #expect(resume.basics.city == "Columbus")
        #expect(resume.basics.summary?.contains("Journeyman electrician with 9 years") == true)
        #expect(resume.document["meta"]?["x-jobfit-source"] == .string("text"))

        let work = resume.work
        try #require(work.count == 3)
        #expect(work.map(\.position) == ["Journeyman Electrician", "Apprentice Electrician", "Warehouse Associate"])
        #expect(
            work.map(\.name) == ["Buckeye Commercial Electric", "Lakeside Electrical Services", "Midwest Supply Co."])
        #expect(work.map(\.startDate) == [ResumeDate("2019-05"), ResumeDate("2015-08"), nil])
        #expect(work.map(\.endDate) == [nil, ResumeDate("2019-04"), nil])
        #expect(work.map(\.highlights.count) == [3, 2, 1])

        #expect(
            resume.certificates.map(\.name) == [
                "Ohio Journeyman Electrician License #EL.48213", "OSHA 30-Hour Construction Safety Card",
                "First Aid / CPR / AED",
            ])
        #expect(
            resume.certificates.map(\.issuer) == [
                "Ohio Construction Industry Licensing Board", "OSHA", "American Red Cross",
            ])
        #expect(resume.certificates.map(\.date) == [2019, 2017, 2023].map { ResumeDate(year: $0) })
        let school = try #require(resume.education.first)
        #expect(school.studyType == "Associate of Applied Science")
        #expect(school.area == "Electrical Technology")
        #expect(school.institution == "Columbus State Community College")
        #expect(school.endDate == ResumeDate(year: 2015))
        #expect(resume.skills.map(\.name) == ["Skills"])
        #expect(resume.skills.first?.keywords.contains("blueprint reading") == true)
        #expect(resume.skills.first?.keywords.count == 6)
    }

    // MARK: - Plain text, pipe layout: dana-kowalski.txt

    @Test func pipeLayoutRoles() throws {
        let resume = try load("dana-kowalski.txt")
        #expect(resume.basics.name == "DANA KOWALSKI")
        #expect(resume.basics.label == "Project Manager, PMP")
        #expect(resume.basics.email == "dana.kowalski@example.org")
        #expect(resume.basics.phone == "+1 312 555 0199")
        #expect(resume.basics.profiles.map(\.url) == ["https://linkedin.com/in/danakowalski"])
        #expect(resume.basics.summary?.hasPrefix("Project manager who delivers") == true)

        let work = resume.work
        try #require(work.count == 3)
        #expect(work.map(\.position) == ["Senior Project Manager", "Project Manager", "Project Coordinator"])
        #expect(work.map(\.name) == ["Lakeshore Logistics", "Meridian Insurance Group", "Meridian Insurance Group"])
        #expect(work.map(\.startDate) == [ResumeDate("2021-04"), ResumeDate("2018-01"), ResumeDate("2016-06")])
        #expect(work.map(\.endDate) == [nil, ResumeDate("2021-03"), ResumeDate("2017-12")])
        #expect(work.map(\.highlights.count) == [3, 3, 1])

        #expect(resume.education.first?.studyType == "Bachelor of Arts")
        #expect(resume.education.first?.area == "Economics")
        #expect(resume.education.first?.institution == "Loyola University Chicago")
        #expect(
            resume.certificates.map(\.name) == ["Project Management Professional (PMP)", "Certified ScrumMaster (CSM)"])
        #expect(resume.certificates.map(\.issuer) == ["Project Management Institute", "Scrum Alliance"])
        let keywords = resume.skills.flatMap(\.keywords)
        for skill in ["Scrum and Kanban", "Jira", "Budgeting and forecasting", "Stakeholder management"] {
            #expect(keywords.contains(skill), "\(skill)")
        }
        #expect(resume.document["awards"]?.elements.first?["title"] == .string("President's Award for Delivery"))
    }

    // MARK: - Role line shapes

    @Test(
        arguments: [
            ("Senior Engineer, Acme Corp — March 2021 – Present", "Senior Engineer", "Acme Corp", "2021-03", nil),
            ("Acme Corp | Senior Engineer | 2019-03 to 2021-02", "Senior Engineer", "Acme Corp", "2019-03", "2021-02"),
            ("Senior Engineer at Acme (Jan 2018 - Dec 2020)", "Senior Engineer", "Acme", "2018-01", "2020-12"),
            (
                "Nurse Manager, Providence Health — Sept. 2017 to Current", "Nurse Manager", "Providence Health",
                "2017-09", nil
            ),
            ("Site Electrician, Volt Bros, 03/2019 – 11/2020", "Site Electrician", "Volt Bros", "2019-03", "2020-11"),
            ("Data Engineer — Initech — 2015–2019", "Data Engineer", "Initech", "2015", "2019"),
            ("Barista, Bean There Cafe", "Barista", "Bean There Cafe", nil, nil),
        ] as [(String, String, String, String?, String?)])
    func roleLineShapes(line: String, position: String, name: String, start: String?, end: String?) throws {
        let resume = try PlainResumeReader.resume(
            fromText: "EXPERIENCE\n\n\(line)\n- Did the work\n", source: "role.txt")
        let role = try #require(resume.work.first)
        #expect(role.position == position)
        #expect(role.name == name)
        #expect(role.startDate == start.flatMap(ResumeDate.init))
        #expect(role.endDate == end.flatMap(ResumeDate.init))
        #expect(role.highlights == ["Did the work"])
    }

    @Test(
        arguments: [
            ("EXPERIENCE", "Data Engineer, Initech, 2015 – 2019\n- Did the work", "work"),
            ("PROJECTS", "Route Planner, 2020\n- Did the work", "projects"),
            ("EDUCATION", "BSc in Computer Science, University of Leeds, 2015 – 2019", "education"),
        ])
    func linesBeforeTheFirstEntryAreKeptUnsorted(heading: String, entry: String, key: String) throws {
        let text = "\(heading)\n\n- Orphan bullet before any entry\n\n\(entry)\n"
        let resume = try PlainResumeReader.resume(fromText: text, source: "orphan.txt")
        #expect(resume.document["x-unsorted"]?.elements.compactMap(\.text) == ["Orphan bullet before any entry"])
        #expect(resume.document[key]?.elements.count == 1)
    }

    // MARK: - Nothing lost

    /// Words the reader turns into structure rather than copies: month names and "present"
    /// (dates become `2021-03`), range words, labels it strips, and Markdown/URL syntax.
    private static let structuralWords: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "present", "current", "now", "to", "at", "in", "tech", "https", "http", "www",
    ]

    @Test(arguments: ["priya-shah.md", "marcus-lee.txt", "dana-kowalski.txt"])
    func everyLinesWordsSurvive(_ name: String) throws {
        let resume = try load(name)
        var kept: Set<String> = []
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let text): kept.formUnion(Self.words(text))
            case .array(let values): values.forEach(collect)
            case .object(let members):
                for (key, member) in members {
                    kept.formUnion(Self.words(key))
                    collect(member)
                }
            default: break
            }
        }
        collect(resume.document)
        let source = String(decoding: try PackageFiles.bytes("\(Self.folder)/\(name)"), as: UTF8.self)
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let missing = Self.words(String(line)).filter { word in
                !kept.contains(word) && !Self.structuralWords.contains(word)
                    && !(Int(word).map { kept.contains(String($0)) } ?? false)
            }
            #expect(missing.isEmpty, "\(name):\(number + 1) lost \(missing.sorted())")
        }
    }

    /// Lowercased runs of letters and digits; numbers without leading zeros so `03/2019` matches `2019-03`.
    private static func words(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word in
                Int(word).map(String.init) ?? String(word)
            })
    }

    // MARK: - Errors and formats

    @Test(arguments: ["", "   \n\t\n  "])
    func emptyTextIsAnError(_ text: String) {
        #expect(throws: ResumeError.noText("blank.txt")) {
            try PlainResumeReader.resume(fromText: text, source: "blank.txt")
        }
        #expect(ResumeError.noText("blank.txt").localizedDescription.hasPrefix("no text found in blank.txt"))
    }

    @Test func formatFromExtension() {
        #expect(ResumeFormat(pathExtensionOf: "cv/priya-shah.md") == .markdown)
        #expect(ResumeFormat(pathExtensionOf: "resume.MARKDOWN") == .markdown)
        #expect(ResumeFormat(pathExtensionOf: "marcus-lee.txt") == .text)
        #expect(ResumeFormat(pathExtensionOf: "resume.yml") == .yaml)
        #expect(ResumeFormat(pathExtensionOf: "resume.json") == .json)
        #expect(ResumeFormat(pathExtensionOf: "resume.docx") == .docx)
        #expect(ResumeFormat(pathExtensionOf: "resume.pdf") == .pdf)
        #expect(ResumeFormat(pathExtensionOf: "-") == nil)
        #expect(ResumeFormat(pathExtensionOf: "./resume") == nil)
    }

    @Test func formatFromContentOnStandardInput() throws {
        let json = try ResumeLoader.load(Array(#"{"basics": {"name": "Ada"}}"#.utf8), source: "-")
        #expect(json.basics.name == "Ada")
        let yaml = try ResumeLoader.load(Array("basics:\n  name: Ada\nwork: []\n".utf8), source: "-")
        #expect(yaml.basics.name == "Ada")
        #expect(yaml.document["meta"] == nil)
        let markdown = try ResumeLoader.load(PackageFiles.bytes("\(Self.folder)/priya-shah.md"), source: "-")
        #expect(markdown.document["meta"]?["x-jobfit-source"] == .string("markdown"))
        #expect(markdown.work.count == 3)
        // Sniffed as DOCX and PDF, so the document readers' errors, not a text resume.
        #expect(throws: ResumeDocumentError.self) {
            try ResumeLoader.load([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], source: "-")
        }
        #expect(throws: ResumeDocumentError.damagedPDF("cv.pdf")) {
            try ResumeLoader.load(Array("%PDF-1.7\n".utf8), source: "cv.pdf")
        }
    }

    @Test func proseThatYAMLAcceptsIsReadAsText() throws {
        // "Name: value" lines parse as a YAML mapping, but with no JSON Resume key it is a text resume.
        let text = "Sam Rivera\nPhone: 555-010-2000\n\nEXPERIENCE\nBarista, Bean There Cafe, 2020 - 2022\n"
        let resume = try ResumeLoader.load(Array(text.utf8), source: "resume")
        #expect(resume.basics.name == "Sam Rivera")
        #expect(resume.basics.phone == "555-010-2000")
        #expect(resume.work.first?.position == "Barista")
        #expect(resume.work.first?.name == "Bean There Cafe")
        #expect(resume.document["meta"]?["x-jobfit-source"] == .string("text"))
    }
}
