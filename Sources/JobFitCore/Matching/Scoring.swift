import Foundation

/// The numbers behind a match score; `docs/scoring.md` explains each with a worked example.
public enum Scoring {
    /// Weight by how strongly the posting asks.
    public static func levelWeight(_ level: RequirementLevel) -> Double {
        switch level {
        case .required: 3
        case .preferred: 1.5
        case .mentioned: 0.5
        }
    }

    /// Weight by kind of skill: soft skills count half, since resumes show them poorly.
    public static func kindWeight(_ kind: Skill.Kind) -> Double {
        kind == .soft ? 0.5 : 1
    }

    /// Credit for a skill the resume shows only through a skill that implies it.
    public static let impliedCredit = 0.75
    /// Credit for a skill the resume shows only a sibling of.
    public static let relatedCredit = 0.25
    /// The years factor when the posting asks for years and the resume shows none (no dated use).
    public static let unknownYearsFactor = 0.75

    /// Sections whose skills are not requirements (perks, legal text, how to apply).
    static let ignoredSections: Set<SectionKind> = [.benefits, .legal, .howToApply]

    /// The skills of an extraction the score counts: not degrees (knock-outs), and not skills
    /// found only in perks, legal text or how-to-apply.
    static func requirements(of extraction: Extraction) -> [ExtractedSkill] {
        extraction.skillsAndBroadAreas.filter { skill in
            skill.kind != .education && skill.mentions.contains { !ignoredSections.contains($0.section) }
        }
    }

    /// The outcome and credit of a requirement the resume shows (named or implied), with the
    /// years note when the posting asks for years.
    static func credit(
        for skill: ExtractedSkill, shown: SkillEvidence
    ) -> (status: MatchStatus, credit: Double, yearsNote: String?) {
        let base = shown.isExplicit ? 1.0 : impliedCredit
        let years = yearsFactor(asked: skill.years, shown: shown)
        // Three decimals, so the JSON shows the numbers docs/scoring.md computes by hand.
        return (years.factor < 1 ? .partial : .matched, (1000 * base * years.factor).rounded() / 1000, years.note)
    }

    static func weight(_ skill: ExtractedSkill) -> Double {
        levelWeight(skill.level) * kindWeight(skill.kind)
    }

    /// Full credit with enough years; 0.5 plus half the share shown when short; a fixed factor
    /// when the resume dates no use.
    static func yearsFactor(asked: YearsRange?, shown: SkillEvidence) -> (factor: Double, note: String?) {
        guard let wanted = asked?.min, wanted > 0 else { return (1, nil) }
        guard shown.months > 0 || shown.statedYears != nil else {
            return (unknownYearsFactor, "\(format(wanted)) years asked; the resume dates no use")
        }
        let have = (shown.years * 10).rounded() / 10
        guard have < wanted else { return (1, "\(format(have)) years (\(format(wanted)) asked)") }
        return (0.5 + 0.5 * have / wanted, "\(format(have)) of the \(format(wanted)) years asked")
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Either-or groups: any member satisfies the group, so weaker members take the best one's outcome.
    static func resolveGroups(_ requirements: inout [RequirementMatch]) {
        var best: [String: Int] = [:]
        for (index, requirement) in requirements.enumerated() {
            guard let group = requirement.group else { continue }
            if let current = best[group], requirements[current].credit >= requirement.credit { continue }
            best[group] = index
        }
        for index in requirements.indices {
            guard let group = requirements[index].group, let winner = best[group], winner != index,
                requirements[winner].credit > requirements[index].credit, requirements[winner].credit > 0
            else { continue }
            let stand = requirements[winner]
            requirements[index].status = stand.status
            requirements[index].basis = .alternative
            requirements[index].through = stand.name
            requirements[index].credit = stand.credit
            requirements[index].evidence = stand.evidence
            requirements[index].note = "either-or: \(stand.name) stands in"
        }
    }

    /// A scoring unit: a requirement alone, or an either-or group counted once at its members' top weight.
    private static func units(_ requirements: [RequirementMatch]) -> [(weight: Double, credit: Double, members: [Int])]
    {
        var units: [(weight: Double, credit: Double, members: [Int])] = []
        var unitOfGroup: [String: Int] = [:]
        for (index, requirement) in requirements.enumerated() {
            if let group = requirement.group, let unit = unitOfGroup[group] {
                units[unit].weight = max(units[unit].weight, requirement.weight)
                units[unit].credit = max(units[unit].credit, requirement.credit)
                units[unit].members.append(index)
                continue
            }
            if let group = requirement.group { unitOfGroup[group] = units.count }
            units.append((requirement.weight, requirement.credit, [index]))
        }
        return units
    }

    /// The score and the potential score (every implied skill stated), 0–100, and the denominator.
    static func score(_ requirements: [RequirementMatch]) -> (value: Int, potential: Int, total: Double) {
        let units = units(requirements)
        let total = units.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return (0, 0, 0) }
        let earned = units.reduce(0) { $0 + $1.weight * $1.credit }
        let potential = units.reduce(0) { sum, unit in
            let credit =
                unit.members.map { index -> Double in
                    let requirement = requirements[index]
                    return requirement.basis == .implied ? requirement.credit / impliedCredit : requirement.credit
                }.max() ?? 0
            return sum + unit.weight * credit
        }
        return (Int((100 * earned / total).rounded()), Int((100 * potential / total).rounded()), total)
    }

    /// For each requirement, the points the score would gain if the resume fully showed it.
    static func assignGains(_ requirements: inout [RequirementMatch], total: Double) {
        guard total > 0 else { return }
        for unit in units(requirements) {
            let gain = (1000 * unit.weight * (1 - unit.credit) / total).rounded() / 10
            for index in unit.members { requirements[index].gain = gain }
        }
    }

    /// Coverage of requirements grouped by a key, in `order` or by total weight.
    static func coverage(
        _ requirements: [RequirementMatch], by key: KeyPath<RequirementMatch, String>, order: [String]?
    ) -> [Coverage] {
        var groups: [String: [RequirementMatch]] = [:]
        for requirement in requirements { groups[requirement[keyPath: key], default: []].append(requirement) }
        func weight(_ name: String) -> Double { groups[name, default: []].reduce(0) { $0 + $1.weight } }
        let names =
            order?.filter { groups[$0] != nil }
            ?? groups.keys.sorted { left, right in
                weight(left) != weight(right) ? weight(left) > weight(right) : left < right
            }
        return names.map { name in
            let members = groups[name, default: []]
            let weight = members.reduce(0) { $0 + $1.weight }
            let earned = members.reduce(0) { $0 + $1.weight * $1.credit }
            return Coverage(
                name: name, total: members.count,
                matched: members.filter { $0.status == .matched || $0.status == .partial }.count,
                related: members.filter { $0.status == .related }.count,
                missing: members.filter { $0.status == .missing }.count,
                share: weight > 0 ? (1000 * earned / weight).rounded() / 1000 : 0)
        }
    }
}
