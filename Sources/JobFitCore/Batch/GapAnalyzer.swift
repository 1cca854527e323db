import Foundation

/// Builds market-demand gap reports: one resume (or a cohort of them) against many postings.
///
/// Reads every input once through ``BatchMatcher/profiles(resumes:jobs:)``, scores every pair
/// with the batch's scorer (the score of `jobfit match`), and tallies each asked-for skill over
/// the postings. Resumes are worked on in parallel, at most ``BatchMatcher/width`` at a time;
/// memory holds the profiles and one tally per resume, never the pairs' reports. A report
/// lists only the best ``fitLimit`` postings, so its size does not grow with the postings.
///
/// ```swift
/// let analyzer = GapAnalyzer(matcher: BatchMatcher(asOf: ResumeDate(year: 2026, month: 1)))
/// let (reports, failures) = try await analyzer.reports(resumes: [.file("cv.json")], jobs: jobs)
/// ```
public struct GapAnalyzer: Sendable {
    /// Reads the inputs and sets the date and the number of workers.
    public var matcher: BatchMatcher
    /// The most postings a report lists under ``GapReport/fits``, best first (`--limit`);
    /// ``GapReport/postings`` still counts every posting scored.
    public var fitLimit: Int

    /// Creates an analyzer.
    public init(matcher: BatchMatcher = BatchMatcher(), fitLimit: Int = 15) {
        self.matcher = matcher
        self.fitLimit = fitLimit
    }

    /// One gap report per resume that could be read, in input order, and the inputs that could
    /// not be read (resumes, then postings).
    ///
    /// - Throws: `CancellationError` only.
    public func reports(
        resumes: [BatchInput], jobs: [BatchInput]
    ) async throws -> (reports: [GapReport], failures: [BatchFailure]) {
        var reports: [GapReport] = []
        let failures = try await analyze(resumes: resumes, jobs: jobs) { reports.append($0.report) }
        return (reports, failures)
    }

    /// The cohort report of `resumes` (the clients) against `jobs`.
    ///
    /// Each client's analysis is folded in as it is delivered (in input order) and then
    /// dropped, so memory holds one best fit per posting and one summary per client, not every
    /// client's score on every posting.
    ///
    /// - Throws: `CancellationError` only.
    public func cohort(resumes: [BatchInput], jobs: [BatchInput]) async throws -> CohortReport {
        var builder = CohortBuilder()
        let failures = try await analyze(resumes: resumes, jobs: jobs) { builder.add($0) }
        return builder.report(failures: failures)
    }

    /// A resume's report, and its fits in posting input order.
    struct Analysis: Sendable {
        var report: GapReport
        var fits: [PostingFit]
    }

    /// Reads the inputs once, analyses each resume on the workers, and hands the analyses to
    /// `each` in input order; returns the inputs that could not be read.
    private func analyze(
        resumes: [BatchInput], jobs: [BatchInput], each: (Analysis) -> Void
    ) async throws -> [BatchFailure] {
        let profiles = try await matcher.profiles(resumes: resumes, jobs: jobs)
        let postings = profiles.jobs
        let errors = profiles.jobFailures.map(GapError.init)
        let asOf = matcher.asOf.yearMonth
        let taxonomy = matcher.extractor.matcher.taxonomy
        let broadAreas = Set(taxonomy.skills.lazy.filter(\.broad).map(\.id))
        let fitLimit = max(fitLimit, 0)
        try await BatchMatcher.orderedMap(profiles.resumes, width: matcher.width) { resume in
            Self.analysis(
                resume, postings: postings, broadAreas: broadAreas, fitLimit: fitLimit, asOf: asOf,
                taxonomyVersion: taxonomy.version, errors: errors)
        } each: { _, analysis in
            each(analysis)
        }
        return profiles.resumeFailures + profiles.jobFailures
    }

    /// The gap report of one resume profile against `postings`, listing the best `fitLimit`
    /// postings; the skills whose ids are in `broadAreas` are listed apart from the specific ones.
    static func analysis(
        _ resume: ResumeProfile, postings: [PostingProfile], broadAreas: Set<String>, fitLimit: Int,
        asOf: String, taxonomyVersion: String, errors: [GapError]
    ) -> Analysis {
        var tally: [String: SkillDemand] = [:]
        var order: [String] = []
        var fits: [PostingFit] = []
        var scoreSum = 0
        var potentialSum = 0
        for posting in postings {
            let (requirements, score) = PairScorer.scored(resume, posting)
            scoreSum += score.value
            potentialSum += score.potential
            fits.append(
                PostingFit(
                    job: posting.source, title: posting.title, company: posting.company, score: score.value,
                    potentialScore: score.potential))
            for requirement in requirements {
                if tally[requirement.id] == nil {
                    order.append(requirement.id)
                    tally[requirement.id] = SkillDemand(
                        id: requirement.id, name: requirement.name, kind: requirement.kind,
                        category: requirement.category)
                }
                tally[requirement.id]?.add(requirement)
            }
        }
        let tallied = order.compactMap { tally[$0] }.map(\.rounded)
        // Only the lists change: broad areas stay in every score and average above.
        let skills = tallied.filter { !broadAreas.contains($0.id) }
        let count = max(postings.count, 1)
        let report = GapReport(
            resume: resume.source, candidate: resume.candidate, asOf: asOf, taxonomyVersion: taxonomyVersion,
            postings: postings.count, averageScore: Self.oneDecimal(Double(scoreSum) / Double(count)),
            averagePotentialScore: Self.oneDecimal(Double(potentialSum) / Double(count)),
            lacking: skills.filter { $0.lacking > 0 }.sorted(by: Self.byLackingDemand),
            gains: skills.filter { $0.gain > 0 }.sorted { left, right in
                left.gain != right.gain ? left.gain > right.gain : left.name < right.name
            },
            strong: skills.filter { $0.gain == 0 && $0.lacking == 0 && $0.partial == 0 && $0.matched > 0 }
                .sorted(by: Self.byDemand),
            broadAreas: tallied.filter { broadAreas.contains($0.id) }.sorted(by: Self.byDemand),
            fits: Array(Self.ranked(fits).prefix(fitLimit)), errors: errors)
        return Analysis(report: report, fits: fits)
    }

    static func oneDecimal(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    /// Most demand where lacking first, then most postings requiring it, then by name.
    private static func byLackingDemand(_ left: SkillDemand, _ right: SkillDemand) -> Bool {
        if left.lackingDemand != right.lackingDemand { return left.lackingDemand > right.lackingDemand }
        if left.required != right.required { return left.required > right.required }
        return left.name < right.name
    }

    /// Most demand first, then most postings requiring it, then by name.
    private static func byDemand(_ left: SkillDemand, _ right: SkillDemand) -> Bool {
        if left.demand != right.demand { return left.demand > right.demand }
        if left.required != right.required { return left.required > right.required }
        return left.name < right.name
    }

    /// Best score first, then the better potential, then input order.
    static func ranked(_ fits: [PostingFit]) -> [PostingFit] {
        fits.enumerated().sorted { left, right in
            let (one, other) = (left.element, right.element)
            if one.score != other.score { return one.score > other.score }
            if one.potentialScore != other.potentialScore { return one.potentialScore > other.potentialScore }
            return left.offset < right.offset
        }.map(\.element)
    }
}

extension SkillDemand {
    /// Counts one posting's requirement of this skill.
    mutating func add(_ requirement: RequirementMatch) {
        switch requirement.level {
        case .required: required += 1
        case .preferred: preferred += 1
        case .mentioned: mentioned += 1
        }
        demand += requirement.weight
        switch requirement.status {
        case .matched: matched += 1
        case .partial: partial += 1
        case .related: related += 1
        case .missing: missing += 1
        }
        if requirement.status == .related || requirement.status == .missing { lackingDemand += requirement.weight }
        gain += requirement.gain
    }

    /// The sums rounded to one decimal, as the JSON shows them.
    var rounded: SkillDemand {
        var copy = self
        copy.demand = GapAnalyzer.oneDecimal(demand)
        copy.lackingDemand = GapAnalyzer.oneDecimal(lackingDemand)
        copy.gain = GapAnalyzer.oneDecimal(gain)
        return copy
    }
}

/// Folds client analyses, in input order, into a cohort report.
struct CohortBuilder {
    private var skills = CohortTally()
    private var broadAreas = CohortTally()
    private var best: [PostingFit] = []
    private var clients: [CohortClient] = []
    private var asOf = ""
    private var taxonomyVersion = ""
    private var postings = 0

    /// Counts one client's lacking skills and scores.
    mutating func add(_ analysis: GapAnalyzer.Analysis) {
        let report = analysis.report
        if clients.isEmpty {
            (asOf, taxonomyVersion, postings) = (report.asOf, report.taxonomyVersion, report.postings)
        }
        let client = report.candidate ?? report.resume
        for skill in report.lacking { skills.add(skill, client: client) }
        for area in report.broadAreas { broadAreas.add(area, client: client) }
        // The best client of each posting: a later client only on a higher score (or the same
        // score and a higher potential); none while every client scores 0.
        for (index, fit) in analysis.fits.enumerated() {
            if index < best.count {
                let current = best[index]
                if fit.score < current.score
                    || fit.score == current.score && fit.potentialScore <= current.potentialScore
                {
                    continue
                }
            }
            var mine = fit
            mine.resume = fit.score > 0 ? report.resume : nil
            mine.candidate = fit.score > 0 ? report.candidate : nil
            if index < best.count { best[index] = mine } else { best.append(mine) }
        }
        clients.append(
            CohortClient(
                resume: report.resume, candidate: report.candidate, averageScore: report.averageScore,
                bestFits: Array(GapAnalyzer.ranked(analysis.fits).prefix(3)),
                topGaps: report.lacking.prefix(5).map(\.name)))
    }

    /// The report, with the inputs that could not be read.
    func report(failures: [BatchFailure]) -> CohortReport {
        CohortReport(
            asOf: asOf, taxonomyVersion: taxonomyVersion, resumes: clients.count, postings: postings,
            skills: skills.ranked, broadAreas: broadAreas.ranked, clients: clients, postingFits: best,
            errors: failures.map(GapError.init))
    }
}

/// Skills counted over the clients of a cohort: who lacks each, and the demand where they do.
private struct CohortTally {
    private var skills: [String: CohortSkill] = [:]
    private var order: [String] = []

    /// Counts one client's tally of a skill; the client is listed only when lacking it.
    mutating func add(_ skill: SkillDemand, client: String) {
        if skills[skill.id] == nil {
            order.append(skill.id)
            skills[skill.id] = CohortSkill(
                id: skill.id, name: skill.name, category: skill.category, required: skill.required,
                preferred: skill.preferred, mentioned: skill.mentioned, demand: skill.demand,
                lackingClients: [], weightedDemand: 0)
        }
        guard skill.lacking > 0 else { return }
        skills[skill.id]?.lackingClients.append(client)
        skills[skill.id]?.weightedDemand += skill.lackingDemand
    }

    /// Largest weighted demand first, then most clients lacking, then by name.
    var ranked: [CohortSkill] {
        order.compactMap { skills[$0] }.map { skill in
            var skill = skill
            skill.weightedDemand = GapAnalyzer.oneDecimal(skill.weightedDemand)
            return skill
        }.sorted { left, right in
            if left.weightedDemand != right.weightedDemand { return left.weightedDemand > right.weightedDemand }
            if left.lackingClients.count != right.lackingClients.count {
                return left.lackingClients.count > right.lackingClients.count
            }
            return left.name < right.name
        }
    }
}
