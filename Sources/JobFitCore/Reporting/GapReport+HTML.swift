import Foundation

extension GapReport {
    /// The report as one self-contained HTML page: inline CSS, SVG bar charts, no script and no
    /// external reference; every text from the inputs is escaped.
    public func htmlReport(limit: Int = 15) -> String {
        let heading = "Market gaps: \(candidate ?? resume)"
        var body = """
            <header><h1>\(escapeHTML(heading))</h1>
            <p class="meta">\(escapeHTML(resume)) against \(postings) postings · average score \
            \(Scoring.format(averageScore)) (potential \(Scoring.format(averagePotentialScore))) · as of \
            \(escapeHTML(asOf)) · taxonomy \(escapeHTML(taxonomyVersion))</p></header>

            """
        body += "<section><h2>Skills you lack, most in demand first</h2>"
        body += HTMLCharts.demandBars(Array(lacking.prefix(limit)), postings: postings) { "lacking in \($0.lacking)" }
        body += HTMLCharts.skillTable(Array(lacking.prefix(limit)), postings: postings, extra: "Lacking in") {
            String($0.lacking)
        }
        body += HTMLCharts.more(lacking.count, limit) + "</section>\n"
        body += "<section><h2>Skills that would raise the most scores</h2>"
        body += HTMLCharts.gainBars(Array(gains.prefix(limit)))
        body += HTMLCharts.skillTable(Array(gains.prefix(limit)), postings: postings, extra: "Points in all") {
            "+" + Scoring.format($0.gain) + Self.why($0)
        }
        body += HTMLCharts.more(gains.count, limit) + "</section>\n"
        body += "<section><h2>Skills already strong</h2>"
        body += HTMLCharts.skillTable(Array(strong.prefix(limit)), postings: postings, extra: nil) { _ in "" }
        body += HTMLCharts.more(strong.count, limit) + "</section>\n"
        body += "<section><h2>Broad areas the postings name</h2>"
        body +=
            "<p class=\"meta\">Counted in the scores, listed apart from the skills above: too general to act on.</p>"
        body += HTMLCharts.skillTable(Array(broadAreas.prefix(limit)), postings: postings, extra: "Lacking in") {
            String($0.lacking) + ($0.gain > 0 ? " · +" + Scoring.format($0.gain) + " points" : "")
        }
        body += (broadAreas.isEmpty ? "<p>None.</p>" : HTMLCharts.more(broadAreas.count, limit)) + "</section>\n"
        let shownFits = fits.prefix(limit)
        body += "<section><h2>Best fits</h2><p class=\"meta\">"
        body += Self.capitalized(fitsScope(shownFits.count)) + ".</p>" + HTMLCharts.fitTable(Array(shownFits))
        body += "</section>\n"
        if !errors.isEmpty {
            body += "<section><h2>Could not be read</h2><ul>"
            body += errors.map { "<li>\(escapeHTML($0.message))</li>" }.joined() + "</ul></section>\n"
        }
        return HTMLCharts.page(title: "JobFit: " + heading, body: body)
    }
}

/// The pieces the gap and cohort pages share: page frame, bar charts, tables.
enum HTMLCharts {
    static func page(title: String, body: String) -> String {
        HTMLPage.opening(title: title, styleSheet: MatchReport.styleSheet + styleSheet) + body
            + HTMLPage.closing(
                footer:
                    "Made by JobFit. Counts are postings; points are score points (docs/scoring.md), summed over the postings."
            )
    }

    /// Horizontal bars: for each skill, the postings requiring, preferring and mentioning it, out of all.
    static func demandBars(
        _ skills: [SkillDemand], postings: Int, note: (SkillDemand) -> String
    ) -> String {
        guard !skills.isEmpty else { return "<p>None.</p>" }
        let height = skills.count * 26 + 24
        let scale = 300 / Double(max(postings, 1))
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-label=\"Postings asking for each skill, by level\">"
        for (row, skill) in skills.enumerated() {
            let y = row * 26
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"label\">\(escapeHTML(clip(skill.name)))</text>"
            svg += "<rect x=\"170\" y=\"\(y + 4)\" width=\"300\" height=\"16\" class=\"track\"/>"
            var x = 170.0
            for (count, level) in [
                (skill.required, "required"), (skill.preferred, "preferred"), (skill.mentioned, "mentioned"),
            ]
            where count > 0 {
                let width = scale * Double(count)
                svg +=
                    "<rect x=\"\(format(x))\" y=\"\(y + 4)\" width=\"\(format(width))\" height=\"16\" class=\"\(level)\"><title>\(level) in \(count) of \(postings)</title></rect>"
                x += width
            }
            svg +=
                "<text x=\"478\" y=\"\(y + 16)\" class=\"label\">\(skill.asked)/\(postings) · \(escapeHTML(note(skill)))</text>"
        }
        var legendX = 170
        for level in ["required", "preferred", "mentioned"] {
            svg +=
                "<rect x=\"\(legendX)\" y=\"\(height - 14)\" width=\"10\" height=\"10\" class=\"\(level)\"/><text x=\"\(legendX + 14)\" y=\"\(height - 5)\" class=\"legend\">\(level)</text>"
            legendX += 100
        }
        return svg + "</svg>"
    }

    /// Horizontal bars of points to gain, scaled to the largest.
    static func gainBars(_ skills: [SkillDemand]) -> String {
        guard let top = skills.map(\.gain).max(), top > 0 else { return "<p>None.</p>" }
        let height = skills.count * 26
        var svg = "<svg class=\"chart\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-label=\"Score points to gain\">"
        for (row, skill) in skills.enumerated() {
            let y = row * 26
            let width = 300 * skill.gain / top
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"label\">\(escapeHTML(clip(skill.name)))</text>"
            svg +=
                "<rect x=\"170\" y=\"\(y + 4)\" width=\"\(format(width))\" height=\"16\" class=\"gain\"><title>+\(Scoring.format(skill.gain)) points</title></rect>"
            svg +=
                "<text x=\"\(format(176 + width))\" y=\"\(y + 16)\" class=\"label\">+\(Scoring.format(skill.gain))</text>"
        }
        return svg + "</svg>"
    }

    /// The first cell of a skill's row in the gap and cohort tables: its name over its category.
    static func skillCell(name: String, category: String) -> String {
        "<td><b>\(escapeHTML(name))</b><br><small>\(escapeHTML(category))</small></td>"
    }

    static func skillTable(
        _ skills: [SkillDemand], postings: Int, extra: String?, value: (SkillDemand) -> String
    ) -> String {
        guard !skills.isEmpty else { return "" }
        var rows = ""
        for skill in skills {
            rows += "<tr>" + HTMLCharts.skillCell(name: skill.name, category: skill.category)
            rows +=
                "<td class=\"num\">\(skill.required)</td><td class=\"num\">\(skill.preferred)</td>"
                + "<td class=\"num\">\(skill.mentioned)</td>"
                + (extra == nil ? "" : "<td>\(escapeHTML(value(skill)))</td>") + "</tr>\n"
        }
        return """
            <div class="table"><table><thead><tr><th>Skill</th><th>Required in</th><th>Preferred in</th>\
            <th>Mentioned in</th>\(extra.map { "<th>\(escapeHTML($0))</th>" } ?? "")</tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
    }

    static func fitTable(_ fits: [PostingFit], client: Bool = false) -> String {
        guard !fits.isEmpty else { return "<p>None.</p>" }
        var rows = ""
        for fit in fits {
            let job = [fit.title, fit.company].compactMap { $0 }.joined(separator: " at ")
            rows += "<tr><td class=\"num\"><b>\(fit.score)</b></td><td class=\"num\">\(fit.potentialScore)</td>"
            rows += "<td>\(escapeHTML(job.isEmpty ? fit.job : job))<br><small>\(escapeHTML(fit.job))</small></td>"
            if client {
                rows +=
                    "<td>\(escapeHTML(fit.candidate ?? fit.resume ?? ""))<br><small>\(escapeHTML(fit.resume ?? ""))</small></td>"
            }
            rows += "</tr>\n"
        }
        return """
            <div class="table"><table><thead><tr><th>Score</th><th>Potential</th><th>Posting</th>\
            \(client ? "<th>Best client</th>" : "")</tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
    }

    static func more(_ count: Int, _ limit: Int) -> String {
        count > limit ? "<p class=\"meta\">… and \(count - limit) more (the JSON output lists all).</p>" : ""
    }

    /// A long name cut to fit the chart's label column.
    static func clip(_ name: String) -> String {
        name.count > 24 ? String(name.prefix(23)) + "…" : name
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    static let styleSheet = """
        rect.required{fill:var(--miss)}rect.preferred{fill:var(--part)}rect.mentioned{fill:#9aa3b5}rect.gain{fill:var(--rel)}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        """
}
