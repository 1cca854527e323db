/// How well a resume answers one requirement of a posting.
public enum MatchStatus: String, Codable, Sendable, CaseIterable {
    /// The resume shows the skill (named, or implied by a skill it names).
    case matched
    /// The resume shows the skill, but fewer years than asked.
    case partial
    /// The resume shows only a sibling skill (MySQL for PostgreSQL): transferable.
    case related
    /// Nothing in the resume answers it.
    case missing
}

/// Why a requirement counts as matched.
public enum MatchBasis: String, Codable, Sendable {
    /// The resume uses the posting's own words.
    case exact
    /// The resume names the skill another way (Postgres for PostgreSQL).
    case alias
    /// The resume names a skill that implies it (Django ⇒ Python).
    case implied
    /// Another member of its either-or group is matched ("Java, Kotlin or Scala").
    case alternative
}

/// One skill the posting asks for, and what the resume shows for it.
public struct RequirementMatch: Codable, Sendable, Equatable {
    /// The taxonomy id.
    public var id: String
    /// The usual name.
    public var name: String
    /// Hard, soft or certification.
    public var kind: Skill.Kind
    /// The taxonomy category.
    public var category: String
    /// How strongly the posting asks for it.
    public var level: RequirementLevel
    /// Years the posting asks for, when it says.
    public var yearsAsked: YearsRange?
    /// The either-or group it belongs to, when any.
    public var group: String?
    /// The posting's sentence that asks for it (its strongest mention).
    public var sentence: String
    /// The outcome.
    public var status: MatchStatus
    /// Why it is matched (or partly matched), when it is.
    public var basis: MatchBasis?
    /// The skill that implies it, or the group member that stands in for it, by name.
    public var through: String?
    /// Years the resume shows for it, when it shows it.
    public var resumeYears: Double?
    /// The resume's places that answer it (for a related or implied match, the sibling's or implying skill's).
    public var evidence: [EvidencePlace]
    /// Sibling skills the resume shows, by name (for `related`).
    public var relatedSkills: [String]
    /// One line for people: "3 of the 5 years asked", "implied by Django".
    public var note: String
    /// Its share of the score's denominator (level × kind weight; an either-or group counts once).
    public var weight: Double
    /// The credit earned, from 0 to 1.
    public var credit: Double
    /// Points the score would gain if the resume fully showed it (0 when it already does).
    public var gain: Double
}

/// Something a posting requires that is not a skill and can rule a person out.
public struct KnockOut: Codable, Sendable, Equatable {
    /// The kind of requirement.
    public enum Kind: String, Codable, Sendable {
        case degree
        case certification
        case experience
        case workAuthorization
        case clearance
        case location
    }

    /// Whether the resume meets it.
    public enum Status: String, Codable, Sendable {
        case met
        case notMet
        /// The resume cannot say: a question for the person.
        case check
    }

    /// The kind of requirement.
    public var kind: Kind
    /// What is asked, in short ("Bachelor's degree", "5+ years").
    public var requirement: String
    /// The posting's sentence.
    public var sentence: String
    /// The outcome.
    public var status: Status
    /// What the resume shows, or what to check.
    public var detail: String
}

/// An ATS-style check of the resume itself.
public struct SearchabilityCheck: Codable, Sendable, Equatable {
    /// The outcome of a check.
    public enum Status: String, Codable, Sendable {
        case pass
        case warn
        case fail
    }

    /// A stable name (`contact`, `headings`, `dates`, `length`, `job-title`, `measurable-results`).
    public var id: String
    /// The outcome.
    public var status: Status
    /// What was found, in one line.
    public var message: String
    /// The places to fix (JSON paths), when any.
    public var places: [String]
}

/// How much of one category (or level) of requirements the resume covers.
public struct Coverage: Codable, Sendable, Equatable {
    /// The category or level.
    public var name: String
    /// Requirements counted.
    public var total: Int
    /// Matched (or partly matched) ones.
    public var matched: Int
    /// Related-only ones.
    public var related: Int
    /// Missing ones.
    public var missing: Int
    /// The weighted share earned, from 0 to 1.
    public var share: Double
}

/// What `jobfit match` says about one resume against one posting.
public struct MatchReport: Codable, Sendable, Equatable {
    /// The version of this JSON form (see `docs/formats.md`).
    public static let schemaVersion = 1

    /// Where the resume came from.
    public var resume: String
    /// The person's name, when the resume gives it.
    public var candidate: String?
    /// Where the posting came from.
    public var posting: String
    /// The posting's title.
    public var title: String?
    /// The hiring organisation.
    public var company: String?
    /// The date current roles were counted to (`YYYY-MM`).
    public var asOf: String
    /// The taxonomy's version.
    public var taxonomyVersion: String
    /// The fit, 0–100 (see `docs/scoring.md`).
    public var score: Int
    /// The score if every requirement the resume supports but does not state were stated.
    public var potentialScore: Int
    /// Years of work the resume shows (dated roles, overlaps counted once).
    public var experienceYears: Double
    /// Every requirement, strongest level first, in the posting's order within a level.
    public var requirements: [RequirementMatch]
    /// Degree, certification, years, authorisation, clearance and location requirements.
    public var knockOuts: [KnockOut]
    /// ATS-style checks of the resume.
    public var checks: [SearchabilityCheck]
    /// Coverage by level (required, preferred, mentioned).
    public var levels: [Coverage]
    /// Coverage by category, largest first.
    public var categories: [Coverage]
    /// Resume skills the posting does not ask for (explicit ones), strongest evidence first.
    public var otherSkills: [String]
}
