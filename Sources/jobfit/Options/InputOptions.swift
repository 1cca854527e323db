import ArgumentParser
import JobFitCore

/// Limits shared by every command that reads job postings or resumes.
///
/// They keep a hostile input from exhausting memory or time (docs/security.md); each error that
/// hits one names its option.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "bytes"))
    var maxBytes: Int = DocumentLimits.default.maximumBytes

    @Option(
        help: ArgumentHelp(
            "Refuse JSON and YAML (resumes, JSON-LD) nested deeper than this many levels.", valueName: "levels"))
    var maxDepth: Int = DocumentLimits.default.maximumDepth

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes.") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be a positive number of levels.") }
    }

    /// The limits these options set; the others keep their defaults.
    var limits: DocumentLimits {
        var limits = DocumentLimits.default
        limits.maximumBytes = maxBytes
        limits.maximumDepth = maxDepth
        return limits
    }

    /// Reads and loads the resume at `path` (`-`: standard input) within these limits.
    func resume(at path: String, _ resumeLimits: ResumeLimitOptions) throws -> Resume {
        try ResumeLoader.load(InputFile.read(path, maximumBytes: maxBytes), source: path, limits: limits(resumeLimits))
    }

    /// Reads and parses the job posting at `path` (`-`: standard input) within these limits.
    func posting(at path: String, _ resumeLimits: ResumeLimitOptions) throws -> JobPosting {
        try JobPostingParser(limits: limits(resumeLimits)).parse(
            InputFile.read(path, maximumBytes: maxBytes), source: path)
    }

    /// The limits these options and the resume options set.
    func limits(_ resume: ResumeLimitOptions) -> DocumentLimits {
        var limits = self.limits
        limits.maximumDecompressedBytes = resume.maxDocxBytes
        limits.maximumPages = resume.maxPdfPages
        limits.maximumYAMLValues = resume.maxYamlValues
        return limits
    }
}

/// Limits on resumes given as DOCX, PDF or YAML (docs/security.md).
struct ResumeLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-docx-bytes"),
        help: ArgumentHelp("Stop inflating a DOCX resume past this many bytes (a zip bomb).", valueName: "bytes"))
    var maxDocxBytes: Int = DocumentLimits.default.maximumDecompressedBytes

    @Option(
        name: .customLong("max-pdf-pages"),
        help: ArgumentHelp("Refuse PDF resumes with more pages than this.", valueName: "pages"))
    var maxPdfPages: Int = DocumentLimits.default.maximumPages

    @Option(
        name: .customLong("max-yaml-values"),
        help: ArgumentHelp(
            "Refuse YAML resumes that expand to more values than this (an alias bomb).", valueName: "values"))
    var maxYamlValues: Int = DocumentLimits.default.maximumYAMLValues

    func validate() throws {
        guard maxDocxBytes > 0 else { throw ValidationError("--max-docx-bytes must be a positive number of bytes.") }
        guard maxPdfPages > 0 else { throw ValidationError("--max-pdf-pages must be a positive number of pages.") }
        guard maxYamlValues > 0 else { throw ValidationError("--max-yaml-values must be a positive number.") }
    }
}
