import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a JSON Resume in JSON and in YAML, then validated and searched for evidence.
runFuzzer { bytes in
    for source in ["fuzz.json", "fuzz.yaml"] {
        guard let resume = try? ResumeLoader.load(bytes, source: source) else { continue }
        _ = ResumeValidator().validate(resume.document)
        _ = EvidenceCollector().evidence(in: resume, asOf: ResumeDate(year: 2026, month: 1))
    }
}
