import Foundation

/// Matches a resume against a posting: each requirement's outcome with its evidence, the score,
/// the knock-outs and the searchability checks (see `docs/scoring.md`).
public struct ResumeMatcher: Sendable {
    /// The extractor used on both sides, so both read skills with the same taxonomy.
    public let extractor: SkillExtractor

    /// Creates a matcher over an extractor (the shipped taxonomy by default).
    public init(extractor: SkillExtractor = SkillExtractor()) {
        self.extractor = extractor
    }

    /// Matches `resume` against `posting`; `asOf` is the date current roles count to.
    public func match(_ resume: Resume, against posting: JobPosting, asOf: ResumeDate) -> MatchReport {
        let evidence = EvidenceCollector(extractor: extractor).evidence(in: resume, asOf: asOf)
        return match(resume, evidence: evidence, against: posting, extraction: extractor.extract(posting), asOf: asOf)
    }

    /// Matches from evidence and an extraction already made (each computed once in a batch).
    public func match(
        _ resume: Resume, evidence: [SkillEvidence], against posting: JobPosting, extraction: Extraction,
        asOf: ResumeDate
    ) -> MatchReport {
        let taxonomy = extractor.matcher.taxonomy
        let byID = Dictionary(evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let asked = Scoring.requirements(of: extraction)
        var requirements = asked.map { requirement(for: $0, evidence: byID, taxonomy: taxonomy) }
        Scoring.resolveGroups(&requirements)
        let score = Scoring.score(requirements)
        Scoring.assignGains(&requirements, total: score.total)

        let layout = ResumeText(resume: resume, asOf: asOf)
        let askedIDs = Set(asked.map(\.id))
        let experienceYears = ResumeText.experienceYears(of: resume, asOf: asOf)
        return MatchReport(
            resume: resume.source, candidate: resume.basics.name, posting: posting.source, title: posting.title,
            company: posting.company, asOf: asOf.yearMonth,
            taxonomyVersion: taxonomy.version, score: score.value, potentialScore: score.potential,
            experienceYears: experienceYears, requirements: requirements,
            knockOuts: KnockOuts.find(
                posting: posting, extraction: extraction, evidence: byID, resume: resume, layout: layout,
                experienceYears: experienceYears),
            checks: SearchabilityChecks.run(resume: resume, layout: layout, posting: posting),
            levels: Scoring.coverage(
                requirements, by: \.level.rawValue, order: RequirementLevel.allCases.map(\.rawValue)),
            categories: Scoring.coverage(requirements, by: \.category, order: nil),
            otherSkills: evidence.filter { $0.isExplicit && $0.kind == .hard && !askedIDs.contains($0.id) }.map(\.name))
    }

    private func requirement(
        for skill: ExtractedSkill, evidence: [String: SkillEvidence], taxonomy: Taxonomy
    ) -> RequirementMatch {
        let strongest = skill.mentions.first { $0.level == skill.level } ?? skill.mentions[0]
        var match = RequirementMatch(
            id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, level: skill.level,
            yearsAsked: skill.years, group: skill.group, sentence: strongest.sentence, status: .missing, basis: nil,
            through: nil, resumeYears: nil, evidence: [], relatedSkills: [], note: "", weight: Scoring.weight(skill),
            credit: 0, gain: 0)
        if let shown = evidence[skill.id] {
            if shown.isExplicit {
                let asked = Set(skill.mentions.map { $0.text.lowercased() })
                match.basis = shown.places.contains { asked.contains($0.text.lowercased()) } ? .exact : .alias
                match.evidence = shown.places
                match.note = match.basis == .exact ? "named" : "named as \"\(shown.places[0].text)\""
            } else {
                match.basis = .implied
                let sources = shown.impliedBy.compactMap { evidence[$0] }
                match.through = sources.map(\.name).joined(separator: ", ")
                match.evidence = sources.flatMap(\.places)
                match.note = "implied by \(match.through ?? "")"
            }
            let outcome = Scoring.credit(for: skill, shown: shown)
            match.resumeYears = shown.months > 0 || shown.statedYears != nil ? (shown.years * 10).rounded() / 10 : nil
            match.status = outcome.status
            match.credit = outcome.credit
            if let yearsNote = outcome.yearsNote { match.note += "; " + yearsNote }
            return match
        }
        let siblings = Set(taxonomy[skill.id]?.related ?? [])
        let related = evidence.values.filter { candidate in
            candidate.isExplicit
                && (siblings.contains(candidate.id) || taxonomy[candidate.id]?.related.contains(skill.id) == true)
        }.sorted { $0.name < $1.name }
        if !related.isEmpty {
            match.status = .related
            match.relatedSkills = related.map(\.name)
            match.evidence = related.flatMap(\.places)
            match.credit = Scoring.relatedCredit
            match.note = "transferable from " + match.relatedSkills.joined(separator: ", ")
        } else {
            match.note = "not in the resume"
        }
        return match
    }
}
