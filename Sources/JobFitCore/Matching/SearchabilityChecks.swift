import Foundation

/// The checks an applicant-tracking system's parser implies: can it reach the person, find the
/// sections and dates, and does the resume speak the posting's language.
enum SearchabilityChecks {
    /// Words a resume of one or two pages usually has.
    static let wordRange = 250...1_100
    /// The share of bullets with a number (%, $, counts) below which the check warns.
    static let measurableShare = 0.3
    /// Title words that say seniority or arrangement, not the job.
    static let titleNoise: Set<String> = [
        "senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "i", "ii", "iii", "iv", "remote",
        "hybrid", "contract", "temporary", "part-time", "full-time", "the", "of", "and", "&", "-", "–", "/", "for",
    ]

    static func run(resume: Resume, layout: ResumeText, posting: JobPosting) -> [SearchabilityCheck] {
        [contact(resume), headings(resume), dates(resume), length(layout), jobTitle(resume, posting), results(resume)]
    }

    private static func contact(_ resume: Resume) -> SearchabilityCheck {
        let basics = resume.basics
        let missing = [("basics.email", basics.email), ("basics.phone", basics.phone), ("basics.name", basics.name)]
            .filter { $0.1?.isEmpty ?? true }.map(\.0)
        let status: SearchabilityCheck.Status = missing.isEmpty ? .pass : missing.count == 1 ? .warn : .fail
        let message =
            missing.isEmpty
            ? "name, email and phone are present"
            : "missing " + missing.map { String($0.dropFirst("basics.".count)) }.joined(separator: ", ")
        return SearchabilityCheck(id: "contact", status: status, message: message, places: missing)
    }

    private static func headings(_ resume: Resume) -> SearchabilityCheck {
        let missing = ["work", "education", "skills"].filter { (resume.document[$0]?.elements ?? []).isEmpty }
        return SearchabilityCheck(
            id: "headings", status: missing.isEmpty ? .pass : .warn,
            message: missing.isEmpty
                ? "Experience, Education and Skills sections found"
                : "no " + missing.joined(separator: ", ") + " section: ATS parsers look for standard headings",
            places: missing)
    }

    private static func dates(_ resume: Resume) -> SearchabilityCheck {
        var places: [String] = []
        for (index, role) in (resume.document["work"]?.elements ?? []).enumerated() {
            if role["startDate"]?.text.flatMap(ResumeDate.init) == nil { places.append("work[\(index)].startDate") }
            if let end = role["endDate"]?.text, ResumeDate(end) == nil,
                !Resume.Role.currentEndDates.contains(end.lowercased())
            {
                places.append("work[\(index)].endDate")
            }
        }
        return SearchabilityCheck(
            id: "dates", status: places.isEmpty ? .pass : .warn,
            message: places.isEmpty
                ? "every role has a readable start date"
                : "\(places.count) role date(s) missing or unreadable; write them as YYYY-MM",
            places: places)
    }

    private static func length(_ layout: ResumeText) -> SearchabilityCheck {
        let words = layout.fields.reduce(0) {
            $0 + $1.text.split(whereSeparator: \.isWhitespace).count
        }
        let status: SearchabilityCheck.Status = wordRange.contains(words) ? .pass : .warn
        let advice =
            words < wordRange.lowerBound
            ? ": short; describe each role's work and results"
            : words > wordRange.upperBound ? ": long for one or two pages; cut older roles" : ""
        return SearchabilityCheck(id: "length", status: status, message: "\(words) words" + advice, places: [])
    }

    private static func jobTitle(_ resume: Resume, _ posting: JobPosting) -> SearchabilityCheck {
        guard let title = posting.title else {
            return SearchabilityCheck(id: "job-title", status: .pass, message: "the posting has no title", places: [])
        }
        // "Information Technology (IT) Project Manager": the bracketed part is an abbreviation,
        // and the last words name the job ("Project Manager"), so they alone are a close variant.
        let plain = title.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression)
        let wanted = significantWords(plain)
        let head = Set(orderedSignificantWords(plain).suffix(2))
        let candidates =
            [("basics.label", resume.basics.label)]
            + resume.work.enumerated().map { ("work[\($0.offset)].position", $0.element.position) }
        let best = candidates.compactMap { path, text in
            text.map { text in
                let words = significantWords(text)
                return (path, words.intersection(wanted).count, head.isSubset(of: words))
            }
        }.max { ($0.2 ? 1 : 0, $0.1) < ($1.2 ? 1 : 0, $1.1) }
        let covered = wanted.isEmpty ? 1 : Double(best?.1 ?? 0) / Double(wanted.count)
        if let best, covered >= 0.6 || (best.2 && !head.isEmpty) {
            return SearchabilityCheck(
                id: "job-title", status: .pass, message: "the resume uses the posting's title \"\(title)\"",
                places: [best.0])
        }
        return SearchabilityCheck(
            id: "job-title", status: .warn,
            message: "the posting's title \"\(title)\" (or a close variant) is not in the resume's label or positions",
            places: ["basics.label"])
    }

    private static func results(_ resume: Resume) -> SearchabilityCheck {
        var total = 0
        var without: [String] = []
        for (index, role) in resume.work.enumerated() {
            for (number, highlight) in role.highlights.enumerated() {
                total += 1
                if !highlight.contains(where: \.isNumber) { without.append("work[\(index)].highlights[\(number)]") }
            }
        }
        guard total > 0 else {
            return SearchabilityCheck(
                id: "measurable-results", status: .warn,
                message: "no bullet points under work: add highlights with results", places: ["work"])
        }
        let share = Double(total - without.count) / Double(total)
        return SearchabilityCheck(
            id: "measurable-results", status: share >= measurableShare ? .pass : .warn,
            message: "\(total - without.count) of \(total) bullets show a measurable result (a number, %, $)",
            places: share >= measurableShare ? [] : Array(without.prefix(5)))
    }

    private static func significantWords(_ text: String) -> Set<String> {
        Set(orderedSignificantWords(text))
    }

    private static func orderedSignificantWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "+" && $0 != "#" }.map(String.init)
            .filter { !titleNoise.contains($0) }
    }
}
