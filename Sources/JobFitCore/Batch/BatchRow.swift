/// One resume against one posting, in the few numbers a batch keeps (see `docs/formats.md`).
///
/// A batch keeps this row rather than the whole ``MatchReport``, so its memory does not grow
/// with the number of pairs; ``init(report:)`` is the reference the fast scorer is tested against.
public struct BatchRow: Sendable, Equatable {
    /// Matched, partly matched, related and missing requirements of one level.
    public struct Counts: Sendable, Equatable {
        /// Matched requirements (named, alias, implied, or through an either-or alternative).
        public var matched = 0
        /// Partly matched ones (fewer years than asked).
        public var partial = 0
        /// Related-only ones (a sibling skill).
        public var related = 0
        /// Missing ones.
        public var missing = 0

        /// Creates counts.
        public init(matched: Int = 0, partial: Int = 0, related: Int = 0, missing: Int = 0) {
            self.matched = matched
            self.partial = partial
            self.related = related
            self.missing = missing
        }

        mutating func add(_ status: MatchStatus) {
            switch status {
            case .matched: matched += 1
            case .partial: partial += 1
            case .related: related += 1
            case .missing: missing += 1
            }
        }
    }

    /// The most missing required skills a row names.
    public static let missingLimit = 5

    /// Where the resume came from.
    public var resume: String
    /// The person's name, when the resume gives it.
    public var candidate: String?
    /// Where the posting came from (a path, or a JSON Lines `id`).
    public var job: String
    /// The posting's title.
    public var title: String?
    /// The hiring organisation.
    public var company: String?
    /// The fit, 0–100, as ``MatchReport/score``.
    public var score: Int
    /// As ``MatchReport/potentialScore``.
    public var potentialScore: Int
    /// Required skills, by outcome.
    public var required: Counts
    /// Preferred skills, by outcome.
    public var preferred: Counts
    /// Up to ``missingLimit`` missing required skills, the ones worth most points first.
    public var missingRequired: [String]
    /// Knock-outs the resume does not meet (degree, certification, years), by requirement.
    public var knockOutsNotMet: [String]

    /// Creates a row from its values.
    public init(
        resume: String, candidate: String?, job: String, title: String?, company: String?, score: Int,
        potentialScore: Int, required: Counts, preferred: Counts, missingRequired: [String], knockOutsNotMet: [String]
    ) {
        self.resume = resume
        self.candidate = candidate
        self.job = job
        self.title = title
        self.company = company
        self.score = score
        self.potentialScore = potentialScore
        self.required = required
        self.preferred = preferred
        self.missingRequired = missingRequired
        self.knockOutsNotMet = knockOutsNotMet
    }

    /// The row a full match report gives: the reference for the batch's fast scorer.
    public init(report: MatchReport) {
        self.init(
            resume: report.resume, candidate: report.candidate, job: report.posting, title: report.title,
            company: report.company, score: report.score, potentialScore: report.potentialScore,
            required: Self.counts(report.requirements, .required),
            preferred: Self.counts(report.requirements, .preferred),
            missingRequired: Self.topMissing(report.requirements),
            knockOutsNotMet: report.knockOuts.filter { $0.status == .notMet }.map(\.requirement))
    }

    static func counts(_ requirements: [RequirementMatch], _ level: RequirementLevel) -> Counts {
        var counts = Counts()
        for requirement in requirements where requirement.level == level { counts.add(requirement.status) }
        return counts
    }

    /// Missing required skills, largest gain first, then in the report's order.
    static func topMissing(_ requirements: [RequirementMatch]) -> [String] {
        let missing = requirements.enumerated().filter {
            $0.element.level == .required && $0.element.status == .missing
        }
        return missing.sorted { left, right in
            left.element.gain != right.element.gain
                ? left.element.gain > right.element.gain : left.offset < right.offset
        }.prefix(missingLimit).map(\.element.name)
    }
}

/// An input a batch could not read, and why.
public struct BatchFailure: Sendable, Equatable, Error {
    /// Which side of the matrix the input was on.
    public enum Side: String, Sendable {
        case resume
        case job
    }

    /// Which side the input was on.
    public var side: Side
    /// The path (or JSON Lines `id`).
    public var input: String
    /// The one-sentence message, naming the input and saying what to do.
    public var message: String

    /// Creates a failure.
    public init(side: Side, input: String, message: String) {
        self.side = side
        self.input = input
        self.message = message
    }
}

/// One line of a batch's output: a scored pair, or an input that failed.
public enum BatchRecord: Sendable, Equatable {
    /// A scored pair.
    case pair(BatchRow)
    /// An input that could not be read.
    case failure(BatchFailure)
}
