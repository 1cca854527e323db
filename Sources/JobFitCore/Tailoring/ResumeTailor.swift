import Foundation

/// Builds a resume tailored to a posting from a master resume, by selection and order only.
///
/// What it does, each change recorded with its reason (``TailorChange``):
/// - skills: the groups holding the posting's required skills first, and within each group the
///   required, then preferred, then mentioned skills before the rest;
/// - a skill the resume names another way than the posting (Postgres for PostgreSQL) is written
///   the posting's way, in `skills` only;
/// - work highlights and projects ordered by their relevance to the posting's requirements (the
///   weights of the requirements whose evidence they hold, ``RequirementMatch/weight``);
/// - the summary: the variant under `meta.jobfit.summaries` (strings, or objects with `text` and
///   `tags`) that names the most of what the posting asks, when it names more than `basics.summary`;
/// - skills the resume supports without stating them (a required or preferred skill implied by one
///   it names: EKS ⇒ Kubernetes) are added to the skills group of the skill that implies them: the
///   only additions it ever makes;
/// - with a page budget, the least relevant highlights (then projects) are left out until the
///   rendered resume fits, keeping at least one highlight per role.
///
/// Nothing else is added: every employer, title, number and date comes from the master, which
/// ``FactCheck`` verifies on the rendered output.
public struct ResumeTailor: Sendable {
    /// The matcher used for relevance, and to score the result.
    public let matcher: ResumeMatcher

    /// Creates a tailor over a matcher (the shipped taxonomy by default).
    public init(matcher: ResumeMatcher = ResumeMatcher()) {
        self.matcher = matcher
    }

    /// Tailors `master` to `posting`.
    ///
    /// - Parameter pageCount: Counts the pages of a rendering of a candidate variant; called only
    ///   when `options.maximumPages` is set.
    public func tailor(
        _ master: Resume, to posting: JobPosting, options: TailorOptions = TailorOptions(),
        pageCount: ((Resume) throws -> Int)? = nil
    ) throws -> TailoredResume {
        let extraction = matcher.extractor.extract(posting)
        let evidence = EvidenceCollector(extractor: matcher.extractor).evidence(in: master, asOf: options.asOf)
        let before = matcher.match(
            master, evidence: evidence, against: posting, extraction: extraction, asOf: options.asOf)
        let relevance = Relevance(report: before)
        var plan = Plan(master: master)
        var changes: [TailorChange] = []

        chooseSummary(&plan, master: master, relevance: relevance, changes: &changes)
        orderSkills(&plan, master: master, relevance: relevance, changes: &changes)
        let respellings = respell(
            &plan, report: before, extraction: extraction, keepOriginal: options.keepOriginalSpelling,
            changes: &changes)
        let additions = addSupportedSkills(&plan, report: before, changes: &changes)
        orderHighlights(&plan, master: master, relevance: relevance, changes: &changes)
        orderProjects(&plan, master: master, relevance: relevance, changes: &changes)

        var pages: Int?
        if let maximumPages = options.maximumPages, let pageCount {
            pages = try fit(&plan, within: maximumPages, relevance: relevance, pageCount: pageCount, changes: &changes)
        }

        let tailored = plan.resume()
        // The posting is extracted once, for both matches.
        let after = matcher.match(
            tailored,
            evidence: EvidenceCollector(extractor: matcher.extractor).evidence(in: tailored, asOf: options.asOf),
            against: posting, extraction: extraction, asOf: options.asOf)
        return TailoredResume(
            resume: tailored, changes: changes, additions: additions, respellings: respellings, before: before,
            after: after, pageCount: pages)
    }

    // MARK: - Steps

    private func chooseSummary(
        _ plan: inout Plan, master: Resume, relevance: Relevance, changes: inout [TailorChange]
    ) {
        let variants = (master.document["meta"]?["jobfit"]?["summaries"]?.elements ?? []).compactMap {
            value -> (text: String, tags: [String])? in
            if let text = value.text { return (text, []) }
            guard let text = value["text"]?.text else { return nil }
            return (text, value.strings("tags"))
        }
        guard !variants.isEmpty else { return }
        func score(_ text: String, tags: [String]) -> Double {
            let found = Set(matcher.extractor.skillIDs(in: text))
            let named = relevance.requirements.filter { found.contains($0.id) }.map(\.weight).reduce(0, +)
            let tagged = Set(tags.map { $0.lowercased() })
            let taggedWeight = relevance.requirements.filter { tagged.contains($0.name.lowercased()) }.map(\.weight)
                .reduce(0, +)
            return named + taggedWeight
        }
        let current = master.basics.summary.map { score($0, tags: []) } ?? -1
        let best = variants.enumerated().max { left, right in
            let leftScore = score(left.element.text, tags: left.element.tags)
            let rightScore = score(right.element.text, tags: right.element.tags)
            return leftScore != rightScore ? leftScore < rightScore : left.offset > right.offset
        }
        guard let best, score(best.element.text, tags: best.element.tags) > current else { return }
        plan.summary = best.element.text
        changes.append(
            TailorChange(
                kind: .chosen, path: "meta.jobfit.summaries[\(best.offset)]",
                detail: "summary variant \(best.offset + 1) of \(variants.count) used as basics.summary",
                reason: "it names more of the posting's requirements than the master summary"))
    }

    private func orderSkills(
        _ plan: inout Plan, master: Resume, relevance: Relevance, changes: inout [TailorChange]
    ) {
        let groups = master.skills
        guard !groups.isEmpty else { return }
        var groupScores: [(index: Int, score: Double)] = []
        for (groupIndex, group) in groups.enumerated() {
            let scored = group.keywords.indices.map { keyword in
                (keyword, relevance.strongestLevelWeight(at: "skills[\(groupIndex)].keywords[\(keyword)]"))
            }
            let ordered = scored.enumerated().sorted { left, right in
                left.element.1 != right.element.1 ? left.element.1 > right.element.1 : left.offset < right.offset
            }.map(\.element.0)
            plan.keywordOrder[groupIndex] = ordered
            if ordered != Array(group.keywords.indices) {
                let first = ordered.prefix(3).map { group.keywords[$0] }.joined(separator: ", ")
                changes.append(
                    TailorChange(
                        kind: .reordered, path: "skills[\(groupIndex)].keywords",
                        detail: "\(group.name ?? "skills"): \(first) first",
                        reason: "the posting asks for them (required first, then preferred, then mentioned)"))
            }
            groupScores.append((groupIndex, scored.map(\.1).max() ?? 0))
        }
        let groupOrder = groupScores.enumerated().sorted { left, right in
            left.element.score != right.element.score
                ? left.element.score > right.element.score : left.offset < right.offset
        }.map(\.element.index)
        plan.groupOrder = groupOrder
        if groupOrder != Array(groups.indices) {
            changes.append(
                TailorChange(
                    kind: .reordered, path: "skills",
                    detail: "groups now "
                        + groupOrder.map { groups[$0].name ?? "skills[\($0)]" }.joined(separator: ", "),
                    reason: "groups holding the posting's required skills come first"))
        }
    }

    private func respell(
        _ plan: inout Plan, report: MatchReport, extraction: Extraction, keepOriginal: Bool,
        changes: inout [TailorChange]
    ) -> [String: String] {
        var respellings: [String: String] = [:]
        let postingSkills = Dictionary(extraction.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for requirement in report.requirements where requirement.basis == .alias {
            guard let skill = postingSkills[requirement.id], let mention = skill.mentions.first else { continue }
            let postingSpelling =
                mention.text.lowercased() == skill.name.lowercased() ? skill.name : mention.text
            for place in requirement.evidence where place.kind == .skills {
                guard let (group, keyword) = Plan.keywordIndices(place.path), plan.keywords.indices.contains(group),
                    plan.keywords[group].indices.contains(keyword)
                else { continue }
                let written = plan.keywords[group][keyword]
                guard written.lowercased() == place.text.lowercased(),
                    written.lowercased() != postingSpelling.lowercased()
                else { continue }
                let replacement = keepOriginal ? "\(postingSpelling) (\(written))" : postingSpelling
                plan.keywords[group][keyword] = replacement
                respellings[postingSpelling] = written
                changes.append(
                    TailorChange(
                        kind: .respelled, path: place.path, detail: "\"\(written)\" written \"\(replacement)\"",
                        reason: "the posting calls \(skill.name) \"\(postingSpelling)\""))
            }
        }
        return respellings
    }

    private func addSupportedSkills(
        _ plan: inout Plan, report: MatchReport, changes: inout [TailorChange]
    ) -> [String] {
        var added: [String] = []
        let stated = Set(plan.keywords.flatMap { $0 }.map { $0.lowercased() })
        for requirement in report.requirements
        where requirement.basis == .implied && requirement.level != .mentioned && requirement.kind == .hard
            && (requirement.status == .matched || requirement.status == .partial)
            && !stated.contains(requirement.name.lowercased()) && !added.contains(requirement.name)
        {
            let group =
                requirement.evidence.lazy.compactMap { Plan.keywordIndices($0.path)?.group }.first
                ?? (plan.keywords.isEmpty ? nil : 0)
            if let group {
                plan.additions[group, default: []].append(requirement.name)
            } else {
                plan.newGroup.append(requirement.name)
            }
            added.append(requirement.name)
            changes.append(
                TailorChange(
                    kind: .added, path: group.map { "skills[\($0)].keywords" } ?? "skills",
                    detail: "\(requirement.name) added",
                    reason:
                        "the posting asks for it (\(requirement.level.rawValue)) and the resume supports it: implied by \(requirement.through ?? "a listed skill")"
                ))
        }
        return added
    }

    private func orderHighlights(
        _ plan: inout Plan, master: Resume, relevance: Relevance, changes: inout [TailorChange]
    ) {
        for (roleIndex, role) in master.work.enumerated() where role.highlights.count > 1 {
            let ordered = relevance.order(role.highlights.indices.map { "work[\(roleIndex)].highlights[\($0)]" })
            plan.highlightOrder[roleIndex] = ordered
            if ordered != Array(role.highlights.indices) {
                changes.append(
                    TailorChange(
                        kind: .reordered, path: "work[\(roleIndex)].highlights",
                        detail: "\(role.name ?? "role \(roleIndex + 1)"): highlight \(ordered[0] + 1) first",
                        reason: "it holds more of the posting's requirements"))
            }
        }
    }

    private func orderProjects(
        _ plan: inout Plan, master: Resume, relevance: Relevance, changes: inout [TailorChange]
    ) {
        let count = master.projects.count
        guard count > 1 else { return }
        let ordered = relevance.order((0..<count).map { "projects[\($0)]" })
        plan.projectOrder = ordered
        if ordered != Array(0..<count) {
            changes.append(
                TailorChange(
                    kind: .reordered, path: "projects",
                    detail: "project \(ordered[0] + 1) (\(master.projects[ordered[0]].name ?? "")) first",
                    reason: "projects ordered by how much of the posting they show"))
        }
    }

    private func fit(
        _ plan: inout Plan, within maximumPages: Int, relevance: Relevance, pageCount: (Resume) throws -> Int,
        changes: inout [TailorChange]
    ) throws -> Int {
        var pages = try pageCount(plan.resume())
        while pages > maximumPages, let removal = plan.leastRelevantRemovable(relevance) {
            plan.remove(removal)
            changes.append(
                TailorChange(
                    kind: .removed, path: removal.path, detail: "left out: \(removal.text)",
                    reason:
                        "the resume took \(pages) pages, over the budget of \(maximumPages); this was the least relevant item"
                ))
            pages = try pageCount(plan.resume())
        }
        return pages
    }
}

/// How relevant each place of the master resume is to the posting.
struct Relevance {
    let requirements: [RequirementMatch]
    private var weights: [String: Double] = [:]
    private var levels: [String: Double] = [:]

    init(report: MatchReport) {
        requirements = report.requirements
        for requirement in report.requirements {
            let share: Double
            switch requirement.status {
            case .matched, .partial: share = 1
            case .related: share = 0.25
            case .missing: continue
            }
            for place in requirement.evidence {
                weights[place.path, default: 0] += requirement.weight * share
                levels[place.path] = max(levels[place.path] ?? 0, Scoring.levelWeight(requirement.level) * share)
            }
        }
    }

    /// The summed weight of the requirements whose evidence is at `path` or inside it.
    func weight(at path: String) -> Double {
        weights.filter { $0.key == path || $0.key.hasPrefix(path + ".") || $0.key.hasPrefix(path + "[") }
            .map(\.value).reduce(0, +)
    }

    /// The level weight of the strongest requirement shown at `path` (0 when none).
    func strongestLevelWeight(at path: String) -> Double { levels[path] ?? 0 }

    /// The indices of `paths`, most relevant first (ties keep their order).
    func order(_ paths: [String]) -> [Int] {
        paths.enumerated().map { ($0.offset, weight(at: $0.element)) }.enumerated()
            .sorted { left, right in
                left.element.1 != right.element.1 ? left.element.1 > right.element.1 : left.offset < right.offset
            }.map(\.element.0)
    }
}
