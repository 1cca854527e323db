import Foundation

extension GapReport {
    /// The report as Markdown: a table per list, each cut at `limit` rows.
    public func markdownReport(limit: Int = 15) -> String {
        var lines = [
            "# Market gaps: \(escapeMarkdown(candidate ?? resume))", "",
            "\(postings) postings · average score **\(Scoring.format(averageScore))** (potential "
                + "\(Scoring.format(averagePotentialScore))) · as of \(asOf) · taxonomy \(escapeMarkdown(taxonomyVersion))",
            "", "## Skills you lack, most in demand first", "",
            "| Skill | Required | Preferred | Mentioned | Lacking in | Points |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += lacking.prefix(limit).map(Self.demandRow)
        lines += Self.more(lacking.count, limit)
        lines += [
            "", "## Skills that would raise the most scores", "", "| Skill | Points in all | Asked in | Why |",
            "| --- | ---: | ---: | --- |",
        ]
        lines += gains.prefix(limit).map { skill in
            let why = Self.why(skill).trimmingPrefix(" (").dropLast()
            return "| \(escapeMarkdown(skill.name)) | +\(Scoring.format(skill.gain)) | \(skill.asked) | \(why) |"
        }
        lines += Self.more(gains.count, limit)
        lines += [
            "", "## Skills already strong", "", "| Skill | Required | Preferred | Mentioned |",
            "| --- | ---: | ---: | ---: |",
        ]
        lines += strong.prefix(limit).map { skill in
            "| \(escapeMarkdown(skill.name)) | \(skill.required) | \(skill.preferred) | \(skill.mentioned) |"
        }
        lines += Self.more(strong.count, limit)
        lines += [
            "", "## Broad areas the postings name", "",
            "Counted in the scores, listed apart from the skills above: too general to act on.", "",
            "| Area | Required | Preferred | Mentioned | Lacking in | Points |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += broadAreas.prefix(limit).map(Self.demandRow)
        lines += Self.more(broadAreas.count, limit)
        let shownFits = fits.prefix(limit)
        lines += [
            "", "## Best fits", "", Self.capitalized(fitsScope(shownFits.count)) + ".", "",
            "| Score | Potential | Posting |", "| ---: | ---: | --- |",
        ]
        lines += shownFits.map { fit in
            let job = [fit.title, fit.company].compactMap { $0 }.joined(separator: " at ")
            return
                "| \(fit.score) | \(fit.potentialScore) | \(escapeMarkdown(job.isEmpty ? fit.job : "\(job) (\(fit.job))")) |"
        }
        if !errors.isEmpty {
            lines += ["", "## Could not be read", ""]
            lines += errors.map { "- \(escapeMarkdown($0.message))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table row: name, postings by level, postings lacking it, points to gain.
    static func demandRow(_ skill: SkillDemand) -> String {
        "| \(escapeMarkdown(skill.name)) | \(skill.required) | \(skill.preferred) | \(skill.mentioned) | "
            + "\(skill.lacking) | \(skill.gain > 0 ? "+" + Scoring.format(skill.gain) : "") |"
    }

    static func capitalized(_ phrase: String) -> String {
        phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    static func more(_ count: Int, _ limit: Int) -> [String] {
        count > limit ? ["", "… and \(count - limit) more."] : count == 0 ? ["| (none) |"] : []
    }
}
