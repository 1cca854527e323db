extension CohortReport {
    /// The cohort report for a terminal, wrapped to 80 columns: skills missing across clients,
    /// the broad areas apart, each client's best postings and gaps, and each posting's best
    /// client; lists cut at `limit` items.
    public func textReport(limit: Int = 15) -> String {
        var lines =
            TerminalText.heading(
                "Cohort gaps: \(resumes) clients against \(postings) postings · as of \(asOf) · taxonomy \(taxonomyVersion)"
            ) + [""]
            + TerminalText.heading(
                "Skills missing across clients, most demand first (weighted: each client's demand where lacking)")
        lines += GapReport.cut(skills, limit, skillLines)
        lines += ["", "Broad areas the postings name (counted in the scores, listed apart)"]
        lines += GapReport.cut(broadAreas, limit, skillLines)
        lines += ["", "Clients"]
        lines += GapReport.cut(clients, .max) { client in
            let best =
                client.bestFits.first.map { fit in
                    "best \(fit.score) \(Self.name(of: fit))"
                } ?? "no postings"
            return TerminalText.item(
                "\(client.candidate.map { "\($0) (\(client.resume))" } ?? client.resume): average "
                    + "\(Scoring.format(client.averageScore)); \(best)"
                    + (client.topGaps.isEmpty ? "" : "; lacks \(client.topGaps.joined(separator: ", "))"))
        }
        lines += ["", "Best client for each posting"]
        lines += GapReport.cut(postingFits, .max) { fit in
            TerminalText.scored(
                fit.score, "\(Self.name(of: fit)): \(fit.candidate ?? fit.resume ?? "no client scores above 0")")
        }
        if !errors.isEmpty {
            lines += ["", "Could not be read"]
            lines += errors.flatMap { TerminalText.item($0.message) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Ruby: lacked by 4 of 4 clients; required in 5 of 6 postings; weighted 54", wrapped.
    private func skillLines(_ skill: CohortSkill) -> [String] {
        TerminalText.item(
            "\(skill.name): lacked by \(skill.lackingClients.count) of \(resumes) clients; "
                + "\(skill.demandPhrase(of: postings)); weighted \(Scoring.format(skill.weightedDemand))")
    }

    /// "Title at Company (path)", or the path alone.
    static func name(of fit: PostingFit) -> String {
        let job = [fit.title, fit.company].compactMap { $0 }.joined(separator: " at ")
        return job.isEmpty ? fit.job : "\(job) (\(fit.job))"
    }
}

extension CohortSkill {
    /// "required in 12 of 40 postings, preferred in 3", as ``SkillDemand/demandPhrase(of:)``.
    public func demandPhrase(of postings: Int) -> String {
        var demand = SkillDemand(id: id, name: name, kind: .hard, category: category)
        (demand.required, demand.preferred, demand.mentioned) = (required, preferred, mentioned)
        return demand.demandPhrase(of: postings)
    }
}
