import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as an HTML posting (JSON-LD included): it may be refused, but must never crash,
// hang or leak; what is read goes on through extraction and both reports.
runFuzzer { bytes in
    guard let posting = try? JobPostingParser().parse(bytes, source: "fuzz.html", format: .html) else { return }
    _ = posting.textReport()
    _ = try? posting.jsonData()
    let extraction = SkillExtractor().extract(posting)
    _ = extraction.markdownReport()
}
