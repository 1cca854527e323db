/// Scores one resume against one posting from their profiles, in microseconds.
///
/// Gives the same ``BatchRow`` as ``BatchRow/init(report:)`` over ``ResumeMatcher``'s full report
/// (the batch tests check every fixture pair), without the evidence places, notes, coverage and
/// searchability checks a report carries.
public enum PairScorer {
    /// The row for `resume` against `posting`.
    public static func row(_ resume: ResumeProfile, _ posting: PostingProfile) -> BatchRow {
        let (requirements, score) = scored(resume, posting)
        return BatchRow(
            resume: resume.source, candidate: resume.candidate, job: posting.source, title: posting.title,
            company: posting.company, score: score.value, potentialScore: score.potential,
            required: BatchRow.counts(requirements, .required), preferred: BatchRow.counts(requirements, .preferred),
            missingRequired: BatchRow.topMissing(requirements), knockOutsNotMet: knockOutsNotMet(resume, posting))
    }

    /// Every requirement of `posting` with its outcome, credit and gain for `resume` (without
    /// evidence places or notes), and the score and potential score.
    static func scored(
        _ resume: ResumeProfile, _ posting: PostingProfile
    ) -> (requirements: [RequirementMatch], score: (value: Int, potential: Int, total: Double)) {
        var requirements = posting.asked.map { requirement(for: $0, resume: resume) }
        Scoring.resolveGroups(&requirements)
        let score = Scoring.score(requirements)
        Scoring.assignGains(&requirements, total: score.total)
        return (requirements, score)
    }

    /// The requirement as ResumeMatcher builds it, with only the fields scoring reads.
    private static func requirement(for asked: PostingProfile.Asked, resume: ResumeProfile) -> RequirementMatch {
        let skill = asked.skill
        var match = RequirementMatch(
            id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, level: skill.level,
            yearsAsked: skill.years, group: skill.group, sentence: "", status: .missing, basis: nil, through: nil,
            resumeYears: nil, evidence: [], relatedSkills: [], note: "", weight: asked.weight, credit: 0, gain: 0)
        if let shown = resume.evidence[skill.id] {
            let outcome = Scoring.credit(for: skill, shown: shown)
            match.basis = shown.isExplicit ? .exact : .implied
            match.status = outcome.status
            match.credit = outcome.credit
        } else if resume.related.contains(skill.id) {
            match.status = .related
            match.credit = Scoring.relatedCredit
        }
        return match
    }

    /// The knock-outs KnockOuts.find marks `notMet` (degree, certification, years), in its order.
    static func knockOutsNotMet(_ resume: ResumeProfile, _ posting: PostingProfile) -> [String] {
        var notMet: [String] = []
        if let degree = posting.degree, resume.degreeRank < degree.rank, !degree.acceptsExperience {
            notMet.append(degree.requirement)
        }
        for certification in posting.certifications where resume.evidence[certification.id] == nil {
            notMet.append(certification.name)
        }
        if let years = posting.yearsAsked, resume.experienceYears < years {
            notMet.append("\(Scoring.format(years))+ years")
        }
        return notMet
    }
}
