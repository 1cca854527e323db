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
        // Scoring reads a requirement's level, years and group, never its mentions: dropping them
        // (each carries its sentence) cuts a profile to about 3.4 KB (from about 10).
        asked = Scoring.requirements(of: extraction).map { requirement in
            var skill = requirement
            skill.mentions = []
            return Asked(skill: skill, weight: Scoring.weight(requirement))
        }
        degree = KnockOuts.degreeRequirement(in: extraction).map {
            Degree(requirement: $0.requirement, rank: $0.rank, acceptsExperience: $0.acceptsExperience)
        }
        certifications = KnockOuts.requiredCertifications(in: extraction).map { ($0.id, $0.name) }
        yearsAsked = KnockOuts.overallYears(posting: posting, extraction: extraction)
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
        degreeRank = KnockOuts.degreeRank(evidence: evidence, resume: resume)
        experienceYears = ResumeText.experienceYears(of: resume, asOf: asOf)
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
