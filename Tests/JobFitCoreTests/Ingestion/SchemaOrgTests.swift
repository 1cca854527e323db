import JobFitCore
import JobFitTestSupport
import Testing

/// schema.org JobPosting in JSON-LD, microdata and RDFa.
@Suite struct SchemaOrgTests {
    private func parse(_ file: String) throws -> JobPosting {
        try PostingFixtures.parse(PostingFixtures.path("schemaorg-jobposting", file))
    }

    @Test func everyFieldOfTheFullJSONLDExample() throws {
        let posting = try parse("eg-0028.jsonld.html")
        let metadata = posting.metadata
        #expect(metadata.origin == .jsonLD)
        #expect(posting.title == "Software Engineer")
        #expect(metadata.baseSalary == JobPostingMetadata.Salary(currency: "USD", value: 100_000))
        #expect(metadata.benefits == ["Medical, Life, Dental"])
        #expect(metadata.datePosted == "2011-10-31")
        #expect(
            metadata.educationRequirements == [
                "Bachelor's Degree in Computer Science, Information Systems or related fields of study."
            ])
        #expect(metadata.employmentType == ["Full-time"])
        #expect(metadata.experienceRequirements == ["Minumum 3 years experience as a software engineer"])
        #expect(metadata.jobLocations == ["Kirkland, WA"])
        #expect(metadata.qualifications.first?.hasPrefix("Ability to work in a team environment") == true)
        #expect(metadata.responsibilities.first?.hasPrefix("Design and write specifications") == true)
        #expect(metadata.skills.first?.hasPrefix("Web application development using Java/J2EE") == true)
        #expect(
            metadata.otherProperties["incentiveCompensation"]
                == "Performance-based annual bonus plan, project-completion bonuses")
        #expect(metadata.otherProperties["industry"] == "Computer Software")
        #expect(metadata.otherProperties["occupationalCategory"] == "15-1132.00 Software Developers, Application")
        #expect(metadata.otherProperties["specialCommitments"] == "VeteranCommit")
        #expect(metadata.otherProperties["workHours"] == "40 hours per week")
        // The description is the body; the text fields become sections of their kind.
        #expect(posting.has("Description: ABC Company Inc. seeks", in: .overview))
        #expect(posting.company == nil)
        #expect(posting.has("Web application development using Java/J2EE", in: .requirements))
        #expect(posting.has("Ability to work in a team environment", in: .requirements))
        #expect(posting.has("Design and write specifications", in: .responsibilities))
        #expect(posting.has("Medical, Life, Dental", in: .benefits))
    }

    @Test func credentialsAndMonthsOfExperience() throws {
        let education = try parse("eg-0465.jsonld.html")
        #expect(education.metadata.educationRequirements == ["bachelor degree"])
        #expect(education.metadata.monthsOfExperience == 60)
        #expect(education.metadata.otherProperties["experienceInPlaceOfEducation"] == "true")

        let qualification = try parse("eg-0280.jsonld.html")
        #expect(qualification.title == "Systems Research Engineer")
        #expect(qualification.metadata.qualifications == ["Bachelor of Science Computer Science"])
        #expect(qualification.has("Bachelor of Science Computer Science", in: .requirements))
    }

    @Test(arguments: [
        ("eg-0213.jsonld.html", "skills", "Knowledge of computer programming principles (K0016)"),
        ("eg-0251.jsonld.html", "relevantOccupation", "Software Developers, Applications (15-1132.00)"),
        ("eg-0268.jsonld.html", "applicantLocationRequirements", "USA"),
        ("eg-0281.jsonld.html", "employmentUnit", "ITS - Division C"),
        (
            "eg-0283.jsonld.html", "sensoryRequirement",
            "Visual Color Discrimination The ability to match or detect differences between colors, including shades of color and brightness. (1.A.4.a.3)"
        ),
        ("eg-0284.jsonld.html", "physicalRequirement", "Must be able to lift and carry loads of up to 50kg."),
        ("eg-0285.jsonld.html", "applicationContact", "info@example.com"),
        ("eg-0287.jsonld.html", "industry", "Software Publishers (511210)"),
    ])
    func everyOtherPropertyIsKept(file: String, property: String, value: String) throws {
        let posting = try parse(file)
        #expect(posting.metadata.origin == .jsonLD)
        let kept = property == "skills" ? posting.metadata.skills.first : posting.metadata.otherProperties[property]
        #expect(kept == value)
        #expect(posting.title != nil)
    }

    @Test func organisationAndEmployerOverview() throws {
        #expect(try parse("eg-0251.jsonld.html").company == "ACME Software")
        #expect(try parse("eg-0281.jsonld.html").company == "ACME Corp.")
        let overview = try parse("eg-0286.jsonld.html")
        #expect(overview.has("Acme is committed to providing an environment", in: .about))
        #expect(try parse("eg-0284.jsonld.html").has("Must be able to lift", in: .requirements))
    }

    @Test func microdataRDFaAndPlainVariantsAgree() throws {
        let plain = try parse("eg-0028.pre-markup.html")
        let microdata = try parse("eg-0028.microdata.html")
        let rdfa = try parse("eg-0028.rdfa.html")
        #expect(plain.title == "Software Engineer")
        #expect(microdata.title == plain.title)
        #expect(rdfa.title == plain.title)
        #expect(microdata.text == plain.text)
        #expect(rdfa.text == plain.text)
        #expect(microdata.metadata.origin == .microdata)
        #expect(rdfa.metadata.origin == .rdfa)
        #expect(microdata.company == "ABC Company Inc.")
        #expect(rdfa.company == "ABC Company Inc.")
        #expect(microdata.metadata.jobLocations == ["Kirkland, WA"])
        #expect(microdata.metadata.baseSalary?.value == 100_000)
        #expect(plain.sections.map(\.kind) == microdata.sections.map(\.kind))
        #expect(plain.has("Web application development using Java/J2EE", in: .preferred))
        #expect(plain.has("Bachelor's Degree in Computer Science", in: .requirements))
        #expect(plain.has("Design and write specifications", in: .responsibilities))
        #expect(plain.has("Medical, Life, Dental", in: .benefits) || plain.has("ABC Corp provides", in: .benefits))
    }

    @Test func jsonLDInsideGraphAndArrays() throws {
        let graph = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"X"},
             {"@type":["JobPosting"],"title":"Data Engineer","hiringOrganization":{"name":"Initech"},
              "description":"&lt;p&gt;Build pipelines.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;"}]}
            </script></head><body><nav>Menu</nav><p>Cookie banner</p></body></html>
            """
        let posting = try JobPostingParser().parse(Array(graph.utf8), source: "graph.html")
        #expect(posting.title == "Data Engineer")
        #expect(posting.company == "Initech")
        #expect(posting.texts(inSectionsOf: .requirements) == ["Requirements", "SQL"])
        #expect(!posting.text.contains("Cookie banner"))

        let array =
            #"<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"JobPosting","name":"Nurse"}]</script><p>x</p>"#
        #expect(try JobPostingParser().parse(Array(array.utf8), source: "a.html").title == "Nurse")
    }

    @Test func brokenJSONLDWarnsAndFallsBackToPageText() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type": "JobPosting", "title": </script></head>
            <body><h1>Welder</h1><h2>Requirements</h2><ul><li>MIG welding</li></ul></body></html>
            """
        let posting = try JobPostingParser().parse(Array(html.utf8), source: "broken.html")
        #expect(posting.title == "Welder")
        #expect(posting.metadata.origin == nil)
        #expect(posting.has("MIG welding", in: .requirements))
        #expect(posting.diagnostics.count == 1)
        #expect(posting.diagnostics.first?.message.hasPrefix("JSON-LD block 1 is not valid JSON") == true)
    }
}
