import ArgumentParser
import Foundation
import JobFitCore

/// `--taxonomy FILE` (repeatable) and `JOBFIT_TAXONOMY`: user files that extend the default taxonomy.
struct TaxonomyOptions: ParsableArguments {
    @Option(
        name: .customLong("taxonomy"),
        help: ArgumentHelp(
            "A taxonomy file that extends or overrides the built-in one (repeatable; also JOBFIT_TAXONOMY, colon-separated).",
            valueName: "file"))
    var files: [String] = []

    /// `JOBFIT_TAXONOMY`'s files, then `--taxonomy`'s, in order.
    var paths: [String] {
        (ProcessInfo.processInfo.environment["JOBFIT_TAXONOMY"]?.split(separator: ":").map(String.init) ?? []) + files
    }

    /// The built-in taxonomy with the user's files merged in order.
    func load() throws -> Taxonomy {
        var taxonomy = Taxonomy.standard
        for path in paths {
            let bytes = try InputFile.read(path, maximumBytes: 64_000_000)
            taxonomy = taxonomy.merging(try Taxonomy(json: String(decoding: bytes, as: UTF8.self), file: path))
        }
        return taxonomy
    }

    /// The compiled matcher: the shared built-in one when no user file is given.
    func matcher() throws -> SkillMatcher {
        paths.isEmpty ? .standard : SkillMatcher(taxonomy: try load())
    }
}
