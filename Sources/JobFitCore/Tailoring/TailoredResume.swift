import Foundation

/// One change the tailoring made to the master resume, with its reason.
public struct TailorChange: Codable, Sendable, Equatable {
    /// What kind of change.
    public enum Kind: String, Codable, Sendable {
        /// Items moved (skills, highlights, projects), nothing removed.
        case reordered
        /// A skill written the posting's way (Postgres → PostgreSQL).
        case respelled
        /// A summary variant chosen from `meta.jobfit.summaries`.
        case chosen
        /// A skill the resume supports but did not state, added to its skills.
        case added
        /// An item left out to keep within the page budget.
        case removed
    }

    /// What kind of change.
    public var kind: Kind
    /// The JSON path in the master resume the change is about (`work[0].highlights`).
    public var path: String
    /// What changed, in words.
    public var detail: String
    /// Why.
    public var reason: String

    public init(kind: Kind, path: String, detail: String, reason: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
        self.reason = reason
    }
}

/// A resume tailored to a posting, and what was done to get it.
public struct TailoredResume: Sendable {
    /// The tailored variant: a JSON Resume that can be rendered, kept and edited.
    public var resume: Resume
    /// Every change, in the order made.
    public var changes: [TailorChange]
    /// The skills added because the resume supports them without stating them (the only additions).
    public var additions: [String]
    /// The posting's spellings used for skills the resume names another way (they are the same
    /// skill, so the fact check accepts them).
    public var respellings: [String: String]
    /// The match of the master resume, before tailoring.
    public var before: MatchReport
    /// The match of the tailored resume.
    public var after: MatchReport
    /// The pages of the tailored resume's PDF rendering, when a page budget was given.
    public var pageCount: Int?
}

/// Options of ``ResumeTailor``.
public struct TailorOptions: Sendable, Equatable {
    /// The most pages the rendered resume may take (`nil`: no budget).
    public var maximumPages: Int?
    /// Write respelled skills as "PostgreSQL (Postgres)" instead of "PostgreSQL".
    public var keepOriginalSpelling: Bool
    /// The month current roles count to.
    public var asOf: ResumeDate

    public init(maximumPages: Int? = nil, keepOriginalSpelling: Bool = false, asOf: ResumeDate = .thisMonth) {
        self.maximumPages = maximumPages
        self.keepOriginalSpelling = keepOriginalSpelling
        self.asOf = asOf
    }
}
