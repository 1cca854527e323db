public import Foundation

extension Extraction {
    /// The extraction as JSON for `jobfit extract --format json` (documented in `docs/formats.md`).
    public func jsonData() throws -> Data {
        try VersionedJSON.encode(self, schemaVersion: Self.schemaVersion)
    }

    /// Several extractions as one JSON array.
    public static func jsonData(_ extractions: [Extraction]) throws -> Data {
        try VersionedJSON.encode(extractions, schemaVersion: schemaVersion)
    }

    /// The skills for people: one line each, grouped by level.
    public func textReport() -> String {
        var lines = ["\(title ?? source): \(skills.count) skills (taxonomy \(taxonomyVersion))"]
        if let years = experienceYears { lines.append("Experience: \(years.summary) years overall") }
        for level in RequirementLevel.allCases {
            let group = skills.filter { $0.level == level }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("\(level.rawValue.capitalized):")
            for skill in group {
                var line = "  \(skill.name) [\(skill.kind.rawValue), \(skill.category)]"
                if let years = skill.years { line += " \(years.summary) years" }
                if let group = skill.group { line += " (either-or \(group))" }
                if !skill.implied.isEmpty { line += " ⇒ \(skill.implied.joined(separator: ", "))" }
                let forms = Set(skill.mentions.map(\.text)).sorted()
                line += " — \(forms.map { "\"\($0)\"" }.joined(separator: ", "))"
                lines.append(line)
            }
        }
        if !broad.isEmpty {
            lines.append("")
            lines.append("Broad areas (not counted): " + broad.map(\.name).joined(separator: ", "))
        }
        if !unsure.isEmpty {
            lines.append("")
            lines.append(
                "Unsure (not counted): "
                    + unsure.map { "\($0.name) at \"\($0.mentions.first?.text ?? "")\"" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The skills as a Markdown table.
    public func markdownReport() -> String {
        var lines = [
            "## \(escapeMarkdown(title ?? source))", "", "| Skill | Kind | Level | Years | Found as |",
            "| --- | --- | --- | --- | --- |",
        ]
        for skill in skills {
            let forms = Set(skill.mentions.map(\.text)).sorted().map(escapeMarkdown).joined(separator: ", ")
            lines.append(
                "| \(escapeMarkdown(skill.name)) | \(skill.kind.rawValue) | \(skill.level.rawValue) | \(skill.years?.summary ?? "") | \(forms) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension YearsRange {
    /// "3+", "5–7".
    public var summary: String {
        func format(_ value: Double) -> String { value.rounded() == value ? String(Int(value)) : String(value) }
        switch (min, max) {
        case (let low?, let high?): return "\(format(low))–\(format(high))"
        case (let low?, nil): return "\(format(low))+"
        case (nil, let high?): return "up to \(format(high))"
        case (nil, nil): return "?"
        }
    }
}
