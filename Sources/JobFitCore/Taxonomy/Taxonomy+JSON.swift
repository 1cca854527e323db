/// Reading taxonomy files: `{"version": "…", "skills": [{"id", "name", "kind", "category",
/// "aliases", "implies", "related", "broad"}]}` as documented in `docs/taxonomy.md`.
extension Taxonomy {
    /// Reads one taxonomy file's JSON text; `file` names it in errors.
    ///
    /// - Throws: ``TaxonomyError`` with the JSON path of the first problem.
    public init(json text: String, file: String) throws {
        let root: JSONValue
        do {
            root = try JSONValue.parse(text)
        } catch let error as JSONValueError {
            throw TaxonomyError.invalidJSON(file: file, message: error.message)
        }
        guard case .object = root, let list = root["skills"], case .array(let entries) = list else {
            throw TaxonomyError.invalidValue(file: file, path: "skills", expected: "an array of skills")
        }
        var skills: [Skill] = []
        skills.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            skills.append(try Self.skill(entry, file: file, path: "skills[\(index)]"))
        }
        self.init(version: root["version"]?.text ?? "", skills: skills)
    }

    private static func skill(_ value: JSONValue, file: String, path: String) throws -> Skill {
        func string(_ key: String) throws -> String {
            guard let text = value[key]?.text, !text.isEmpty else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).\(key)", expected: "a non-empty string")
            }
            return text
        }
        func strings(_ key: String) throws -> [String] {
            guard let list = value[key] else { return [] }
            guard case .array(let items) = list else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).\(key)", expected: "an array of skill ids")
            }
            return try items.enumerated().map { index, item in
                guard case .string(let id) = item else {
                    throw TaxonomyError.invalidValue(
                        file: file, path: "\(path).\(key)[\(index)]", expected: "a skill id")
                }
                return id
            }
        }
        let kindName = try string("kind")
        guard let kind = Skill.Kind(rawValue: kindName) else {
            throw TaxonomyError.invalidValue(
                file: file, path: "\(path).kind", expected: "one of hard, soft, certification, education")
        }
        var aliases: [SkillAlias] = []
        if let list = value["aliases"] {
            guard case .array(let items) = list else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).aliases", expected: "an array of aliases")
            }
            for (index, item) in items.enumerated() {
                aliases.append(try alias(item, file: file, path: "\(path).aliases[\(index)]"))
            }
        }
        var broad = false
        if let flag = value["broad"] {
            guard case .bool(let value) = flag else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).broad", expected: "true or false")
            }
            broad = value
        }
        return Skill(
            id: try string("id"), name: try string("name"), kind: kind, category: try string("category"),
            aliases: aliases, implies: try strings("implies"), related: try strings("related"), broad: broad)
    }

    private static func alias(_ value: JSONValue, file: String, path: String) throws -> SkillAlias {
        if case .string(let text) = value, !text.isEmpty { return SkillAlias(text) }
        guard case .object = value, let text = value["text"]?.text, !text.isEmpty else {
            throw TaxonomyError.invalidValue(
                file: file, path: path,
                expected: "a string, or an object with \"text\" (and \"caseSensitive\", \"context\", \"unambiguous\")")
        }
        var alias = SkillAlias(text)
        if let flag = value["caseSensitive"] {
            guard case .bool(let caseSensitive) = flag else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).caseSensitive", expected: "true or false")
            }
            alias.caseSensitive = caseSensitive
        }
        if let flag = value["unambiguous"] {
            guard case .bool(let unambiguous) = flag else {
                throw TaxonomyError.invalidValue(file: file, path: "\(path).unambiguous", expected: "true or false")
            }
            alias.unambiguous = unambiguous
        }
        if let context = value["context"] {
            guard let name = context.text, let parsed = SkillAlias.Context(rawValue: name) else {
                throw TaxonomyError.invalidValue(
                    file: file, path: "\(path).context", expected: "one of tech, office, language-list")
            }
            alias.context = parsed
        }
        return alias
    }
}
