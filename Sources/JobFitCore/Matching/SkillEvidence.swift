/// One place in a resume that shows a skill.
public struct EvidencePlace: Codable, Sendable, Equatable {
    /// The JSON path of the field (`work[1].highlights[0]`).
    public var path: String
    /// What kind of place it is.
    public var kind: EvidenceKind
    /// The words as written in the resume.
    public var text: String
    /// UTF-8 offset of `text` in the field's value.
    public var start: Int
    /// UTF-8 offset just past `text` in the field's value.
    public var end: Int
    /// The field's whole value, for showing the words in their context.
    public var field: String
}

/// Everything a resume shows about one skill.
public struct SkillEvidence: Codable, Sendable, Equatable {
    /// The taxonomy id.
    public var id: String
    /// The usual name.
    public var name: String
    /// Hard, soft, certification or education.
    public var kind: Skill.Kind
    /// The taxonomy category.
    public var category: String
    /// Whether the resume names the skill itself; `false` when only implied (Django ⇒ Python).
    public var isExplicit: Bool
    /// The skills named in the resume that imply this one, by id.
    public var impliedBy: [String]
    /// Where the resume names it (empty when only implied), strongest kind of place first.
    public var places: [EvidencePlace]
    /// When it was last used: the end of the latest role that uses it (the `asOf` date for a
    /// current one), or the date of a certificate or degree that names it.
    public var lastUsed: ResumeDate?
    /// Months of the roles, projects and volunteering that use it (or a skill implying it),
    /// overlapping periods counted once.
    public var months: Int
    /// Years the resume states in words ("6 years of Python"), when it does.
    public var statedYears: Double?

    /// Years of use: the months of dated roles, or the years stated, whichever is more.
    public var years: Double {
        max(Double(months) / 12, statedYears ?? 0)
    }
}

/// Finds every skill a resume supports, with where, when and for how long.
public struct EvidenceCollector: Sendable {
    /// The extractor (and so the taxonomy) used on the resume's text.
    public let extractor: SkillExtractor

    /// Creates a collector over an extractor.
    public init(extractor: SkillExtractor = SkillExtractor()) {
        self.extractor = extractor
    }

    /// The evidence for every skill `resume` names or implies, explicit skills first, in the
    /// order the resume first names them; `asOf` is the date that closes current roles.
    public func evidence(in resume: Resume, asOf: ResumeDate) -> [SkillEvidence] {
        let layout = ResumeText(resume: resume, asOf: asOf)
        let extraction = extractor.extract(layout.posting)
        let taxonomy = extractor.matcher.taxonomy
        var evidence: [SkillEvidence] = []
        var spansBySkill: [String: [MonthSpan]] = [:]
        var position: [String: Int] = [:]
        for skill in extraction.skillsAndBroadAreas {
            var places: [(place: EvidencePlace, date: Int)] = []
            var spans: [MonthSpan] = []
            var lastUsed: ResumeDate?
            for mention in skill.mentions {
                guard let field = layout.field(at: mention.start) else { continue }
                let place = EvidencePlace(
                    path: field.path, kind: field.kind, text: mention.text, start: mention.start - field.start,
                    end: mention.end - field.start, field: field.text)
                places.append((place, field.date?.monthIndex ?? 0))
                if field.kind.showsUse, let span = field.span { spans.append(span) }
                if let date = field.date, field.kind != .skills { lastUsed = max(lastUsed ?? date, date) }
            }
            guard !places.isEmpty else { continue }
            // Strongest kind of place first, then the most recent, then resume order.
            let ordered = places.enumerated().sorted { left, right in
                let (one, other) = (left.element, right.element)
                if one.place.kind != other.place.kind { return one.place.kind < other.place.kind }
                return one.date != other.date ? one.date > other.date : left.offset < right.offset
            }.map(\.element.place)
            position[skill.id] = evidence.count
            spansBySkill[skill.id] = spans
            evidence.append(
                SkillEvidence(
                    id: skill.id, name: skill.name, kind: skill.kind, category: skill.category, isExplicit: true,
                    impliedBy: [], places: ordered, lastUsed: lastUsed, months: MonthSpan.mergedCount(spans),
                    statedYears: skill.years?.min))
        }
        // Implications: the implied skill gets the implying skill's use (Django's roles use Python).
        for index in evidence.indices where evidence[index].isExplicit {
            let source = evidence[index]
            for impliedID in taxonomy.implications(of: source.id) {
                guard let implied = taxonomy[impliedID] else { continue }
                let target = position[impliedID] ?? evidence.count
                if target == evidence.count {
                    position[impliedID] = target
                    evidence.append(
                        SkillEvidence(
                            id: implied.id, name: implied.name, kind: implied.kind, category: implied.category,
                            isExplicit: false, impliedBy: [], places: [], lastUsed: nil, months: 0, statedYears: nil))
                }
                evidence[target].impliedBy.append(source.id)
                spansBySkill[impliedID, default: []] += spansBySkill[source.id] ?? []
                if let date = source.lastUsed {
                    evidence[target].lastUsed = max(evidence[target].lastUsed ?? date, date)
                }
            }
        }
        for index in evidence.indices {
            evidence[index].months = MonthSpan.mergedCount(spansBySkill[evidence[index].id] ?? [])
        }
        return evidence
    }
}
