import JobFitCore
import JobFitTestSupport
import Testing

/// USAJOBS and NYC postings: labelled fields, and the requirement blocks.
@Suite struct GovernmentPostingTests {
    static let usajobs: [(file: String, title: String, company: String)] = [
        (
            "438444800-information-technology-specialist.txt", "Information Technology Specialist",
            "Air Force Personnel Center"
        ),
        (
            "438866500-it-specialist-infosec.txt", "IT Specialist (INFOSEC)",
            "Centers for Disease Control and Prevention"
        ),
        (
            "438900300-it-specialist-infosec.txt", "IT Specialist (INFOSEC)",
            "Centers for Disease Control and Prevention"
        ),
        (
            "439327800-information-technology-specialist-security.txt", "INFORMATION TECHNOLOGY SPECIALIST (SECURITY)",
            "Internal Revenue Service"
        ),
        (
            "439328500-information-technology-specialist-security.txt", "INFORMATION TECHNOLOGY SPECIALIST (SECURITY)",
            "Internal Revenue Service"
        ),
        ("440148200-it-specialist-sysadmin.txt", "IT Specialist (SYSADMIN)", "Army National Guard Units (Title 32)"),
        (
            "441027400-information-technology-it-project-manager.txt", "Information Technology (IT) Project Manager",
            "Centers for Disease Control and Prevention"
        ),
        (
            "441132200-it-specialist-inet-web-developer.txt", "IT Specialist (INET) (Web Developer)",
            "Consumer Financial Protection Bureau"
        ),
    ]

    @Test(arguments: usajobs.map(\.file))
    func usajobsQualificationSummaryIsRequirements(_ file: String) throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("usajobs-2016", file))
        let expected = try #require(Self.usajobs.first { $0.file == file })
        #expect(posting.title == expected.title)
        #expect(posting.company == expected.company)
        #expect(posting.metadata.origin == .fields)
        let requirements = posting.sections(ofKind: .requirements)
        #expect(requirements.first?.heading?.text == "QualificationSummary:")
        #expect(requirements.first?.blocks.isEmpty == false)
        #expect(posting.sections(ofKind: .overview).first?.heading?.text == "JobSummary:")
        // The "Label: value" facts at the top are not requirements.
        #expect(posting.kind(ofBlockStartingWith: "PositionTitle:") == .other)
    }

    static let nyc: [(file: String, title: String, requirement: String, duty: String?)] = [
        (
            "132292-maintenance-worker-technical-services-heating-unit.txt",
            "Maintenance Worker - Technical Services-Heating Unit", "Three years of full-time satisfactory experience",
            nil
        ),
        (
            "133921-temporary-painter.txt", "Temporary Painter",
            "Five years of full-time satisfactory experience as a painter", "Mix paint components and match colors."
        ),
        ("137433-contract-analyst.txt", "Contract Analyst", "A baccalaureate degree", nil),
        ("138531-associate-chemist.txt", "Associate Chemist", "A baccalaureate degree from an accredited college", nil),
        ("151131-cost-estimating-manager.txt", "Cost Estimating Manager", "A master's degree", nil),
        ("151650-plumber-s-helper.txt", "PLUMBER'S HELPER", "Three years of full-time satisfactory experience", nil),
        ("152738-office-manager.txt", "Office Manager", "A four-year high school diploma", nil),
    ]

    @Test(arguments: nyc.map(\.file))
    func nycMinimumQualificationsAreRequirements(_ file: String) throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("nyc-jobs-2019", file))
        let expected = try #require(Self.nyc.first { $0.file == file })
        #expect(posting.title == expected.title)
        #expect(posting.sections(ofKind: .requirements).first?.heading?.text == "Minimum Qual Requirements:")
        #expect(posting.sections(ofKind: .preferred).first?.heading?.text == "Preferred Skills:")
        #expect(
            posting.texts(inSectionsOf: .requirements).contains { $0.contains(expected.requirement) },
            "\(expected.requirement)")
        if let duty = expected.duty {
            #expect(posting.kind(ofBlockStartingWith: duty) == .responsibilities)
        }
        #expect(posting.kind(ofBlockStartingWith: "Agency:") == .other)
    }

    @Test func inlineNumberedDutiesBecomeListItems() throws {
        let posting = try PostingFixtures.parse(PostingFixtures.path("nyc-jobs-2019", "133921-temporary-painter.txt"))
        let duties = posting.sections(ofKind: .responsibilities).flatMap(\.blocks).filter { $0.kind == .listItem }
        #expect(
            duties.map(\.text) == [
                "Prepare, fill and prime surfaces for painting.", "Mix paint components and match colors.",
                "Apply paint with a brush, roller or spray gun.", "Apply plaster to surfaces.",
                "Work on and from ladders, platforms and scaffolds", "Rig lines and scaffolds.",
            ])
    }
}
