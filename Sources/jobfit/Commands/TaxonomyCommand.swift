import ArgumentParser
import Foundation
import JobFitCore

/// `jobfit taxonomy`: look into, check and export the skill taxonomy.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Look into, check and export the skill taxonomy.",
        discussion: """
            The built-in taxonomy is extended by --taxonomy FILE or JOBFIT_TAXONOMY (docs/taxonomy.md).

            Examples:
              jobfit taxonomy search kube
              jobfit taxonomy show python
              jobfit taxonomy lint --taxonomy my-skills.json
              jobfit taxonomy export --terms > phrases.txt
            """,
        subcommands: [Lint.self, Show.self, Search.self, Export.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check for duplicate ids, clashing or risky aliases, dangling or cyclic implications.")

        @OptionGroup var taxonomyOptions: TaxonomyOptions

        @Option(help: ArgumentHelp("A word list of ordinary English words, one per line.", valueName: "file"))
        var dictionary = "/usr/share/dict/american-english"

        func run() throws {
            try reportingErrors {
                guard FileManager.default.fileExists(atPath: dictionary) else {
                    throw ValidationError(
                        "no word list at \(dictionary); install Debian's wamerican (Scripts/bootstrap.sh does) or pass --dictionary."
                    )
                }
                let words = TaxonomyLinter.words(
                    fromList: String(decoding: try InputFile.read(dictionary, maximumBytes: 50_000_000), as: UTF8.self))
                var sources: [(file: String, skills: [Skill])] = [("built-in", Taxonomy.standard.skills)]
                for path in taxonomyOptions.paths {
                    let text = String(decoding: try InputFile.read(path, maximumBytes: 64_000_000), as: UTF8.self)
                    sources.append((path, try Taxonomy(json: text, file: path).skills))
                }
                let issues = TaxonomyLinter(dictionary: words).lint(
                    try taxonomyOptions.load(), sources: sources.count > 1 ? sources : [])
                for issue in issues { print(issue) }
                if !issues.isEmpty {
                    printToStandardError("jobfit: the taxonomy has \(issues.count) problems")
                    throw ExitCode(ExitStatus.dataError)
                }
                print("taxonomy ok: \(Taxonomy.standard.skills.count) skills")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one skill: names, aliases and rules, implications, relations.")

        @Argument(help: "The skill's id.") var id: String
        @OptionGroup var taxonomyOptions: TaxonomyOptions

        func run() throws {
            try reportingErrors {
                let taxonomy = try taxonomyOptions.load()
                guard let skill = taxonomy[id] else {
                    throw ValidationError("no skill has the id \"\(id)\"; try jobfit taxonomy search \(id).")
                }
                print("\(skill.name) (\(skill.id)): \(skill.kind.rawValue), \(skill.category)")
                for alias in skill.matchForms {
                    var rules: [String] = []
                    if alias.caseSensitive { rules.append("case-sensitive") }
                    if let context = alias.context { rules.append("needs \(context.rawValue) context") }
                    print("  alias: \(alias.text)\(rules.isEmpty ? "" : " [\(rules.joined(separator: ", "))]")")
                }
                if !skill.implies.isEmpty {
                    print("  implies: \(taxonomy.implications(of: skill.id).joined(separator: ", "))")
                }
                if !skill.related.isEmpty { print("  related: \(skill.related.joined(separator: ", "))") }
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find skills whose id, name or alias contains a term.")

        @Argument(help: "The term (case ignored).") var term: String
        @Option(help: "Show at most this many.") var limit = 40
        @OptionGroup var taxonomyOptions: TaxonomyOptions

        func run() throws {
            try reportingErrors {
                let needle = term.lowercased()
                let found = try taxonomyOptions.load().skills.filter { skill in
                    skill.id.contains(needle) || skill.name.lowercased().contains(needle)
                        || skill.aliases.contains { $0.text.lowercased().contains(needle) }
                }
                for skill in found.prefix(limit) {
                    print("\(skill.id)\t\(skill.name)\t\(skill.kind.rawValue)\t\(skill.category)")
                }
                if found.count > limit { print("… \(found.count - limit) more (--limit)") }
                if found.isEmpty { throw ExitCode(1) }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the taxonomy: --terms for the plain phrase list benchmarks give to other tools.")

        @Flag(help: "One matchable phrase per line (every name and alias, deduplicated, case kept).") var terms = false
        @OptionGroup var taxonomyOptions: TaxonomyOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingErrors {
                guard terms else { throw ValidationError("say what to export: --terms.") }
                var seen = Set<String>()
                var lines: [String] = []
                for skill in try taxonomyOptions.load().skills {
                    for alias in skill.matchForms where seen.insert(alias.text.lowercased()).inserted {
                        lines.append(alias.text)
                    }
                }
                try output.write(Array((lines.joined(separator: "\n") + "\n").utf8), inputs: [])
            }
        }
    }
}
