import Foundation

/// The tailoring decisions over a master resume, turned into a JSON Resume by ``resume()``.
///
/// Indices are the master's throughout, so every step and every ``TailorChange`` names the
/// master's JSON paths whatever the order the variant ends up in.
struct Plan {
    let master: Resume
    var summary: String?
    /// Order of `skills` groups (master indices); `nil` keeps the master's.
    var groupOrder: [Int]?
    /// Order of each group's keywords (master indices).
    var keywordOrder: [Int: [Int]] = [:]
    /// The keywords as written in the variant (respelled where the posting spells them otherwise).
    var keywords: [[String]]
    /// Skills added to a group (supported but not stated).
    var additions: [Int: [String]] = [:]
    /// Skills added when the resume has no skills group.
    var newGroup: [String] = []
    /// Order of each role's highlights (master indices).
    var highlightOrder: [Int: [Int]] = [:]
    /// Order of the projects (master indices).
    var projectOrder: [Int]?
    /// Paths left out for the page budget (`work[1].highlights[3]`, `projects[2]`).
    var removed: Set<String> = []

    init(master: Resume) {
        self.master = master
        keywords = master.skills.map(\.keywords)
    }

    /// An item that can be left out to fit the page budget.
    struct Removal {
        var path: String
        var text: String
    }

    /// `skills[2].keywords[5]` → (2, 5).
    static func keywordIndices(_ path: String) -> (group: Int, keyword: Int)? {
        let numbers = path.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard path.hasPrefix("skills["), path.contains("].keywords["), numbers.count == 2 else { return nil }
        return (numbers[0], numbers[1])
    }

    /// The highlight (of a role keeping at least one other) or project that matters least to the
    /// posting; on a tie, the one furthest down the resume.
    func leastRelevantRemovable(_ relevance: Relevance) -> Removal? {
        var candidates: [(removal: Removal, weight: Double, position: Int)] = []
        var position = 0
        for (roleIndex, role) in master.work.enumerated() {
            let kept = role.highlights.indices.filter { !removed.contains("work[\(roleIndex)].highlights[\($0)]") }
            for index in kept {
                position += 1
                guard kept.count > 1 else { continue }
                let path = "work[\(roleIndex)].highlights[\(index)]"
                candidates.append(
                    (Removal(path: path, text: role.highlights[index]), relevance.weight(at: path), position))
            }
        }
        for (index, project) in master.projects.enumerated() where !removed.contains("projects[\(index)]") {
            position += 1
            let path = "projects[\(index)]"
            candidates.append(
                (
                    Removal(path: path, text: project.name ?? "project \(index + 1)"), relevance.weight(at: path),
                    position
                ))
        }
        return candidates.min { left, right in
            left.weight != right.weight ? left.weight < right.weight : left.position > right.position
        }?.removal
    }

    mutating func remove(_ removal: Removal) {
        removed.insert(removal.path)
    }

    /// The variant as a JSON Resume.
    func resume() -> Resume {
        guard case .object(var document) = master.document else { return master }
        if let summary, case .object(var basics)? = document["basics"] {
            basics["summary"] = .string(summary)
            document["basics"] = .object(basics)
        }
        if case .array(let groups)? = document["skills"] {
            var rebuilt: [JSONValue] = []
            for groupIndex in groupOrder ?? Array(groups.indices) where groups.indices.contains(groupIndex) {
                guard case .object(var group) = groups[groupIndex] else {
                    rebuilt.append(groups[groupIndex])
                    continue
                }
                let written = keywords.indices.contains(groupIndex) ? keywords[groupIndex] : []
                let order = keywordOrder[groupIndex] ?? Array(written.indices)
                var items = order.filter { written.indices.contains($0) }.map { JSONValue.string(written[$0]) }
                items += (additions[groupIndex] ?? []).map { .string($0) }
                if !items.isEmpty || group["keywords"] != nil { group["keywords"] = .array(items) }
                rebuilt.append(.object(group))
            }
            document["skills"] = .array(rebuilt)
        }
        if !newGroup.isEmpty {
            var groups = document["skills"]?.elements ?? []
            groups.append(.object(["name": .string("Skills"), "keywords": .array(newGroup.map { .string($0) })]))
            document["skills"] = .array(groups)
        }
        if case .array(let roles)? = document["work"] {
            document["work"] = .array(
                roles.enumerated().map { roleIndex, role in
                    guard case .object(var entry) = role, case .array(let highlights)? = entry["highlights"] else {
                        return role
                    }
                    let order = highlightOrder[roleIndex] ?? Array(highlights.indices)
                    entry["highlights"] = .array(
                        order.filter { !removed.contains("work[\(roleIndex)].highlights[\($0)]") }.map {
                            highlights[$0]
                        })
                    return .object(entry)
                })
        }
        if case .array(let projects)? = document["projects"] {
            let order = projectOrder ?? Array(projects.indices)
            document["projects"] = .array(order.filter { !removed.contains("projects[\($0)]") }.map { projects[$0] })
        }
        return Resume(document: .object(document), source: master.source)
    }
}

extension SkillExtractor {
    /// The ids of the skills found in plain `text` (sure finds only), in order of appearance.
    func skillIDs(in text: String) -> [String] {
        let posting = JobPosting(
            source: "-", format: .text, text: text,
            sections: [
                Section(kind: .other, blocks: [Block(kind: .paragraph, text: text, start: 0, end: text.utf8.count)])
            ])
        return extract(posting).skills.map(\.id)
    }
}
