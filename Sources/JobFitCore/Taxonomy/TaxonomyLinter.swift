/// Checks a taxonomy for the mistakes that make extraction wrong.
///
/// Errors: duplicate ids, an alias on two skills with no rule to tell them apart, `implies` or
/// `related` naming a missing skill, `implies` cycles, and risky aliases: a one-word alias that
/// is an ordinary English word (unless a curator marked it `unambiguous`), or two letters or
/// fewer, with neither a case rule nor a context. Soft skills are exempt from the English-word
/// rule (their names are ordinary words by nature).
public struct TaxonomyLinter: Sendable {
    /// One finding.
    public struct Issue: Equatable, Sendable, CustomStringConvertible {
        /// The skill it is about.
        public var skill: String
        /// What is wrong and what to do.
        public var message: String

        /// "skill-id: message".
        public var description: String { "\(skill): \(message)" }
    }

    /// Lowercase English words (from Debian's `wamerican` list).
    public var dictionary: Set<String> {
        // The keys are derived from the words: a dictionary set after `init` must not be linted
        // against the old one's keys.
        didSet { dictionaryKeys = Self.keys(of: dictionary) }
    }

    /// The dictionary's words as the matcher sees them (plurals folded), so that an alias such
    /// as "vitals", which the matcher reads as "vital", is caught too.
    private var dictionaryKeys: Set<UInt64>

    /// Creates a linter with a dictionary of ordinary English words.
    public init(dictionary: Set<String>) {
        self.dictionary = dictionary
        self.dictionaryKeys = Self.keys(of: dictionary)
    }

    private static func keys(of words: Set<String>) -> Set<UInt64> {
        Set(words.compactMap { Tokenizer.tokenize($0).first?.key })
    }

    /// Reads a word list with one word per line; capitalised entries (proper nouns) are skipped.
    public static func words(fromList text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(separator: "\n") where line.first?.isLowercase == true && !line.contains("'") {
            words.insert(String(line))
        }
        return words
    }

    /// Every problem in `taxonomy`; `sources` (file name and its skills) adds the duplicate-id check.
    public func lint(_ taxonomy: Taxonomy, sources: [(file: String, skills: [Skill])] = []) -> [Issue] {
        var issues: [Issue] = []
        var seen: [String: String] = [:]
        for (file, skills) in sources {
            for skill in skills {
                if let first = seen[skill.id] {
                    issues.append(Issue(skill: skill.id, message: "defined in \(first) and again in \(file); keep one"))
                }
                seen[skill.id] = file
            }
        }
        var owners: [[UInt64]: [(skill: String, alias: SkillAlias)]] = [:]
        for skill in taxonomy.skills {
            for reference in skill.implies + skill.related where taxonomy[reference] == nil {
                issues.append(
                    Issue(skill: skill.id, message: "refers to \"\(reference)\", which no skill has as its id"))
            }
            if skill.implies.contains(skill.id) {
                issues.append(Issue(skill: skill.id, message: "implies itself"))
            }
            for alias in skill.matchForms {
                let keys = Tokenizer.tokenize(alias.text).map(\.key)
                guard !keys.isEmpty else {
                    issues.append(Issue(skill: skill.id, message: "alias \"\(alias.text)\" has no letters or digits"))
                    continue
                }
                owners[keys, default: []].append((skill.id, alias))
                if let problem = risk(of: alias, in: skill, keys: keys) {
                    issues.append(Issue(skill: skill.id, message: problem))
                }
            }
        }
        for (_, list) in owners where Set(list.map(\.skill)).count > 1 {
            let unruled = list.filter { !$0.alias.caseSensitive && $0.alias.context == nil }
            if Set(unruled.map(\.skill)).count > 1 {
                let names = Set(unruled.map(\.skill)).sorted().joined(separator: ", ")
                issues.append(
                    Issue(
                        skill: unruled[0].skill,
                        message:
                            "alias \"\(unruled[0].alias.text)\" also belongs to \(names); remove it from all but one, or give it a case or context rule"
                    ))
            }
        }
        issues += cycles(in: taxonomy)
        return issues.sorted { ($0.skill, $0.message) < ($1.skill, $1.message) }
    }

    private func risk(of alias: SkillAlias, in skill: Skill, keys: [UInt64]) -> String? {
        guard !alias.caseSensitive, alias.context == nil, keys.count == 1 else { return nil }
        let word = alias.text.lowercased()
        if word.count <= 2, word.allSatisfy(\.isLetter) {
            return "alias \"\(alias.text)\" is two letters or fewer; make it case-sensitive or give it a context"
        }
        if skill.kind != .soft, !alias.unambiguous, dictionary.contains(word) || dictionaryKeys.contains(keys[0]) {
            return
                "alias \"\(alias.text)\" is an ordinary English word; make it case-sensitive, give it a context, or mark it unambiguous"
        }
        return nil
    }

    /// `implies` cycles (A ⇒ B ⇒ A), each reported once at its smallest id.
    private func cycles(in taxonomy: Taxonomy) -> [Issue] {
        var issues: [Issue] = []
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var reported = Set<String>()
        func visit(_ id: String, _ path: [String]) {
            if state[id] == 2 { return }
            if state[id] == 1 {
                guard let start = path.firstIndex(of: id) else { return }
                let cycle = Array(path[start...])
                let key = cycle.sorted().joined(separator: ",")
                if reported.insert(key).inserted {
                    issues.append(
                        Issue(
                            skill: cycle.min() ?? id,
                            message: "implies cycle \((cycle + [id]).joined(separator: " ⇒ ")); implications go one way"
                        ))
                }
                return
            }
            state[id] = 1
            for next in taxonomy[id]?.implies ?? [] where taxonomy[next] != nil { visit(next, path + [id]) }
            state[id] = 2
        }
        for skill in taxonomy.skills { visit(skill.id, []) }
        return issues
    }
}
