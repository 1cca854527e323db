import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Every input a fuzz target found a crash, leak or hang with (Fuzz/README.md), run through the
/// same calls as that target: each must now be refused or read, and never crash.
///
/// The inputs live in `Fixtures/fuzz/TARGET/`, named after what they found.
@Suite struct FuzzRegressionTests {
    private static let folder = "Tests/JobFitCoreTests/Fixtures/fuzz"

    static var inputs: [String] {
        let root = PackageFiles.url(folder).path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.contains("/") }.sorted()
    }

    @Test(arguments: inputs)
    func foundInputIsHandled(_ input: String) throws {
        let bytes = try PackageFiles.bytes(Self.folder + "/" + input)
        let target = String(input.prefix { $0 != "/" })
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try Self.run(target, bytes) }
        // A safety bound, not a benchmark: the fuzzers call anything over 10 s a hang.
        #expect(elapsed < .seconds(10))
    }

    /// The calls each fuzz target makes (Fuzz/Sources/TARGET/main.swift), on one input.
    static func run(_ target: String, _ bytes: [UInt8]) throws {
        let asOf = ResumeDate(year: 2026, month: 1)
        switch target {
        case "FuzzHTML":
            if let posting = try? JobPostingParser().parse(bytes, source: "fuzz.html", format: .html) {
                _ = posting.textReport()
                _ = try? posting.jsonData()
                _ = SkillExtractor().extract(posting).markdownReport()
            }
        case "FuzzText":
            for format in [DocumentFormat.text, .markdown] {
                if let posting = try? JobPostingParser().parse(bytes, source: "fuzz", format: format) {
                    _ = posting.textReport()
                    _ = SkillExtractor().extract(posting)
                }
            }
        case "FuzzResumeJSON":
            for source in ["fuzz.json", "fuzz.yaml"] {
                if let resume = try? ResumeLoader.load(bytes, source: source) {
                    _ = ResumeValidator().validate(resume.document)
                    _ = EvidenceCollector().evidence(in: resume, asOf: asOf)
                }
            }
        case "FuzzDOCX":
            // Bytes that do not start with "PK" are the XML parts, stored in a fresh archive.
            var docx = bytes
            if !bytes.starts(with: [0x50, 0x4B]) {
                let marker = Array("<!--styles-->\n".utf8)
                docx = StoredZip.archive(
                    bytes.firstRange(of: marker).map {
                        [
                            ("word/document.xml", Array(bytes[..<$0.lowerBound])),
                            ("word/styles.xml", Array(bytes[$0.upperBound...])),
                        ]
                    } ?? [("word/document.xml", bytes)])
            }
            let limits = DocumentLimits(maximumDecompressedBytes: 1_000_000)
            if let text = try? ResumeDocumentReader.markdown(fromDOCX: docx, source: "fuzz.docx", limits: limits) {
                _ = try? ResumeLoader.load(Array(text.utf8), source: "fuzz.md")
            }
        case "FuzzPDF":
            if let resume = try? ResumeLoader.load(bytes, source: "fuzz.pdf") {
                _ = EvidenceCollector().evidence(in: resume, asOf: asOf)
            }
        case "FuzzTaxonomy":
            let text = String(decoding: bytes, as: UTF8.self)
            if let taxonomy = try? Taxonomy(json: text, file: "fuzz") {
                _ = TaxonomyLinter(dictionary: []).lint(taxonomy)
                _ = SkillExtractor(matcher: SkillMatcher(taxonomy: taxonomy)).countHits(in: text)
            }
        case "FuzzMatcher":
            if let posting = try? JobPostingParser().parse(bytes, source: "fuzz.txt", format: .text),
                let resume = try? ResumeLoader.load(bytes, source: "fuzz.txt")
            {
                let report = ResumeMatcher().match(resume, against: posting, asOf: asOf)
                _ = report.htmlReport()
                _ = try? report.jsonData()
            }
        default:
            Issue.record("no fuzz target named \(target)")
        }
    }
}
