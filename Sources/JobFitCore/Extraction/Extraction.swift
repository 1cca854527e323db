/// How strongly a posting asks for a skill.
public enum RequirementLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// In a requirements part, or phrased as a requirement ("must", "required", "at least").
    case required
    /// Nice to have: preferred, a plus, bonus, desirable.
    case preferred
    /// Anywhere else: duties, the team's stack, prose.
    case mentioned

    private var strength: Int {
        switch self {
        case .required: 2
        case .preferred: 1
        case .mentioned: 0
        }
    }

    /// Orders by strength: `mentioned < preferred < required`.
    public static func < (lhs: RequirementLevel, rhs: RequirementLevel) -> Bool {
        lhs.strength < rhs.strength
    }
}

/// A span of years ("3+ years": min 3; "5-7 years": min 5, max 7).
public struct YearsRange: Codable, Sendable, Equatable {
    /// The lower bound.
    public var min: Double?
    /// The upper bound, when one was stated.
    public var max: Double?

    /// Creates a range.
    public init(min: Double?, max: Double? = nil) {
        self.min = min
        self.max = max
    }
}

/// One place where a skill appears in a posting.
public struct SkillMention: Codable, Sendable, Equatable {
    /// The text exactly as it appears in ``JobPosting/text``.
    public var text: String
    /// UTF-8 offset of the first byte in ``JobPosting/text``.
    public var start: Int
    /// UTF-8 offset just past the last byte in ``JobPosting/text``.
    public var end: Int
    /// The kind of the section it appears in.
    public var section: SectionKind
    /// The sentence it appears in.
    public var sentence: String
    /// The level this mention alone gives.
    public var level: RequirementLevel

    /// Creates a mention.
    public init(text: String, start: Int, end: Int, section: SectionKind, sentence: String, level: RequirementLevel) {
        self.text = text
        self.start = start
        self.end = end
        self.section = section
        self.sentence = sentence
        self.level = level
    }
}

/// A skill found in a posting, with everything the posting says about it.
public struct ExtractedSkill: Codable, Sendable, Equatable {
    /// The taxonomy id.
    public var id: String
    /// The usual name.
    public var name: String
    /// Hard, soft, certification or education.
    public var kind: Skill.Kind
    /// The taxonomy category.
    public var category: String
    /// The strongest level of any mention.
    public var level: RequirementLevel
    /// Years of experience asked for with this skill, when stated.
    public var years: YearsRange?
    /// The either-or group ("Java, Kotlin or Scala") this skill belongs to; any member satisfies it.
    public var group: String?
    /// Skills this one implies (Django ⇒ Python), from the taxonomy.
    public var implied: [String]
    /// Every mention, in reading order.
    public var mentions: [SkillMention]

    /// Creates an extracted skill.
    public init(
        id: String, name: String, kind: Skill.Kind, category: String, level: RequirementLevel, years: YearsRange?,
        group: String?, implied: [String], mentions: [SkillMention]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.category = category
        self.level = level
        self.years = years
        self.group = group
        self.implied = implied
        self.mentions = mentions
    }
}

/// What `jobfit extract` finds in one posting.
public struct Extraction: Codable, Sendable, Equatable {
    /// The version of this JSON form (see `docs/formats.md`).
    public static let schemaVersion = 1

    /// Where the posting came from.
    public var source: String
    /// The posting's title.
    public var title: String?
    /// The taxonomy's version.
    public var taxonomyVersion: String
    /// Years of experience asked for the role overall, when stated.
    public var experienceYears: YearsRange?
    /// The skills found, required first, then preferred, then mentioned; by first mention within each.
    public var skills: [ExtractedSkill]
    /// Hits that need a context the text does not give ("Go" with nothing technical near it): not counted.
    public var unsure: [ExtractedSkill]
    /// Umbrella areas the posting names ("software development", "web development"), listed apart
    /// from `skills` as the label guideline treats them; matching still scores them
    /// (``skillsAndBroadAreas``).
    public var broad: [ExtractedSkill]

    /// Creates an extraction.
    public init(
        source: String, title: String?, taxonomyVersion: String, experienceYears: YearsRange?, skills: [ExtractedSkill],
        unsure: [ExtractedSkill], broad: [ExtractedSkill] = []
    ) {
        self.source = source
        self.title = title
        self.taxonomyVersion = taxonomyVersion
        self.experienceYears = experienceYears
        self.skills = skills
        self.unsure = unsure
        self.broad = broad
    }

    /// The skills and the broad areas together, in the skills' order (stronger level first, then
    /// first mention): what matching scores, so that "4 years of backend development" is still
    /// asked of a resume.
    public var skillsAndBroadAreas: [ExtractedSkill] {
        guard !broad.isEmpty else { return skills }
        var merged: [ExtractedSkill] = []
        merged.reserveCapacity(skills.count + broad.count)
        var next = 0
        func comesFirst(_ left: ExtractedSkill, _ right: ExtractedSkill) -> Bool {
            if left.level != right.level { return left.level > right.level }
            return (left.mentions.first?.start ?? 0) < (right.mentions.first?.start ?? 0)
        }
        let areas = broad.sorted(by: comesFirst)
        for skill in skills {
            while next < areas.count, comesFirst(areas[next], skill) {
                merged.append(areas[next])
                next += 1
            }
            merged.append(skill)
        }
        merged.append(contentsOf: areas[next...])
        return merged
    }
}
