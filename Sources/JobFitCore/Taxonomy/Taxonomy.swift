/// A set of skills with their aliases and relations, indexed by id.
///
/// The default taxonomy ships inside the binary (``Taxonomy/standard``); users extend or override
/// it with their own files (``Taxonomy/merging(_:)``).
public struct Taxonomy: Sendable, Equatable {
    /// The taxonomy's version (the default one's, or the last file merged that gave one).
    public var version: String
    /// The skills, in file order.
    public private(set) var skills: [Skill]
    private var positions: [String: Int]

    /// Creates a taxonomy; a later skill with the same id replaces an earlier one.
    public init(version: String, skills: [Skill]) {
        self.version = version
        self.skills = []
        self.positions = [:]
        merge(skills)
    }

    /// The skill with this id.
    public subscript(id: String) -> Skill? {
        positions[id].map { skills[$0] }
    }

    /// This taxonomy with `other`'s skills added; skills with an existing id replace it.
    public func merging(_ other: Taxonomy) -> Taxonomy {
        var result = self
        result.merge(other.skills)
        if !other.version.isEmpty { result.version = version + "+" + other.version }
        return result
    }

    private mutating func merge(_ newSkills: [Skill]) {
        for skill in newSkills {
            if let position = positions[skill.id] {
                skills[position] = skill
            } else {
                positions[skill.id] = skills.count
                skills.append(skill)
            }
        }
    }

    /// Every skill `id` implies, directly or through others, without `id` itself.
    public func implications(of id: String) -> [String] {
        var seen: Set<String> = [id]
        var order: [String] = []
        var queue = self[id]?.implies ?? []
        while let next = queue.first {
            queue.removeFirst()
            guard seen.insert(next).inserted, let skill = self[next] else { continue }
            order.append(next)
            queue += skill.implies
        }
        return order
    }
}
