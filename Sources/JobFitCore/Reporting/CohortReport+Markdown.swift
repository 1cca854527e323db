extension CohortReport {
    /// The cohort report as Markdown: skills missing across clients, broad areas, clients,
    /// postings.
    public func markdownReport(limit: Int = 15) -> String {
        var lines = [
            "# Cohort gaps: \(resumes) clients, \(postings) postings", "",
            "As of \(asOf) · taxonomy \(escapeMarkdown(taxonomyVersion))", "",
            "## Skills missing across clients", "",
            "| Skill | Clients lacking | Required | Preferred | Mentioned | Weighted demand |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += skills.prefix(limit).map(skillRow)
        lines += GapReport.more(skills.count, limit)
        lines += [
            "", "## Broad areas the postings name", "",
            "Counted in the scores, listed apart from the skills above: too general to act on.", "",
            "| Area | Clients lacking | Required | Preferred | Mentioned | Weighted demand |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += broadAreas.prefix(limit).map(skillRow)
        lines += GapReport.more(broadAreas.count, limit)
        lines += ["", "## Clients", "", "| Client | Average | Best fit | Lacks most |", "| --- | ---: | --- | --- |"]
        lines += clients.map { client in
            let best = client.bestFits.first.map { "\($0.score) · \(escapeMarkdown(Self.name(of: $0)))" } ?? ""
            return "| \(escapeMarkdown(client.candidate ?? client.resume)) | \(Scoring.format(client.averageScore)) | "
                + "\(best) | \(escapeMarkdown(client.topGaps.joined(separator: ", "))) |"
        }
        lines += ["", "## Best client for each posting", "", "| Posting | Score | Client |", "| --- | ---: | --- |"]
        lines += postingFits.map { fit in
            "| \(escapeMarkdown(Self.name(of: fit))) | \(fit.score) | \(escapeMarkdown(fit.candidate ?? fit.resume ?? "")) |"
        }
        if !errors.isEmpty {
            lines += ["", "## Could not be read", ""]
            lines += errors.map { "- \(escapeMarkdown($0.message))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func skillRow(_ skill: CohortSkill) -> String {
        "| \(escapeMarkdown(skill.name)) | \(skill.lackingClients.count) of \(resumes) | \(skill.required) | "
            + "\(skill.preferred) | \(skill.mentioned) | \(Scoring.format(skill.weightedDemand)) |"
    }
}
