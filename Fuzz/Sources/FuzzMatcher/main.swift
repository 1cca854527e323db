import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a posting and as a plain text resume: tokenized, matched against the built-in
// taxonomy, the resume matched against the posting, and the report rendered in every format.
runFuzzer { bytes in
    guard let posting = try? JobPostingParser().parse(bytes, source: "fuzz.txt", format: .text) else { return }
    _ = SkillExtractor().extract(posting)
    guard let resume = try? ResumeLoader.load(bytes, source: "fuzz.txt") else { return }
    let report = ResumeMatcher().match(resume, against: posting, asOf: ResumeDate(year: 2026, month: 1))
    _ = report.textReport()
    _ = report.markdownReport()
    _ = report.htmlReport()
    _ = try? report.jsonData()
}
