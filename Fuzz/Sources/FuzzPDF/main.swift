import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a PDF resume: poppler's text, then the resume builder.
runFuzzer { bytes in
    guard let resume = try? ResumeLoader.load(bytes, source: "fuzz.pdf") else { return }
    _ = EvidenceCollector().evidence(in: resume, asOf: ResumeDate(year: 2026, month: 1))
}
