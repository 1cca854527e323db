import Foundation

/// Requirements that are not skills and can rule a person out: a degree, a certification,
/// overall years, work authorisation, a clearance, being on site.
enum KnockOuts {
    /// Degree ranks by taxonomy id: a higher degree meets a lower one's requirement.
    static let degreeRanks: [String: Int] = [
        "high-school-diploma": 1, "ged": 1, "associate-degree": 2, "bachelors-degree": 3, "masters-degree": 4,
        "mba": 4, "doctoral-degree": 5, "professional-doctorate": 5,
    ]

    /// Phrases (lowercased) that make a sentence a requirement of each kind the resume can't answer.
    static let cues: [(KnockOut.Kind, [String])] = [
        (
            .workAuthorization,
            [
                "authorized to work", "authorization to work", "work authorization", "eligible to work",
                "right to work", "visa sponsorship", "sponsorship", "u.s. citizen", "us citizen", "citizenship",
                "work permit",
            ]
        ),
        (
            .clearance,
            ["security clearance", "secret clearance", "top secret", "ts/sci", "clearance", "public trust"]
        ),
        (
            .location,
            [
                "on-site", "onsite", "on site", "in-office", "in office", "in-person", "in person", "relocate",
                "relocation", "must reside", "commutable", "commuting distance",
            ]
        ),
    ]

    static func find(
        posting: JobPosting, extraction: Extraction, evidence: [String: SkillEvidence], resume: Resume,
        layout: ResumeText, experienceYears: Double
    ) -> [KnockOut] {
        var knockOuts: [KnockOut] = []

        if let degree = degreeRequirement(in: extraction) {
            let asked = degree.rank
            let held = degreeRank(evidence: evidence.values, resume: resume)
            let heldName =
                evidence.values.filter { $0.isExplicit && degreeRanks[$0.id] == held }.map(\.name).first
                ?? resume.education.first { $0.studyType.flatMap(studyTypeRank) == held }?.studyType
            let acceptsExperience = degree.acceptsExperience
            let status: KnockOut.Status = held >= asked ? .met : acceptsExperience ? .check : .notMet
            let detail =
                held >= asked
                ? "the resume shows \(heldName ?? "it")"
                : acceptsExperience
                    ? "no such degree in the resume; the posting accepts equivalent experience"
                    : "no such degree in the resume"
            knockOuts.append(
                KnockOut(
                    kind: .degree, requirement: degree.requirement, sentence: degree.sentence,
                    status: status, detail: detail))
        }

        for certification in requiredCertifications(in: extraction) {
            let shown = evidence[certification.id]
            knockOuts.append(
                KnockOut(
                    kind: .certification, requirement: certification.name,
                    sentence: certification.mentions.first { $0.level == .required }?.sentence ?? "",
                    status: shown != nil ? .met : .notMet,
                    detail: shown.map { "the resume shows it at \($0.places.first?.path ?? "an implied skill")" }
                        ?? "not in the resume"))
        }

        if let years = overallYears(posting: posting, extraction: extraction) {
            let sentence = posting.blocks.first { block in
                let lowered = block.text.lowercased()
                return lowered.contains("year") && lowered.contains(Scoring.format(years))
            }
            let met = experienceYears >= years
            knockOuts.append(
                KnockOut(
                    kind: .experience, requirement: "\(Scoring.format(years))+ years", sentence: sentence?.text ?? "",
                    status: met ? .met : .notMet,
                    detail: "the resume's dated roles cover \(Scoring.format(experienceYears)) years"))
        }

        let resumeText = layout.posting.text.lowercased()
        for (kind, phrases) in cues {
            guard
                let block = posting.blocks.first(where: { block in
                    let lowered = block.text.lowercased()
                    return phrases.contains { lowered.contains($0) }
                })
            else { continue }
            let mentioned = kind == .clearance && resumeText.contains("clearance")
            knockOuts.append(
                KnockOut(
                    kind: kind, requirement: requirementName(kind), sentence: block.text,
                    status: mentioned ? .met : .check,
                    detail: mentioned
                        ? "the resume mentions a clearance" : "the resume can't tell; answer it in the application"))
        }
        return knockOuts
    }

    /// The degree a posting requires: the lowest-ranked of its required degrees ("Bachelor's or
    /// Master's" asks for a Bachelor's), and whether its sentence accepts equivalent experience.
    static func degreeRequirement(
        in extraction: Extraction
    ) -> (requirement: String, rank: Int, sentence: String, acceptsExperience: Bool)? {
        let degrees = extraction.skills.filter { $0.level == .required }.compactMap { skill in
            degreeRanks[skill.id].map { (skill, rank: $0) }
        }
        guard let (lowest, rank) = degrees.min(by: { $0.rank < $1.rank }) else { return nil }
        let sentence = lowest.mentions.first { $0.level == .required }?.sentence ?? ""
        return (
            degrees.map(\.0.name).joined(separator: " or "), rank, sentence,
            sentence.lowercased().contains("equivalent")
        )
    }

    /// The highest degree a resume shows: named degree skills, or `education[].studyType`.
    static func degreeRank(evidence: some Sequence<SkillEvidence>, resume: Resume) -> Int {
        let named = evidence.filter(\.isExplicit).compactMap { degreeRanks[$0.id] }
        let studied = resume.education.compactMap { $0.studyType.flatMap(studyTypeRank) }
        return (named + studied).max() ?? 0
    }

    /// The certifications a posting requires.
    static func requiredCertifications(in extraction: Extraction) -> [ExtractedSkill] {
        extraction.skills.filter { $0.level == .required && $0.kind == .certification }
    }

    /// The overall years a posting asks for: in its text, or schema.org `monthsOfExperience`.
    static func overallYears(posting: JobPosting, extraction: Extraction) -> Double? {
        extraction.experienceYears?.min ?? posting.metadata.monthsOfExperience.map { $0 / 12 }
    }

    /// The rank of a JSON Resume `studyType` written in short ("Bachelor", "BSc.", "Masters", "Ph.D.").
    static func studyTypeRank(_ studyType: String) -> Int? {
        let words = Set(
            studyType.lowercased().replacingOccurrences(of: ".", with: "").split { !$0.isLetter }.map(String.init))
        let ranks: [(Int, Set<String>)] = [
            (5, ["phd", "doctorate", "doctor", "doctoral", "dphil", "edd", "md", "jd"]),
            (4, ["master", "masters", "msc", "ms", "ma", "mba", "meng", "mphil"]),
            (
                3,
                [
                    "bachelor", "bachelors", "bsc", "bs", "ba", "beng", "btech", "undergraduate", "licence",
                    "licenciatura",
                ]
            ),
            (2, ["associate", "associates", "aas"]),
            (1, ["diploma", "ged", "high"]),
        ]
        return ranks.first { !$0.1.isDisjoint(with: words) }?.0
    }

    private static func requirementName(_ kind: KnockOut.Kind) -> String {
        switch kind {
        case .workAuthorization: "work authorisation"
        case .clearance: "security clearance"
        case .location: "on-site or location"
        case .degree: "degree"
        case .certification: "certification"
        case .experience: "years of experience"
        }
    }
}
