// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for JobFit's parsers, in their own package so the main build stays lean.
// Build and run with Scripts/fuzz.sh TARGET SECONDS (it passes -sanitize=fuzzer,address and
// links with lld; see Fuzz/README.md).
let core = Target.Dependency.product(name: "JobFitCore", package: "jobfit")

/// One fuzz target: an executable that hands libFuzzer a closure over JobFitCore.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: [core, "FuzzSupport"])
}

let package = Package(
    name: "JobFitFuzz",
    // The identity of a path dependency is its folder name, which differs between clones.
    dependencies: [.package(name: "jobfit", path: "..")],
    targets: [
        // Calls libFuzzer's LLVMFuzzerRunDriver, since SwiftPM links its own `main` into executables.
        .target(name: "FuzzSupport"),
        // HTML postings (with schema.org JSON-LD), then extraction and the reports.
        fuzzTarget("FuzzHTML"),
        // Plain text and Markdown postings, then extraction.
        fuzzTarget("FuzzText"),
        // JSON Resume documents as JSON and as YAML, then validation and evidence.
        fuzzTarget("FuzzResumeJSON"),
        // DOCX resumes: the ZIP archive, the XML body and styles, then the resume builder.
        fuzzTarget("FuzzDOCX"),
        // PDF resumes: poppler's text, then the resume builder.
        fuzzTarget("FuzzPDF"),
        // User taxonomy files, compiled into a matcher and run over the input as text.
        fuzzTarget("FuzzTaxonomy"),
        // The tokenizer and phrase matcher: the input as a posting and as a plain resume, matched
        // against each other and rendered in every report format.
        fuzzTarget("FuzzMatcher"),
    ]
)
