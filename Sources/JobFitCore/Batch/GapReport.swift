public import Foundation

/// How many postings ask for one skill, and how one resume answers them.
///
/// Each posting counts once, at the strongest level it asks for the skill (as
/// ``ExtractedSkill/level``); skills found only in perks, legal text or how-to-apply are not asked
/// for (as in the score, `docs/scoring.md`).
public struct SkillDemand: Codable, Sendable, Equatable {
    /// The taxonomy id.
    public var id: String
    /// The usual name.
    public var name: String
    /// Hard, soft or certification.
    public var kind: Skill.Kind
    /// The taxonomy category.
    public var category: String
    /// Postings that require it.
    public var required = 0
    /// Postings that prefer it (and do not require it).
    public var preferred = 0
    /// Postings that only mention it.
    public var mentioned = 0
    /// The sum of its weights (level × kind, `docs/scoring.md`) over the postings that ask for it.
    public var demand = 0.0
    /// Postings where the resume shows it fully (named or implied, with the years asked).
    public var matched = 0
    /// Postings where the resume shows it with fewer years than asked.
    public var partial = 0
    /// Postings where the resume shows only a sibling skill.
    public var related = 0
    /// Postings where nothing in the resume answers it.
    public var missing = 0
    /// The sum of its weights over the postings where the resume lacks it (related or missing).
    public var lackingDemand = 0.0
    /// Score points, summed over every posting, the resume would gain by showing it fully.
    public var gain = 0.0

    /// Creates an empty tally for a skill.
    public init(id: String, name: String, kind: Skill.Kind, category: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.category = category
    }

    /// Postings that ask for it at any level.
    public var asked: Int { required + preferred + mentioned }

    /// Postings where the resume lacks it: related-only or missing.
    public var lacking: Int { related + missing }

    /// "required in 12 of 40 postings, preferred in 3": how often and how strongly it is asked.
    public func demandPhrase(of postings: Int) -> String {
        var parts: [String] = []
        for (count, level) in [(required, "required"), (preferred, "preferred"), (mentioned, "mentioned")]
        where count > 0 {
            parts.append(
                parts.isEmpty
                    ? "\(level) in \(count) of \(postings) posting\(postings == 1 ? "" : "s")" : "\(level) in \(count)")
        }
        return parts.joined(separator: ", ")
    }
}

/// One posting's score for a resume, for ranking postings (or, in a cohort, the best client).
public struct PostingFit: Codable, Sendable, Equatable {
    /// Where the posting came from.
    public var job: String
    /// The posting's title.
    public var title: String?
    /// The hiring organisation.
    public var company: String?
    /// The resume scored (in a cohort report).
    public var resume: String?
    /// The person's name, when the resume gives it (in a cohort report).
    public var candidate: String?
    /// The score, 0–100, as `jobfit match`.
    public var score: Int
    /// The potential score, as `jobfit match`.
    public var potentialScore: Int
}

/// An input a gap report could not read.
public struct GapError: Codable, Sendable, Equatable {
    /// `resume` or `job`.
    public var side: String
    /// The path or JSON Lines `id`.
    public var input: String
    /// The one-sentence message.
    public var message: String

    init(_ failure: BatchFailure) {
        side = failure.side.rawValue
        input = failure.input
        message = failure.message
    }
}

/// What `jobfit gaps RESUME JOB…` says: across many postings, the skills a resume lacks, the
/// ones that would raise the most scores, and the ones already strong.
///
/// Broad areas (skills the taxonomy marks `broad`: "software development", "cloud computing")
/// are scored like any skill but kept out of those three lists, in ``broadAreas``: a resume
/// answers them through specific skills, so ranking them beside Java or SQL tells the reader
/// nothing to act on.
public struct GapReport: Codable, Sendable, Equatable {
    /// The version of this JSON form (see `docs/formats.md`).
    public static let schemaVersion = 1

    /// Where the resume came from.
    public var resume: String
    /// The person's name, when the resume gives it.
    public var candidate: String?
    /// The date current roles were counted to (`YYYY-MM`).
    public var asOf: String
    /// The taxonomy's version.
    public var taxonomyVersion: String
    /// Postings read, each scored: all of them, even when ``fits`` lists only the best.
    public var postings: Int
    /// The mean score over the postings, one decimal.
    public var averageScore: Double
    /// The mean potential score, one decimal.
    public var averagePotentialScore: Double
    /// Specific skills the resume lacks (related-only or missing) in at least one posting, most
    /// demand where lacking first (then most postings requiring it, then by name).
    public var lacking: [SkillDemand]
    /// Specific skills with points to gain, most points summed over all postings first (then by
    /// name): missing ones, partial ones (years), implied ones (stating them raises the score).
    public var gains: [SkillDemand]
    /// Specific skills the resume shows fully in every posting that asks for them, most demand
    /// first.
    public var strong: [SkillDemand]
    /// Every broad area the postings ask for, lacking or not, with the same counts as the skills:
    /// most demand first (then most postings requiring it, then by name).
    public var broadAreas: [SkillDemand]
    /// The best postings (``GapAnalyzer/fitLimit`` of them at most), best score first (then the
    /// better potential, then input order); ``postings`` counts them all.
    public var fits: [PostingFit]
    /// Postings that could not be read.
    public var errors: [GapError]

    /// The report as JSON for `jobfit gaps --format json` (documented in `docs/formats.md`).
    public func jsonData() throws -> Data {
        try VersionedJSON.encode(self, schemaVersion: Self.schemaVersion)
    }
}

/// A skill the postings ask for, and how many clients of a cohort lack it.
public struct CohortSkill: Codable, Sendable, Equatable {
    /// The taxonomy id.
    public var id: String
    /// The usual name.
    public var name: String
    /// The taxonomy category.
    public var category: String
    /// Postings that require it.
    public var required: Int
    /// Postings that prefer it.
    public var preferred: Int
    /// Postings that only mention it.
    public var mentioned: Int
    /// The sum of its weights over the postings that ask for it.
    public var demand: Double
    /// The clients (resumes) that lack it in at least one posting asking for it, in input order.
    public var lackingClients: [String]
    /// The sum, over those clients, of the demand where each lacks it: the ranking key.
    public var weightedDemand: Double
}

/// One client of a cohort: their best postings and the skills they lack most.
public struct CohortClient: Codable, Sendable, Equatable {
    /// Where the resume came from.
    public var resume: String
    /// The person's name, when the resume gives it.
    public var candidate: String?
    /// The mean score over the postings, one decimal.
    public var averageScore: Double
    /// The best postings for this client (up to three), best first.
    public var bestFits: [PostingFit]
    /// The skills this client lacks with the most demand (up to five), by name.
    public var topGaps: [String]
}

/// What `jobfit gaps --resumes DIR JOB…` says to a coach: the skills missing across clients,
/// and which client fits which posting best; broad areas apart, as in ``GapReport``.
public struct CohortReport: Codable, Sendable, Equatable {
    /// The version of this JSON form (see `docs/formats.md`).
    public static let schemaVersion = 1

    /// The date current roles were counted to (`YYYY-MM`).
    public var asOf: String
    /// The taxonomy's version.
    public var taxonomyVersion: String
    /// Resumes (clients) read.
    public var resumes: Int
    /// Postings read.
    public var postings: Int
    /// Specific skills lacked by at least one client, largest weighted demand first (then most
    /// clients, then by name).
    public var skills: [CohortSkill]
    /// Every broad area the postings ask for (see ``GapReport/broadAreas``), with the same counts
    /// as ``skills`` (no lacking client when none lacks it), ranked as they are.
    public var broadAreas: [CohortSkill]
    /// Every client, in input order.
    public var clients: [CohortClient]
    /// Every posting, in input order, with the client who fits it best (`resume`, `candidate`;
    /// the first in input order on a tie; none when every client scores 0).
    public var postingFits: [PostingFit]
    /// Inputs that could not be read.
    public var errors: [GapError]

    /// The report as JSON for `jobfit gaps --resumes … --format json` (documented in `docs/formats.md`).
    public func jsonData() throws -> Data {
        try VersionedJSON.encode(self, schemaVersion: Self.schemaVersion)
    }
}

// `broadAreas` was added to schema version 1 (new keys may be added without raising it,
// docs/formats.md), so a report written before it must still decode: with no broad areas.

extension GapReport {
    /// Decodes the JSON form of `jobfit gaps --format json`; a report written before
    /// ``broadAreas`` existed decodes with none.
    ///
    /// - Throws: `DecodingError` when a key other than `broadAreas` is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        resume = try container.decode(String.self, forKey: .resume)
        candidate = try container.decodeIfPresent(String.self, forKey: .candidate)
        asOf = try container.decode(String.self, forKey: .asOf)
        taxonomyVersion = try container.decode(String.self, forKey: .taxonomyVersion)
        postings = try container.decode(Int.self, forKey: .postings)
        averageScore = try container.decode(Double.self, forKey: .averageScore)
        averagePotentialScore = try container.decode(Double.self, forKey: .averagePotentialScore)
        lacking = try container.decode([SkillDemand].self, forKey: .lacking)
        gains = try container.decode([SkillDemand].self, forKey: .gains)
        strong = try container.decode([SkillDemand].self, forKey: .strong)
        broadAreas = try container.decodeIfPresent([SkillDemand].self, forKey: .broadAreas) ?? []
        fits = try container.decode([PostingFit].self, forKey: .fits)
        errors = try container.decode([GapError].self, forKey: .errors)
    }
}

extension CohortReport {
    /// Decodes the JSON form of `jobfit gaps --resumes … --format json`; a report written before
    /// ``broadAreas`` existed decodes with none.
    ///
    /// - Throws: `DecodingError` when a key other than `broadAreas` is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try container.decode(String.self, forKey: .asOf)
        taxonomyVersion = try container.decode(String.self, forKey: .taxonomyVersion)
        resumes = try container.decode(Int.self, forKey: .resumes)
        postings = try container.decode(Int.self, forKey: .postings)
        skills = try container.decode([CohortSkill].self, forKey: .skills)
        broadAreas = try container.decodeIfPresent([CohortSkill].self, forKey: .broadAreas) ?? []
        clients = try container.decode([CohortClient].self, forKey: .clients)
        postingFits = try container.decode([PostingFit].self, forKey: .postingFits)
        errors = try container.decode([GapError].self, forKey: .errors)
    }
}
