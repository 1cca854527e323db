import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// The JSON Resume model: loading JSON and YAML, the schema, legacy fields, round trips.
@Suite struct ResumeTests {
    private static let fixtures = "Tests/JobFitCoreTests/Fixtures/resumes"
    private let validator = ResumeValidator(today: Date(timeIntervalSince1970: 1_790_000_000))

    private func errors(_ document: JSONValue) -> [ValidationIssue] {
        validator.validate(document).filter { $0.severity == .error }
    }

    static let schemaFixtureFiles = [
        "awards", "basics", "certificates", "education", "interests", "languages", "meta", "projects", "publications",
        "references", "schema", "skills", "volunteer", "work",
    ]

    @Test(arguments: schemaFixtureFiles)
    func schemaTestFixturesAreAcceptedOrRejected(_ name: String) throws {
        let text = try String(
            contentsOf: PackageFiles.url("\(Self.fixtures)/schema-test-fixtures/\(name).json"), encoding: .utf8)
        guard case .object(let cases) = try JSONValue.parse(text) else {
            Issue.record("\(name).json is not an object")
            return
        }
        #expect(cases.count >= 2)
        for (key, fragment) in cases.sorted(by: { $0.key < $1.key }) {
            let found = errors(fragment)
            if key.lowercased().hasSuffix("invalid") {
                #expect(!found.isEmpty, "\(name).\(key) should be rejected")
            } else {
                #expect(found.isEmpty, "\(name).\(key) should be accepted: \(found)")
            }
        }
    }

    @Test func datesFollowTheISO8601Subset() throws {
        for (date, valid) in [
            ("2013-12-02", true), ("2013-12", true), ("2013", true), ("2013-12-021", false), ("March 2019", false),
        ] {
            let document = JSONValue.object(["work": .array([.object(["startDate": .string(date)])])])
            #expect(errors(document).isEmpty == valid, "\(date)")
        }
        let document = JSONValue.object([
            "work": .array([.object([:]), .object([:]), .object(["startDate": .string("March 2019")])])
        ])
        #expect(
            errors(document).map(\.description) == [
                "work[2].startDate: \"March 2019\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
            ])
    }

    @Test func anAsOfDateIsPrintedAsYearAndMonth() {
        #expect(ResumeDate(year: 2026, month: 3, day: 9).yearMonth == "2026-03")
        #expect(ResumeDate(year: 2026).yearMonth == "2026-01")
    }

    @Test(arguments: [
        ("community/0bCdian-devops.resume.json", 0), ("community/23nikoloz-material-zh.resume.json", 4),
        ("community/5c077m4n-roee-shapira.resume.json", 0), ("community/8-bit-sheep-fi.resume.json", 0),
        ("community/jrpool-jonathan-pool.resume.json", 0), ("community/kurone-kito-ja.resume.json", 0),
        ("community/scottnath-microdata-sample.resume.json", 0), ("fresh-test-resumes/jane-fullstacker.json", 0),
        ("fresh-test-resumes/jane-incomplete.json", 0), ("fresh-test-resumes/john-doe.json", 0),
        ("fresh-test-resumes/richard-hendriks.json", 0), ("fresh-test-resumes/empty.json", 8),
        ("jsonresume-org/career-changer.resume.json", 0), ("jsonresume-org/complete-resume.json", 0),
        ("jsonresume-org/new-grad.resume.json", 0), ("jsonresume-org/resume-sample.json", 0),
        ("jsonresume-org/sample.resume.json", 0), ("jsonresume-org/senior-engineer.resume.json", 0),
        ("jsonresume-org/theme-reference-complete-resume.json", 3),
    ])
    func exampleResumesLoadAndRoundTrip(file: String, expectedErrors: Int) throws {
        let path = "\(Self.fixtures)/\(file)"
        let resume = try ResumeLoader.load(PackageFiles.bytes(path), source: path)
        #expect(errors(resume.document).count == expectedErrors)
        // Written and read again, nothing is lost.
        let written = try JSONEncoder().encode(resume.document)
        #expect(try JSONValue.parse(String(decoding: written, as: UTF8.self)) == resume.document)
    }

    @Test func brokenJSONSaysWhere() throws {
        let path = "\(Self.fixtures)/fresh-test-resumes/johnny-trouble.broken.fresh.json"
        #expect(
            throws: ResumeError.unreadable(path, format: "JSON", message: "expected ',' or '}' at line 251, column 3")
        ) {
            try ResumeLoader.load(PackageFiles.bytes(path), source: path)
        }
    }

    @Test func legacyFieldNamesAreRead() throws {
        let resume = try ResumeLoader.load(
            Array(
                #"{"basics": {"website": "https://a.example"}, "work": [{"company": "Initech", "position": "Dev"}]}"#
                    .utf8),
            source: "legacy.json")
        #expect(resume.basics.url == "https://a.example")
        #expect(resume.work.first?.name == "Initech")
        #expect(resume.work.first?.isCurrent == true)
    }

    @Test func profilesAreReadAndComparedWhole() throws {
        func basics(_ network: String) throws -> Resume.Basics {
            let json = #"{"basics": {"profiles": [{"network": "\#(network)", "url": "https://x.example/sam"}]}}"#
            return try ResumeLoader.load(Array(json.utf8), source: "profiles.json").basics
        }
        let github = try basics("GitHub")
        #expect(github.profiles.map(\.network) == ["GitHub"])
        #expect(github.profiles.map(\.url) == ["https://x.example/sam"])
        #expect(github == (try basics("GitHub")))
        // The same page under another network is a different profile.
        #expect(github != (try basics("GitLab")))
    }

    @Test func yamlReadsLikeJSON() throws {
        let yaml = """
            basics:
              name: Ada Example
              email: ada@example.com
            work:
              - name: Initech
                startDate: "2019-03"
                highlights:
                  - Cut build times by 40%
            skills:
              - name: Languages
                keywords: [Swift, Go]
            meta:
              version: 1.0
              draft: true
            """
        let resume = try ResumeLoader.load(Array(yaml.utf8), source: "resume.yaml")
        #expect(resume.basics.name == "Ada Example")
        #expect(resume.work.first?.startDate == ResumeDate(year: 2019, month: 3))
        #expect(resume.skills.first?.keywords == ["Swift", "Go"])
        #expect(resume.document["meta"]?["draft"] == .bool(true))
        #expect(resume.document["meta"]?["version"] == .number(1))
    }

    @Test func yamlAliasBombsAreRefused() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...8 {
            let name = "l\(level)"
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        #expect(throws: ResumeError.tooLarge("bomb.yaml", limit: ResumeLoader.maximumYAMLValues)) {
            try ResumeLoader.load(Array(yaml.utf8), source: "bomb.yaml")
        }
    }

    @Test func warningsForSuspiciousContent() {
        let document = JSONValue.object([
            "work": .array([
                .object(["startDate": .string("2030-01"), "highlights": .array([])]),
                .object([
                    "startDate": .string("2020-05"), "endDate": .string("2019-01"),
                    "highlights": .array([.string(" ")]),
                ]),
            ])
        ])
        let warnings = validator.validate(document).filter { $0.severity == .warning }.map(\.description)
        #expect(
            warnings == [
                "work[0].startDate: 2030-01 is in the future",
                "work[0].highlights: is empty; say what you achieved, or remove it",
                "work[1].endDate: 2019-01 is before the start date 2020-05",
                "work[1].highlights[0]: is empty",
            ])
    }

    @Test func datesParseAndCompare() {
        #expect(ResumeDate("2019-03-01") == ResumeDate(year: 2019, month: 3, day: 1))
        #expect(ResumeDate("2019-13") == nil)
        #expect(ResumeDate("19") == nil)
        #expect(ResumeDate("2019")! < ResumeDate("2019-01")!)
        #expect(ResumeDate("2019-03")?.description == "2019-03")
    }
}
