import Foundation
import FuzzSupport
import JobFitCore

// Any bytes as a user taxonomy file; when it loads, it is linted, merged into a small base,
// compiled into a matcher, and run over its own text. (Compiling the whole built-in taxonomy for
// every input would make each run take a tenth of a second.)
let base = try! Taxonomy(
    json: #"{"skills": [{"id": "python", "name": "Python", "kind": "hard", "category": "language"}]}"#, file: "base")
runFuzzer { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    guard let taxonomy = try? Taxonomy(json: text, file: "fuzz") else { return }
    _ = TaxonomyLinter(dictionary: []).lint(taxonomy)
    _ = SkillExtractor(matcher: SkillMatcher(taxonomy: base.merging(taxonomy))).countHits(in: text)
}
