/// Scores pairs from integer skill ids and plain numbers, so that scoring on several cores at
/// once does not spend its time retaining and releasing the same shared strings.
///
/// Gives the same ``BatchRow`` as ``PairScorer/row(_:_:)`` (the batch tests check every fixture
/// pair against the full ``MatchReport``): the same credits, either-or groups, units, score,
/// gains, counts and missing skills, computed in the same order so the sums are bit for bit equal.
struct CompactScorer: Sendable {
    /// A posting's requirements as numbers.
    struct Posting: Sendable {
        var skills: [Int32]
        var levels: [RequirementLevel]
        var weights: [Double]
        /// The first number of years asked, 0 when none.
        var yearsWanted: [Double]
        /// The either-or group, numbered from 0 within the posting; -1 when none.
        var groups: [Int32]
        var groupCount: Int
        var names: [String]
    }

    /// What a resume shows of one skill, as scoring reads it.
    struct Shown: Sendable {
        var isExplicit: Bool
        /// Whether the resume dates any use (months) or states years.
        var dated: Bool
        var years: Double
    }

    /// A resume's evidence as numbers.
    struct Resume: Sendable {
        var shown: [Int32: Shown]
        var related: Set<Int32>
    }

    /// The skills the resumes show or are related to, numbered; a posting's other skills are
    /// numbered -1, which no resume holds (so they are missing, as scoring would find them).
    var index: [String: Int32]
    /// The resumes in compact form.
    var resumes: [Resume]

    /// Numbers the resumes' skills once; postings are then numbered one at a time with
    /// ``posting(_:)``, so that a batch can score postings a window at a time.
    init(resumes resumeProfiles: [ResumeProfile]) {
        var index: [String: Int32] = [:]
        func number(_ id: String) -> Int32 {
            if let known = index[id] { return known }
            let next = Int32(index.count)
            index[id] = next
            return next
        }
        resumes = resumeProfiles.map { profile in
            var resume = Resume(shown: [:], related: [])
            for (id, evidence) in profile.evidence {
                resume.shown[number(id)] = Shown(
                    isExplicit: evidence.isExplicit, dated: evidence.months > 0 || evidence.statedYears != nil,
                    years: evidence.years)
            }
            for id in profile.related { resume.related.insert(number(id)) }
            return resume
        }
        self.index = index
    }

    /// A posting's requirements as numbers.
    func posting(_ profile: PostingProfile) -> Posting {
        var groupNumbers: [String: Int32] = [:]
        var posting = Posting(
            skills: [], levels: [], weights: [], yearsWanted: [], groups: [], groupCount: 0, names: [])
        for asked in profile.asked {
            posting.skills.append(index[asked.skill.id] ?? -1)
            posting.levels.append(asked.skill.level)
            posting.weights.append(asked.weight)
            posting.yearsWanted.append(asked.skill.years?.min ?? 0)
            posting.names.append(asked.skill.name)
            if let group = asked.skill.group {
                if groupNumbers[group] == nil { groupNumbers[group] = Int32(groupNumbers.count) }
                posting.groups.append(groupNumbers[group] ?? -1)
            } else {
                posting.groups.append(-1)
            }
        }
        posting.groupCount = groupNumbers.count
        return posting
    }

    /// Buffers reused from pair to pair by one worker.
    struct Scratch {
        var credit: [Double] = []
        var status: [MatchStatus] = []
        var implied: [Bool] = []
        var unitOf: [Int] = []
        var bestOfGroup: [Int] = []
        var unitOfGroup: [Int] = []
        var unitWeight: [Double] = []
        var unitCredit: [Double] = []
        var unitPotential: [Double] = []
    }

    /// The row of resume `r` (profile `resume`) against a posting (`compact`, from ``posting(_:)``,
    /// and its profile `posting`).
    func row(
        _ r: Int, _ resume: ResumeProfile, _ compact: Posting, _ posting: PostingProfile, scratch: inout Scratch
    ) -> BatchRow {
        let shownSkills = resumes[r]
        let count = compact.skills.count
        scratch.credit.removeAll(keepingCapacity: true)
        scratch.status.removeAll(keepingCapacity: true)
        scratch.implied.removeAll(keepingCapacity: true)
        // Each requirement's own outcome (ResumeMatcher.requirement, Scoring.credit).
        for index in 0..<count {
            let skill = compact.skills[index]
            if let shown = shownSkills.shown[skill] {
                let base = shown.isExplicit ? 1.0 : Scoring.impliedCredit
                let factor = Self.yearsFactor(wanted: compact.yearsWanted[index], shown: shown)
                scratch.credit.append((1000 * base * factor).rounded() / 1000)
                scratch.status.append(factor < 1 ? .partial : .matched)
                scratch.implied.append(!shown.isExplicit)
            } else if shownSkills.related.contains(skill) {
                scratch.credit.append(Scoring.relatedCredit)
                scratch.status.append(.related)
                scratch.implied.append(false)
            } else {
                scratch.credit.append(0)
                scratch.status.append(.missing)
                scratch.implied.append(false)
            }
        }
        // Either-or groups (Scoring.resolveGroups): the first best member stands in for weaker ones.
        if compact.groupCount > 0 {
            scratch.bestOfGroup.removeAll(keepingCapacity: true)
            scratch.bestOfGroup.append(contentsOf: repeatElement(-1, count: compact.groupCount))
            for index in 0..<count where compact.groups[index] >= 0 {
                let group = Int(compact.groups[index])
                let current = scratch.bestOfGroup[group]
                if current >= 0, scratch.credit[current] >= scratch.credit[index] { continue }
                scratch.bestOfGroup[group] = index
            }
            for index in 0..<count where compact.groups[index] >= 0 {
                let winner = scratch.bestOfGroup[Int(compact.groups[index])]
                guard winner != index, scratch.credit[winner] > scratch.credit[index], scratch.credit[winner] > 0
                else { continue }
                scratch.status[index] = scratch.status[winner]
                scratch.credit[index] = scratch.credit[winner]
                scratch.implied[index] = false  // basis: alternative
            }
        }
        // Units (Scoring.units): a requirement alone, or a group once at its members' top weight.
        scratch.unitOf.removeAll(keepingCapacity: true)
        scratch.unitWeight.removeAll(keepingCapacity: true)
        scratch.unitCredit.removeAll(keepingCapacity: true)
        scratch.unitPotential.removeAll(keepingCapacity: true)
        scratch.unitOfGroup.removeAll(keepingCapacity: true)
        scratch.unitOfGroup.append(contentsOf: repeatElement(-1, count: compact.groupCount))
        for index in 0..<count {
            let potential =
                scratch.implied[index] ? scratch.credit[index] / Scoring.impliedCredit : scratch.credit[index]
            let group = Int(compact.groups[index])
            if group >= 0, scratch.unitOfGroup[group] >= 0 {
                let unit = scratch.unitOfGroup[group]
                scratch.unitWeight[unit] = max(scratch.unitWeight[unit], compact.weights[index])
                scratch.unitCredit[unit] = max(scratch.unitCredit[unit], scratch.credit[index])
                scratch.unitPotential[unit] = max(scratch.unitPotential[unit], potential)
                scratch.unitOf.append(unit)
                continue
            }
            if group >= 0 { scratch.unitOfGroup[group] = scratch.unitWeight.count }
            scratch.unitOf.append(scratch.unitWeight.count)
            scratch.unitWeight.append(compact.weights[index])
            scratch.unitCredit.append(scratch.credit[index])
            scratch.unitPotential.append(potential)
        }
        // The score (Scoring.score), summed in the same order.
        var total = 0.0
        var earned = 0.0
        var potential = 0.0
        for unit in scratch.unitWeight.indices { total += scratch.unitWeight[unit] }
        for unit in scratch.unitWeight.indices { earned += scratch.unitWeight[unit] * scratch.unitCredit[unit] }
        for unit in scratch.unitWeight.indices { potential += scratch.unitWeight[unit] * scratch.unitPotential[unit] }
        let score = total > 0 ? Int((100 * earned / total).rounded()) : 0
        let potentialScore = total > 0 ? Int((100 * potential / total).rounded()) : 0

        var required = BatchRow.Counts()
        var preferred = BatchRow.Counts()
        var missing: [(gain: Double, index: Int)] = []
        for index in 0..<count {
            switch compact.levels[index] {
            case .required:
                required.add(scratch.status[index])
                if scratch.status[index] == .missing {
                    let unit = scratch.unitOf[index]
                    let gain =
                        total > 0
                        ? (1000 * scratch.unitWeight[unit] * (1 - scratch.unitCredit[unit]) / total).rounded() / 10 : 0
                    missing.append((gain, index))
                }
            case .preferred: preferred.add(scratch.status[index])
            case .mentioned: break
            }
        }
        // BatchRow.topMissing: largest gain first, then in the posting's order.
        if missing.count > 1 {
            missing.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.index < $1.index }
        }
        return BatchRow(
            resume: resume.source, candidate: resume.candidate, job: posting.source, title: posting.title,
            company: posting.company, score: score, potentialScore: potentialScore, required: required,
            preferred: preferred,
            missingRequired: missing.prefix(BatchRow.missingLimit).map { compact.names[$0.index] },
            knockOutsNotMet: PairScorer.knockOutsNotMet(resume, posting))
    }

    /// Scoring.yearsFactor's factor, from the numbers.
    private static func yearsFactor(wanted: Double, shown: Shown) -> Double {
        guard wanted > 0 else { return 1 }
        guard shown.dated else { return Scoring.unknownYearsFactor }
        let have = (shown.years * 10).rounded() / 10
        guard have < wanted else { return 1 }
        return 0.5 + 0.5 * have / wanted
    }
}
