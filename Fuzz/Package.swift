// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for JobFit's parsers, in their own package so the main build stays lean.
// Build and run with Scripts/fuzz.sh TARGET SECONDS (it passes -sanitize=fuzzer,address).
let package = Package(
    name: "JobFitFuzz",
    // The identity of a path dependency is its folder name, which differs between clones.
    dependencies: [.package(name: "jobfit", path: "..")],
    targets: [
        // HTML (with JSON-LD), Markdown and text postings, then skill extraction on the result.
        .executableTarget(name: "FuzzPosting", dependencies: [.product(name: "JobFitCore", package: "jobfit")]),
        // Resumes in every format: JSON, YAML, text, Markdown, DOCX, PDF (format sniffed from the bytes).
        .executableTarget(name: "FuzzResume", dependencies: [.product(name: "JobFitCore", package: "jobfit")]),
        // User taxonomy files, compiled into a matcher and run over the input as text.
        .executableTarget(name: "FuzzTaxonomy", dependencies: [.product(name: "JobFitCore", package: "jobfit")]),
    ]
)
