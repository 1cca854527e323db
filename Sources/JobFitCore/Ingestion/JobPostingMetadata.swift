/// Structured facts about a posting, from schema.org `JobPosting` markup (JSON-LD, microdata,
/// RDFa) or from labelled fields such as `Agency:` in plain text.
public struct JobPostingMetadata: Equatable, Sendable, Codable {
    /// Where the structured facts came from.
    public enum Origin: String, Codable, Sendable, Equatable {
        case jsonLD = "json-ld"
        case microdata
        case rdfa
        case fields
    }

    /// A salary or salary range.
    public struct Salary: Equatable, Sendable, Codable {
        /// ISO 4217 currency code, when stated.
        public var currency: String?
        /// The single value, when no range is given.
        public var value: Double?
        /// The lower bound of a range.
        public var minValue: Double?
        /// The upper bound of a range.
        public var maxValue: Double?
        /// The period: `HOUR`, `DAY`, `WEEK`, `MONTH` or `YEAR` (schema.org `unitText`).
        public var unit: String?
        /// The salary as written, when it was text.
        public var text: String?

        /// Creates a salary.
        public init(
            currency: String? = nil, value: Double? = nil, minValue: Double? = nil, maxValue: Double? = nil,
            unit: String? = nil, text: String? = nil
        ) {
            self.currency = currency
            self.value = value
            self.minValue = minValue
            self.maxValue = maxValue
            self.unit = unit
            self.text = text
        }
    }

    /// Where the facts came from; `nil` when there were none.
    public var origin: Origin?
    /// `title` (or `name`).
    public var title: String?
    /// `hiringOrganization.name`.
    public var hiringOrganization: String?
    /// `skills`, one entry per skill or sentence.
    public var skills: [String] = []
    /// `qualifications`.
    public var qualifications: [String] = []
    /// `responsibilities`.
    public var responsibilities: [String] = []
    /// `experienceRequirements` as text.
    public var experienceRequirements: [String] = []
    /// `experienceRequirements.monthsOfExperience`.
    public var monthsOfExperience: Double?
    /// `educationRequirements` (text or `credentialCategory`).
    public var educationRequirements: [String] = []
    /// `employmentType` (`FULL_TIME`, `Full-time`…).
    public var employmentType: [String] = []
    /// `jobLocationType` (`TELECOMMUTE`).
    public var jobLocationType: String?
    /// `jobLocation`, each formatted as one line.
    public var jobLocations: [String] = []
    /// `baseSalary` with `salaryCurrency`.
    public var baseSalary: Salary?
    /// `datePosted`, as written.
    public var datePosted: String?
    /// `validThrough`, as written.
    public var validThrough: String?
    /// `jobBenefits`.
    public var benefits: [String] = []
    /// Every other property, flattened to text, keyed by its schema.org name.
    public var otherProperties: [String: String] = [:]

    /// Creates empty metadata.
    public init() {}

    /// True when nothing was found.
    public var isEmpty: Bool { self == JobPostingMetadata() }
}
