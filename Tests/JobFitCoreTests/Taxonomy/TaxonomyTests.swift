import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// The shipped taxonomy: its embedded copy, its coverage, user files, and the linter.
@Suite struct TaxonomyTests {
    @Test func embeddedTaxonomyMatchesResources() throws {
        let manifest = try JSONValue.parse(
            String(contentsOf: PackageFiles.url("Resources/taxonomy/manifest.json"), encoding: .utf8))
        let files = (manifest["files"]?.elements ?? []).compactMap(\.text)
        #expect(files.count >= 10)
        var taxonomy = Taxonomy(version: try #require(manifest["version"]?.text), skills: [])
        for file in files {
            let text = try String(contentsOf: PackageFiles.url("Resources/taxonomy/" + file), encoding: .utf8)
            taxonomy = taxonomy.merging(try Taxonomy(json: text, file: file))
        }
        #expect(
            taxonomy.skills == Taxonomy.standard.skills,
            "Resources/taxonomy changed: run Scripts/embed-resources.sh and commit the generated file")
    }

    @Test func coverage() {
        let skills = Taxonomy.standard.skills
        let aliases = skills.reduce(0) { $0 + $1.matchForms.count }
        #expect(skills.count >= 3_000)
        #expect(aliases >= 8_000)
        #expect(skills.filter { $0.kind == .soft }.count >= 60)
        #expect(skills.filter { $0.kind == .certification }.count >= 150)
        for id in [
            "python", "django", "kubernetes", "aws", "postgresql", "owasp", "oauth", "jwt", "sql-injection", "tdd",
            "scrum",
        ] {
            #expect(Taxonomy.standard[id] != nil, "\(id)")
        }
    }

    @Test func implicationsAreDirectionalAndTransitive() throws {
        let taxonomy = Taxonomy.standard
        #expect(taxonomy.implications(of: "django").contains("python"))
        #expect(!taxonomy.implications(of: "python").contains("django"))
        let eks = taxonomy.implications(of: "amazon-eks")
        #expect(eks.contains("kubernetes") && eks.contains("aws"))
    }

    @Test func userFilesExtendAndOverride() throws {
        let user = """
            {"version": "acme-1", "skills": [
              {"id": "acme-forge", "name": "AcmeForge", "kind": "hard", "category": "tool", "aliases": ["forge ci"], "implies": ["python"]},
              {"id": "python", "name": "Python", "kind": "hard", "category": "language", "aliases": [{"text": "Py", "caseSensitive": true}]}
            ]}
            """
        let merged = Taxonomy.standard.merging(try Taxonomy(json: user, file: "acme.json"))
        #expect(merged["acme-forge"]?.implies == ["python"])
        #expect(merged["python"]?.aliases == [SkillAlias("Py", caseSensitive: true)])
        #expect(merged.skills.count == Taxonomy.standard.skills.count + 1)
        #expect(merged.version == Taxonomy.standard.version + "+acme-1")
        let posting = try JobPostingParser().parse(Array("Requirements:\n- AcmeForge and Py\n".utf8), source: "a.txt")
        let ids = SkillExtractor(matcher: SkillMatcher(taxonomy: merged)).extract(posting).skills.map(\.id)
        #expect(ids.contains("acme-forge") && ids.contains("python"))
    }

    @Test func badTaxonomyFilesNameTheJSONPath() {
        #expect(
            throws: TaxonomyError.invalidValue(
                file: "t.json", path: "skills[1].kind", expected: "one of hard, soft, certification, education")
        ) {
            try Taxonomy(
                json:
                    #"{"skills": [{"id": "a", "name": "A", "kind": "hard", "category": "tool"}, {"id": "b", "name": "B", "kind": "sort", "category": "x"}]}"#,
                file: "t.json")
        }
        #expect(
            throws: TaxonomyError.invalidValue(
                file: "t.json", path: "skills[0].aliases[0].context", expected: "one of tech, office, language-list")
        ) {
            try Taxonomy(
                json:
                    #"{"skills": [{"id": "a", "name": "A", "kind": "hard", "category": "tool", "aliases": [{"text": "x", "context": "web"}]}]}"#,
                file: "t.json")
        }
        #expect(throws: TaxonomyError.invalidValue(file: "t.json", path: "skills[0].broad", expected: "true or false"))
        {
            try Taxonomy(
                json: #"{"skills": [{"id": "a", "name": "A", "kind": "hard", "category": "tool", "broad": "yes"}]}"#,
                file: "t.json")
        }
        #expect(throws: TaxonomyError.self) { try Taxonomy(json: "{\"skills\": [", file: "t.json") }
    }

    @Test func broadIsReadFromTaxonomyFilesAndDefaultsToFalse() throws {
        let taxonomy = try Taxonomy(
            json: #"""
                {"skills": [{"id": "a", "name": "Web development", "kind": "hard", "category": "practice", "broad": true},
                            {"id": "b", "name": "React", "kind": "hard", "category": "framework"}]}
                """#, file: "t.json")
        #expect(taxonomy["a"]?.broad == true)
        #expect(taxonomy["b"]?.broad == false)
    }

    @Test func matchFormsKeepTheNameUnlessAnAliasOverridesIt() {
        let plain = Skill(id: "a", name: "Terraform", kind: .hard, category: "devops", aliases: [SkillAlias("TF")])
        #expect(plain.matchForms == [SkillAlias("Terraform"), SkillAlias("TF")])
        // A case-sensitive alias in another case (".Net" for ".NET"): the name still matches as
        // written, under the alias's rule.
        let dotNet = Skill(
            id: "b", name: ".NET", kind: .hard, category: "framework",
            aliases: [SkillAlias(".Net", caseSensitive: true, context: .tech)])
        #expect(
            dotNet.matchForms == [
                SkillAlias(".Net", caseSensitive: true, context: .tech),
                SkillAlias(".NET", caseSensitive: true, context: .tech),
            ])
        // A lowercase name overridden by a capitalised alias stays out: an ordinary word kept
        // from matching.
        let training = Skill(
            id: "c", name: "training", kind: .soft, category: "soft-skill",
            aliases: [SkillAlias("Training", caseSensitive: true)])
        #expect(training.matchForms == [SkillAlias("Training", caseSensitive: true)])
        // An alias in the name's own case replaces it.
        let go = Skill(
            id: "d", name: "Go", kind: .hard, category: "language",
            aliases: [SkillAlias("Go", caseSensitive: true, context: .tech)])
        #expect(go.matchForms == [SkillAlias("Go", caseSensitive: true, context: .tech)])
    }

    @Test func linterFindsEveryKindOfProblem() {
        let taxonomy = Taxonomy(
            version: "t",
            skills: [
                Skill(
                    id: "a", name: "Alpha Tool", kind: .hard, category: "tool", aliases: [SkillAlias("design")],
                    implies: ["b"]),
                Skill(id: "b", name: "Beta Tool", kind: .hard, category: "tool", implies: ["a"], related: ["zzz"]),
                Skill(id: "c", name: "Gamma Tool", kind: .hard, category: "tool", aliases: [SkillAlias("go")]),
                Skill(id: "d", name: "Delta Tool", kind: .hard, category: "tool", aliases: [SkillAlias("alpha tool")]),
                Skill(
                    id: "e", name: "Welding", kind: .hard, category: "trade",
                    aliases: [SkillAlias("welding", unambiguous: true)]),
                Skill(id: "f", name: "Leadership", kind: .soft, category: "soft-skill"),
                Skill(
                    id: "g", name: "Vital signs", kind: .hard, category: "healthcare", aliases: [SkillAlias("vitals")]),
            ])
        let dictionary: Set<String> = ["design", "welding", "leadership", "vital"]
        let messages = TaxonomyLinter(dictionary: dictionary).lint(taxonomy).map(\.description)
        #expect(messages.contains { $0.hasPrefix("a: alias \"design\" is an ordinary English word") })
        #expect(messages.contains { $0.hasPrefix("a: implies cycle a ⇒ b ⇒ a") })
        #expect(messages.contains { $0 == "b: refers to \"zzz\", which no skill has as its id" })
        #expect(messages.contains { $0.hasPrefix("c: alias \"go\" is two letters or fewer") })
        #expect(
            messages.contains {
                $0.contains("alias \"Alpha Tool\" also belongs to a, d")
                    || $0.contains("alias \"alpha tool\" also belongs to a, d")
            })
        #expect(!messages.contains { $0.hasPrefix("e:") || $0.hasPrefix("f:") })
        // "vitals" reads as "vital" to the matcher, an ordinary word.
        #expect(messages.contains { $0.hasPrefix("g: alias \"vitals\" is an ordinary English word") })
        #expect(messages.count == 6)
    }

    @Test func dictionarySetAfterCreationDecidesWhichAliasesAreOrdinaryWords() {
        let taxonomy = Taxonomy(
            version: "t",
            skills: [
                Skill(
                    id: "g", name: "Vital signs", kind: .hard, category: "healthcare", aliases: [SkillAlias("vitals")])
            ])
        var linter = TaxonomyLinter(dictionary: [])
        #expect(linter.lint(taxonomy).isEmpty)
        // "vitals" reads as "vital" to the matcher: caught through the plural-folded keys, which
        // must follow the new words.
        linter.dictionary = ["vital"]
        #expect(
            linter.lint(taxonomy).map(\.description).contains { $0.hasPrefix("g: alias \"vitals\" is an ordinary") })
        linter.dictionary = []
        #expect(linter.lint(taxonomy).isEmpty)
    }

    @Test func shippedTaxonomyPassesTheLinter() throws {
        let path = "/usr/share/dict/american-english"
        let contents = try? String(contentsOfFile: path, encoding: .utf8)
        let list = try #require(contents, "install Debian's wamerican (Scripts/bootstrap.sh)")
        let issues = TaxonomyLinter(dictionary: TaxonomyLinter.words(fromList: list)).lint(.standard)
        #expect(issues.isEmpty, "\(issues.prefix(20).map(\.description).joined(separator: "\n"))")
    }
}
