public import Foundation

extension MatchReport {
    /// The report as JSON for `jobfit match --format json` (documented in `docs/formats.md`).
    public func jsonData() throws -> Data {
        try VersionedJSON.encode(self, schemaVersion: Self.schemaVersion)
    }

    /// The report as Markdown: the score, a table per level, knock-outs, checks and next steps.
    public func markdownReport() -> String {
        // Every text from the inputs is escaped: no markup, no link, no broken table.
        let cell = escapeMarkdown
        let job = [title ?? posting, company].compactMap { $0 }.joined(separator: " at ")
        var lines = [
            "# \(cell(candidate ?? resume)) × \(cell(job))", "",
            "**Score \(score)/100** (potential \(potentialScore) if the resume stated what it implies) · "
                + "\(Scoring.format(experienceYears)) years of dated experience · as of \(asOf) · "
                + "taxonomy \(taxonomyVersion)",
        ]
        for level in RequirementLevel.allCases {
            let group = requirements.filter { $0.level == level }
            guard !group.isEmpty else { continue }
            lines += [
                "", "## \(level.rawValue.capitalized)", "", "| | Skill | Outcome | Resume | Gain | Posting says |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            for requirement in group {
                let place = requirement.evidence.first.map { "`\($0.path)`" } ?? ""
                let gain = requirement.gain > 0 ? "+" + Scoring.format(requirement.gain) : ""
                lines.append(
                    "| \(Self.mark(requirement.status)) | \(cell(requirement.name)) | \(cell(requirement.note)) | \(place) | \(gain) | \(cell(requirement.sentence)) |"
                )
            }
        }
        if !knockOuts.isEmpty {
            lines += ["", "## Knock-outs", ""]
            for knockOut in knockOuts {
                lines.append(
                    "- **\(knockOut.status.rawValue)** \(cell(knockOut.requirement)): \(cell(knockOut.detail))")
            }
        }
        lines += ["", "## Resume checks", ""]
        for check in checks {
            let places = check.places.isEmpty ? "" : " (" + check.places.map { "`\($0)`" }.joined(separator: ", ") + ")"
            lines.append("- **\(check.status.rawValue)** \(check.id): \(cell(check.message))\(places)")
        }
        let steps = nextSteps
        if !steps.isEmpty {
            lines += ["", "## Worth doing first", ""]
            lines += steps.enumerated().map { "\($0.offset + 1). \(cell($0.element))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
