extension GapReport {
    /// The report for a terminal, wrapped to 80 columns: the skills lacked, the ones worth most
    /// points, the ones already strong, the broad areas apart, and the best-fitting postings
    /// (with how many were scored); each list cut at `limit` items.
    public func textReport(limit: Int = 15) -> String {
        var lines =
            TerminalText.heading(
                "Market gaps: \(candidate.map { "\($0) (\(resume))" } ?? resume) against \(postings) postings")
            + TerminalText.heading(
                "Average score \(Scoring.format(averageScore)) (potential \(Scoring.format(averagePotentialScore)))"
                    + " · as of \(asOf) · taxonomy \(taxonomyVersion)")
        lines += ["", "Skills you lack, most in demand first"]
        lines += Self.cut(lacking, limit) { skill in
            TerminalText.item("\(skill.name): \(skill.demandPhrase(of: postings))" + Self.lackingPhrase(skill))
        }
        lines += ["", "Skills that would raise the most scores (points summed over the postings)"]
        lines += Self.cut(gains, limit) { skill in
            TerminalText.item(
                "\(skill.name): +\(Scoring.format(skill.gain)) over \(skill.asked) posting\(skill.asked == 1 ? "" : "s")"
                    + Self.why(skill))
        }
        lines += ["", "Skills already strong"]
        lines += Self.cut(strong, limit) { skill in
            TerminalText.item("\(skill.name): \(skill.demandPhrase(of: postings)); shown in each")
        }
        lines += ["", "Broad areas the postings name (counted in the scores, listed apart)"]
        lines += Self.cut(broadAreas, limit) { area in
            TerminalText.item("\(area.name): \(area.demandPhrase(of: postings))" + Self.standing(area))
        }
        let shownFits = fits.prefix(limit)
        lines += [""] + TerminalText.heading("Best fits (\(fitsScope(shownFits.count)))")
        lines += Self.cut(Array(shownFits), limit) { fit in
            let job = [fit.title, fit.company].compactMap { $0 }.joined(separator: " at ")
            return TerminalText.scored(fit.score, job.isEmpty ? fit.job : "\(job) (\(fit.job))")
        }
        if !errors.isEmpty {
            lines += ["", "Could not be read"]
            lines += errors.flatMap { TerminalText.item($0.message) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "; lacking in 3 (1 with a related skill); +9.8 points in all".
    static func lackingPhrase(_ skill: SkillDemand) -> String {
        "; lacking in \(skill.lacking)"
            + (skill.related > 0 ? " (\(skill.related) with a related skill)" : "")
            + (skill.gain > 0 ? "; +\(Scoring.format(skill.gain)) points in all" : "")
    }

    /// "the best 15 of 41 postings scored", or "all 6 postings scored": which postings a fits
    /// list of `shown` lines covers.
    func fitsScope(_ shown: Int) -> String {
        shown < postings
            ? "the best \(shown) of \(postings) postings scored"
            : "all \(postings) posting\(postings == 1 ? "" : "s") scored"
    }

    /// How the resume answers a broad area: lacking it, short of points (years, implied only),
    /// or showing it in each posting.
    static func standing(_ area: SkillDemand) -> String {
        if area.lacking > 0 { return lackingPhrase(area) }
        if area.gain > 0 { return "; +\(Scoring.format(area.gain)) points in all" + why(area) }
        return "; shown in each"
    }

    /// What the points are for: missing, years short, implied only.
    static func why(_ skill: SkillDemand) -> String {
        var parts: [String] = []
        if skill.missing > 0 { parts.append("missing in \(skill.missing)") }
        if skill.related > 0 { parts.append("related only in \(skill.related)") }
        if skill.partial > 0 { parts.append("fewer years than asked in \(skill.partial)") }
        if skill.matched > 0, skill.missing + skill.related + skill.partial == 0 {
            parts.append("implied, not named")
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// The lines of the first `limit` items (each item's `lines`, wrapped), then how many more.
    static func cut<Item>(_ items: [Item], _ limit: Int, _ lines: (Item) -> [String]) -> [String] {
        guard !items.isEmpty else { return ["  (none)"] }
        var lines = items.prefix(limit).flatMap(lines)
        if items.count > limit {
            lines.append("  … and \(items.count - limit) more (--limit, or --format json for all)")
        }
        return lines
    }
}

extension String {
    /// The string with spaces before it up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
