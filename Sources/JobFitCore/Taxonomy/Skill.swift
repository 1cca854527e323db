/// A skill in the taxonomy: what a person can put on a resume and a posting can ask for.
public struct Skill: Equatable, Sendable, Codable {
    /// What sort of skill it is.
    public enum Kind: String, Codable, Sendable, CaseIterable, Equatable {
        /// A technology, tool, method or domain skill.
        case hard
        /// An interpersonal or cognitive skill.
        case soft
        /// A named certificate or licence.
        case certification
        /// A degree or field of study.
        case education
    }

    /// Stable identifier, lowercase (`python`, `csharp`, `aws-lambda`).
    public var id: String
    /// The usual name, as a resume would list it.
    public var name: String
    /// What sort of skill it is.
    public var kind: Kind
    /// The category (`language`, `framework`, `database`, `soft-skill`, …).
    public var category: String
    /// Other spellings; the name itself is matched too unless an alias with the same text
    /// overrides it (to make it case-sensitive or context-bound).
    public var aliases: [SkillAlias]
    /// Skills that having this one necessarily means having (Django ⇒ Python).
    public var implies: [String]
    /// Sibling skills (MySQL ~ PostgreSQL), shown as transferable.
    public var related: [String]

    /// An umbrella area rather than a skill a posting asks for ("software development").
    ///
    /// Found, but listed apart from the skills (``Extraction/broad``).
    public var broad: Bool

    /// Creates a skill.
    public init(
        id: String, name: String, kind: Kind, category: String, aliases: [SkillAlias] = [], implies: [String] = [],
        related: [String] = [], broad: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.category = category
        self.aliases = aliases
        self.implies = implies
        self.related = related
        self.broad = broad
    }

    /// Every surface form matched for this skill: the name (unless overridden) and the aliases.
    ///
    /// When a case-sensitive alias overrides a capitalised name in another case (".Net" for
    /// ".NET"), the name still matches as written, under the same context.
    public var matchForms: [SkillAlias] {
        let lowercasedName = name.lowercased()
        let overriding = aliases.filter { $0.text.lowercased() == lowercasedName }
        guard let rule = overriding.first else { return [SkillAlias(name)] + aliases }
        // A lowercase name overridden by a capitalised alias ("training" by "Training") stays out:
        // that is how a curator keeps an ordinary word from matching.
        if rule.caseSensitive, name != lowercasedName, !overriding.contains(where: { $0.text == name }) {
            return aliases + [
                SkillAlias(name, caseSensitive: true, context: rule.context, unambiguous: rule.unambiguous)
            ]
        }
        return aliases
    }
}

/// One surface form of a skill, with the rule that makes it count.
public struct SkillAlias: Equatable, Sendable, Codable, Hashable {
    /// Where an ambiguous alias must stand to count.
    public enum Context: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
        /// Near other technical skills, a version number, or words like "programming" and "language".
        case tech
        /// Near office software (Microsoft, Office, spreadsheets…).
        case office
        /// Inside a list of programming languages.
        case languageList = "language-list"
    }

    /// The form as written.
    public var text: String
    /// Match only in exactly this case ("Go", not "go").
    public var caseSensitive: Bool
    /// Count only in this context; otherwise the hit is reported as unsure.
    public var context: Context?
    /// A curator checked that this ordinary English word means the skill wherever postings use it
    /// ("welding", "phlebotomy"), so it needs no case or context rule.
    public var unambiguous: Bool

    /// Creates an alias.
    public init(_ text: String, caseSensitive: Bool = false, context: Context? = nil, unambiguous: Bool = false) {
        self.text = text
        self.caseSensitive = caseSensitive
        self.context = context
        self.unambiguous = unambiguous
    }
}
