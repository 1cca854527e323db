/// A posting read once for a batch: what it asks for, and its knock-out requirements.
///
/// Holds only what scoring needs, not the posting's text, so thousands fit in little memory.
public struct PostingProfile: Sendable {
    /// A requirement the score counts.
    struct Asked: Sendable {
        var skill: ExtractedSkill
        var weight: Double
    }

    /// The degree a posting requires (its lowest rank), as ``KnockOuts`` reads it.
    struct Degree: Sendable {
        var requirement: String
        var rank: Int
        var acceptsExperience: Bool
    }

    /// Where the posting came from.
    public var source: String
    /// Its title.
    public var title: String?
    /// Its hiring organisation.
    public var company: String?
    var asked: [Asked]
    var degree: Degree?
    var certifications: [(id: String, name: String)]
    var yearsAsked: Double?

    /// Reads a posting's profile from its extraction (made once, with the batch's extractor).
    public init(posting: JobPosting, extraction: Extraction) {
        source = posting.source
        title = posting.title
        company = posting.company
        // The same filter as ResumeMatcher: skills outside perks, legal text and how-to-apply.
        asked = extraction.skills.filter { skill in
            skill.kind != .education && skill.mentions.contains { !Scoring.ignoredSections.contains($0.section) }
        }.map { Asked(skill: $0, weight: Scoring.weight($0)) }
        // The same reading of knock-outs as KnockOuts.find, for the ones a resume can fail.
        let required = extraction.skills.filter { $0.level == .required }
        let degrees = required.compactMap { skill in KnockOuts.degreeRanks[skill.id].map { (skill, rank: $0) } }
        if let (lowest, rank) = degrees.min(by: { $0.rank < $1.rank }) {
            let sentence = lowest.mentions.first { $0.level == .required }?.sentence ?? ""
            degree = Degree(
                requirement: degrees.map(\.0.name).joined(separator: " or "), rank: rank,
                acceptsExperience: sentence.lowercased().contains("equivalent"))
        }
        certifications = required.filter { $0.kind == .certification }.map { ($0.id, $0.name) }
        yearsAsked = extraction.experienceYears?.min ?? posting.metadata.monthsOfExperience.map { $0 / 12 }
    }
}

/// A resume read once for a batch: its evidence by skill, and what knock-outs need.
public struct ResumeProfile: Sendable {
    /// Where the resume came from.
    public var source: String
    /// The person's name, when the resume gives it.
    public var candidate: String?
    var evidence: [String: SkillEvidence]
    /// Skills a sibling of which the resume names explicitly (so a missing one is `related`).
    var related: Set<String>
    var degreeRank: Int
    var experienceYears: Double

    /// Builds a resume's profile from its evidence (``EvidenceCollector``), made once.
    public init(resume: Resume, evidence: [SkillEvidence], asOf: ResumeDate, relations: TaxonomyRelations) {
        source = resume.source
        candidate = resume.basics.name
        self.evidence = Dictionary(evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var related: Set<String> = []
        for shown in evidence where shown.isExplicit {
            related.formUnion(relations.related(to: shown.id))
        }
        self.related = related
        let named = evidence.filter(\.isExplicit).compactMap { KnockOuts.degreeRanks[$0.id] }
        let studied = resume.education.compactMap { $0.studyType.flatMap(KnockOuts.studyTypeRank) }
        degreeRank = (named + studied).max() ?? 0
        // As ResumeMatcher: dated roles, overlaps merged, in years to one decimal.
        let months = MonthSpan.mergedCount(
            (resume.document["work"]?.elements ?? []).compactMap { ResumeText.period(of: $0, asOf: asOf).0 })
        experienceYears = (Double(months) / 1.2).rounded() / 10
    }
}

/// The taxonomy's `related` links both ways, for finding related skills in one look-up.
public struct TaxonomyRelations: Sendable {
    private var links: [String: Set<String>]

    /// Indexes `taxonomy`'s relations.
    public init(_ taxonomy: Taxonomy) {
        var links: [String: Set<String>] = [:]
        for skill in taxonomy.skills {
            for other in skill.related {
                links[skill.id, default: []].insert(other)
                links[other, default: []].insert(skill.id)
            }
        }
        self.links = links
    }

    /// The skills `id` is related to, either way round.
    func related(to id: String) -> Set<String> {
        links[id] ?? []
    }
}
