extension Taxonomy {
    /// The taxonomy shipped with JobFit (`Resources/taxonomy/`), compiled into the binary.
    public static let standard: Taxonomy = {
        guard let taxonomy = Taxonomy(compact: EmbeddedResources.taxonomy) else {
            preconditionFailure("the embedded taxonomy is malformed; run Scripts/embed-resources.sh")
        }
        return taxonomy
    }()

    /// Reads the compact line format written by `Scripts/compact-taxonomy.py`.
    init?(compact: String) {
        var lines = compact.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(), header.hasPrefix("#jobfit-taxonomy\t") else { return nil }
        let version = String(header.dropFirst("#jobfit-taxonomy\t".count))
        var skills: [Skill] = []
        skills.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 7, let kind = Skill.Kind(rawValue: String(fields[2])) else { return nil }
            var aliases: [SkillAlias] = []
            for entry in fields[4].split(separator: "|") where entry.count > 3 {
                let flags = Array(entry.prefix(3))
                let context: SkillAlias.Context? =
                    switch flags[1] {
                    case "t": .tech
                    case "o": .office
                    case "l": .languageList
                    default: nil
                    }
                aliases.append(
                    SkillAlias(
                        String(entry.dropFirst(3)), caseSensitive: flags[0] == "c", context: context,
                        unambiguous: flags[2] == "u"))
            }
            skills.append(
                Skill(
                    id: String(fields[0]), name: String(fields[1]), kind: kind, category: String(fields[3]),
                    aliases: aliases, implies: fields[5].split(separator: ",").map(String.init),
                    related: fields[6].split(separator: ",").map(String.init)))
        }
        self.init(version: version, skills: skills)
    }
}
