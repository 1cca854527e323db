extension CohortReport {
    /// The cohort report as one self-contained HTML page: inline CSS, an SVG bar chart of the
    /// clients lacking each skill, a table of the broad areas apart, no script and no external
    /// reference; every input text escaped.
    public func htmlReport(limit: Int = 15) -> String {
        let heading = "Cohort gaps: \(resumes) clients, \(postings) postings"
        var body = """
            <header><h1>\(escapeHTML(heading))</h1>
            <p class="meta">As of \(escapeHTML(asOf)) · taxonomy \(escapeHTML(taxonomyVersion))</p></header>
            <section><h2>Skills missing across clients</h2>\(lackingBars())

            """
        body += Self.skillTable(Array(skills.prefix(limit)))
        body += HTMLCharts.more(skills.count, limit) + "</section>\n"
        body += "<section><h2>Broad areas the postings name</h2>"
        body +=
            "<p class=\"meta\">Counted in the scores, listed apart from the skills above: too general to act on.</p>"
        body += broadAreas.isEmpty ? "<p>None.</p>" : Self.skillTable(Array(broadAreas.prefix(limit)))
        body += HTMLCharts.more(broadAreas.count, limit) + "</section>\n"
        body += "<section><h2>Clients</h2><div class=\"table\"><table><thead><tr><th>Client</th><th>Average</th>"
        body += "<th>Best fits</th><th>Lacks most</th></tr></thead><tbody>\n"
        for client in clients {
            let fits = client.bestFits.map { "<b>\($0.score)</b> \(escapeHTML(Self.name(of: $0)))" }
            body +=
                "<tr><td>\(escapeHTML(client.candidate ?? client.resume))<br><small>\(escapeHTML(client.resume))</small></td>"
                + "<td class=\"num\">\(Scoring.format(client.averageScore))</td><td>\(fits.joined(separator: "<br>"))</td>"
                + "<td>\(escapeHTML(client.topGaps.joined(separator: ", ")))</td></tr>\n"
        }
        body += "</tbody></table></div></section>\n"
        body += "<section><h2>Best client for each posting</h2>"
        body += HTMLCharts.fitTable(postingFits, client: true) + "</section>\n"
        if !errors.isEmpty {
            body += "<section><h2>Could not be read</h2><ul>"
            body += errors.map { "<li>\(escapeHTML($0.message))</li>" }.joined() + "</ul></section>\n"
        }
        return HTMLCharts.page(title: "JobFit: " + heading, body: body)
    }

    /// A table of skills (or broad areas): clients lacking each, postings by level, who.
    private static func skillTable(_ skills: [CohortSkill]) -> String {
        guard !skills.isEmpty else { return "" }
        var rows = ""
        for skill in skills {
            rows += "<tr>" + HTMLCharts.skillCell(name: skill.name, category: skill.category)
            rows +=
                "<td class=\"num\">\(skill.lackingClients.count)</td><td class=\"num\">\(skill.required)</td>"
                + "<td class=\"num\">\(skill.preferred)</td><td class=\"num\">\(skill.mentioned)</td>"
                + "<td class=\"num\">\(Scoring.format(skill.weightedDemand))</td>"
                + "<td><small>\(escapeHTML(skill.lackingClients.joined(separator: ", ")))</small></td></tr>\n"
        }
        return """
            <div class="table"><table><thead><tr><th>Skill</th><th>Clients lacking</th><th>Required in</th>\
            <th>Preferred in</th><th>Mentioned in</th><th>Weighted demand</th><th>Who</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
    }

    /// Bars: clients lacking each skill, out of all clients.
    private func lackingBars() -> String {
        let shown = skills.prefix(15)
        guard !shown.isEmpty else { return "<p>No client lacks any skill the postings ask for.</p>" }
        let height = shown.count * 26
        let scale = 300 / Double(max(resumes, 1))
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-label=\"Clients lacking each skill\">"
        for (row, skill) in shown.enumerated() {
            let y = row * 26
            let width = scale * Double(skill.lackingClients.count)
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"label\">\(escapeHTML(HTMLCharts.clip(skill.name)))</text>"
            svg += "<rect x=\"170\" y=\"\(y + 4)\" width=\"300\" height=\"16\" class=\"track\"/>"
            svg +=
                "<rect x=\"170\" y=\"\(y + 4)\" width=\"\(HTMLCharts.format(width))\" height=\"16\" class=\"missing\"><title>\(skill.lackingClients.count) of \(resumes) clients</title></rect>"
            svg +=
                "<text x=\"478\" y=\"\(y + 16)\" class=\"label\">\(skill.lackingClients.count)/\(resumes) · \(skill.required) req.</text>"
        }
        return svg + "</svg>"
    }
}
