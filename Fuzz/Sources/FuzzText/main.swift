import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a plain text posting and as a Markdown posting (the encoding is sniffed).
runFuzzer { bytes in
    for format in [DocumentFormat.text, .markdown] {
        guard let posting = try? JobPostingParser().parse(bytes, source: "fuzz", format: format) else { continue }
        _ = posting.textReport()
        _ = SkillExtractor().extract(posting)
    }
}
