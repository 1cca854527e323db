import JobFitCore
import Testing

/// The heading vocabulary in Resources/ingestion/sections.json.
@Suite struct SectionVocabularyTests {
    @Test(arguments: [
        ("Requirements", SectionKind.requirements), ("Minimum Qualifications", .requirements),
        ("QualificationSummary:", .requirements), ("What You'll Need", .requirements),
        ("Preferred Qualifications", .preferred), ("Nice to have", .preferred), ("Bonus points", .preferred),
        ("Desired Skills:", .preferred), ("Key Responsibilities", .responsibilities),
        ("Duties and Responsibilities", .responsibilities), ("What you’ll do", .responsibilities),
        ("Benefits & Perks", .benefits), ("What we offer", .benefits), ("How to Apply", .howToApply),
        ("Equal Opportunity Employer", .legal), ("EEO Statement", .legal), ("About Us", .about),
        ("Company Introduction", .about), ("JobSummary:", .overview), ("Position Overview", .overview),
        ("Additional Information", .other),
    ])
    func headingKinds(heading: String, kind: SectionKind) {
        #expect(SectionVocabulary.standard.kind(ofHeading: heading) == kind)
    }

    @Test(arguments: ["Primary Stack", "Lisbon", "Chapter 3"])
    func headingsThatNameNoKind(_ heading: String) {
        #expect(SectionVocabulary.standard.kind(ofHeading: heading) == nil)
    }

    @Test func cuePhrasesInBodies() {
        let vocabulary = SectionVocabulary.standard
        #expect(vocabulary.kind(ofBody: "We are an equal opportunity employer without regard to race.") == .legal)
        #expect(vocabulary.kind(ofBody: "You must have at least 3 years of experience with Java.") == .requirements)
        #expect(vocabulary.kind(ofBody: "Lisbon is sunny.") == nil)
    }

    @Test func fieldLabels() {
        #expect(SectionVocabulary.standard.field(forLabel: "PositionTitle") == "title")
        #expect(SectionVocabulary.standard.field(forLabel: "Business Title") == "title")
        #expect(SectionVocabulary.standard.field(forLabel: "Agency") == "company")
        #expect(SectionVocabulary.standard.field(forLabel: "Civil Service Title") == nil)
    }
}
