/// What a section of a job posting is about, so later stages can weigh or skip it.
public enum SectionKind: String, Codable, Sendable, CaseIterable, Equatable {
    /// About the employer: mission, history, team.
    case about
    /// A summary of the role itself.
    case overview
    /// What the person will do.
    case responsibilities
    /// What the person must have.
    case requirements
    /// What would be nice to have.
    case preferred
    /// Pay, perks and benefits.
    case benefits
    /// How to apply and what happens next.
    case howToApply
    /// Equal-opportunity statements and other legal text.
    case legal
    /// Anything else (facts like location and hours, prose).
    case other
}
