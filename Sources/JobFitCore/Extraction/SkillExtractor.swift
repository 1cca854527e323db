/// Finds the skills a posting asks for: phrase matching against the compiled taxonomy, the
/// ambiguity rules of each alias, requirement levels, years and either-or groups.
public struct SkillExtractor: Sendable {
    /// The compiled taxonomy.
    public let matcher: SkillMatcher

    /// Creates an extractor over a compiled taxonomy.
    public init(matcher: SkillMatcher) {
        self.matcher = matcher
    }

    /// Creates an extractor over the shipped taxonomy.
    public init() {
        self.init(matcher: SkillMatcher.standard)
    }

    /// Extracts the skills of a parsed posting.
    public func extract(_ posting: JobPosting) -> Extraction {
        var text = posting.text
        let tokens = Tokenizer.tokenize(text)
        let matches = text.withUTF8 { matcher.matches(in: tokens, bytes: $0) }
        let context = DocumentContext(posting: posting, tokens: tokens, matches: matches, matcher: matcher)

        var found: [Int32: ExtractedSkill] = [:]
        var unsure: [Int32: ExtractedSkill] = [:]
        var order: [Int32] = []
        var unsureOrder: [Int32] = []
        var sentences: [Int32: (text: String, cues: LevelCues.Cues)] = [:]
        for (index, match) in matches.enumerated() {
            let skill = matcher.taxonomy.skills[Int(match.accept.skill)]
            let mention = context.mention(for: match, cache: &sentences)
            let isSure = context.satisfiesContext(index)
            let key = match.accept.skill
            if isSure {
                if found[key] == nil {
                    order.append(key)
                    found[key] = ExtractedSkill(
                        id: skill.id, name: skill.name, kind: skill.kind, category: skill.category,
                        level: mention.level,
                        years: nil, group: nil, implied: matcher.taxonomy.implications(of: skill.id), mentions: [])
                }
                if var entry = found[key], !entry.mentions.contains(where: { $0.start == mention.start }) {
                    entry.mentions.append(mention)
                    entry.level = max(entry.level, mention.level)
                    found[key] = entry
                }
            } else if found[key] == nil {
                if unsure[key] == nil {
                    unsureOrder.append(key)
                    unsure[key] = ExtractedSkill(
                        id: skill.id, name: skill.name, kind: skill.kind, category: skill.category,
                        level: mention.level,
                        years: nil, group: nil, implied: [], mentions: [])
                }
                unsure[key]?.mentions.append(mention)
            }
        }
        let years = context.yearsBySkill(sure: Set(order))
        for (key, range) in years.bySkill { found[key]?.years = range }
        for (key, group) in context.groups(sure: Set(order)) { found[key]?.group = group }

        let skills = order.compactMap { found[$0] }.enumerated().sorted { left, right in
            left.element.level != right.element.level
                ? left.element.level > right.element.level : left.offset < right.offset
        }.map(\.element)
        return Extraction(
            source: posting.source, title: posting.title, taxonomyVersion: matcher.taxonomy.version,
            experienceYears: years.overall, skills: skills,
            unsure: unsureOrder.filter { found[$0] == nil }.compactMap { unsure[$0] })
    }
}

extension SkillMatcher {
    /// The shipped taxonomy, compiled once per process.
    public static let standard = SkillMatcher(taxonomy: .standard)
}

/// Everything about one posting the rules look at: tokens, sentences, sections, matches.
private struct DocumentContext {
    let posting: JobPosting
    let tokens: [Token]
    let matches: [SkillMatcher.Match]
    let matcher: SkillMatcher
    let utf8: [UInt8]
    /// The sentence number of every token.
    let sentenceOfToken: [Int32]
    /// The first token of every sentence.
    let sentenceStarts: [Int]
    /// Block starts (UTF-8 offsets) and their section kinds, in order.
    let blockStarts: [(start: Int, end: Int, kind: SectionKind)]
    /// Matches by sentence.
    let matchesBySentence: [Int32: [Int]]

    init(posting: JobPosting, tokens: [Token], matches: [SkillMatcher.Match], matcher: SkillMatcher) {
        self.posting = posting
        self.tokens = tokens
        self.matches = matches
        self.matcher = matcher
        self.utf8 = Array(posting.text.utf8)
        var sentences: [Int32] = []
        sentences.reserveCapacity(tokens.count)
        var starts: [Int] = [0]
        var sentence: Int32 = 0
        for (index, token) in tokens.enumerated() {
            sentences.append(sentence)
            if token.flags.contains(.sentenceEndAfter) {
                sentence += 1
                starts.append(index + 1)
            }
        }
        self.sentenceOfToken = sentences
        self.sentenceStarts = starts
        self.blockStarts = posting.sections.flatMap { section in
            ((section.heading.map { [$0] } ?? []) + section.blocks).map { ($0.start, $0.end, section.kind) }
        }
        var bySentence: [Int32: [Int]] = [:]
        for (index, match) in matches.enumerated() {
            bySentence[sentences[match.firstToken], default: []].append(index)
        }
        self.matchesBySentence = bySentence
    }

    // MARK: - Mentions and levels

    func mention(
        for match: SkillMatcher.Match, cache: inout [Int32: (text: String, cues: LevelCues.Cues)]
    ) -> SkillMention {
        let start = Int(tokens[match.firstToken].start)
        let end = Int(tokens[match.lastToken].end)
        let section = sectionKind(at: start)
        let sentenceIndex = sentenceOfToken[match.firstToken]
        let sentence: (text: String, cues: LevelCues.Cues)
        if let cached = cache[sentenceIndex] {
            sentence = cached
        } else {
            sentence = (sentenceText(sentenceIndex), LevelCues.cues(in: tokens, range: sentenceRange(sentenceIndex)))
            cache[sentenceIndex] = sentence
        }
        return SkillMention(
            text: String(decoding: utf8[start..<end], as: UTF8.self), start: start, end: end, section: section,
            sentence: sentence.text, level: LevelCues.level(section: section, cues: sentence.cues))
    }

    private func sectionKind(at offset: Int) -> SectionKind {
        var low = 0
        var high = blockStarts.count - 1
        var found = SectionKind.other
        while low <= high {
            let middle = (low + high) / 2
            if blockStarts[middle].start <= offset {
                found = blockStarts[middle].kind
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    func sentenceRange(_ sentence: Int32) -> Range<Int> {
        let first = sentenceStarts[Int(sentence)]
        let last = Int(sentence) + 1 < sentenceStarts.count ? sentenceStarts[Int(sentence) + 1] : tokens.count
        return first..<last
    }

    func sentenceText(_ sentence: Int32) -> String {
        let range = sentenceRange(sentence)
        guard let first = range.first, let last = range.last else { return "" }
        var end = Int(tokens[last].end)
        // Keep the sentence's closing punctuation.
        if end < utf8.count, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(utf8[end]) { end += 1 }
        return String(decoding: utf8[Int(tokens[first].start)..<end], as: UTF8.self)
    }

    // MARK: - Ambiguity

    /// Whether a match's alias rule holds here (aliases without a context always hold).
    func satisfiesContext(_ index: Int) -> Bool {
        let match = matches[index]
        guard let rule = match.accept.alias.context else { return true }
        let sentence = sentenceOfToken[match.firstToken]
        let neighbours = (matchesBySentence[sentence] ?? []).filter {
            matches[$0].firstToken != match.firstToken && matches[$0].accept.alias.context == nil
        }
        switch rule {
        case .tech:
            if neighbours.contains(where: { isTechnical(matches[$0]) }) { return true }
            if versionFollows(match.lastToken) { return true }
            return sentenceRange(sentence).contains { ContextWords.tech.contains(tokens[$0].key) }
        case .office:
            if neighbours.contains(where: {
                ["office-software", "business-software"].contains(category(of: matches[$0]))
            }) {
                return true
            }
            return sentenceRange(sentence).contains { ContextWords.office.contains(tokens[$0].key) }
        case .languageList:
            return inLanguageList(index)
        }
    }

    private func category(of match: SkillMatcher.Match) -> String {
        matcher.taxonomy.skills[Int(match.accept.skill)].category
    }

    private func isTechnical(_ match: SkillMatcher.Match) -> Bool {
        let skill = matcher.taxonomy.skills[Int(match.accept.skill)]
        return skill.kind == .hard && ContextWords.technicalCategories.contains(skill.category)
    }

    /// "Go 1.21", "Java 8" — but not "Go 2 years".
    private func versionFollows(_ last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].flags.contains(.number),
            !tokens[last].flags.contains(.sentenceEndAfter)
        else { return false }
        if next + 1 < tokens.count, ContextWords.yearWords.contains(tokens[next + 1].key) { return false }
        return true
    }

    /// A neighbour in the same comma/and/or list is a programming language.
    private func inLanguageList(_ index: Int) -> Bool {
        let match = matches[index]
        for other in [index - 1, index + 1] where matches.indices.contains(other) {
            let neighbour = matches[other]
            guard category(of: neighbour) == "language", neighbour.accept.alias.context == nil else { continue }
            let (first, second) = other < index ? (neighbour, match) : (match, neighbour)
            guard second.firstToken > first.lastToken else { continue }
            let gap = (first.lastToken + 1)..<second.firstToken
            let joined =
                tokens[first.lastToken].flags.contains(.commaAfter)
                || tokens[first.lastToken].flags.contains(.parenthesisAfter)
            if gap.isEmpty && joined { return true }
            if gap.count == 1, ContextWords.listJoiners.contains(tokens[gap.lowerBound].key) { return true }
        }
        return false
    }

    // MARK: - Years

    func yearsBySkill(sure: Set<Int32>) -> (bySkill: [Int32: YearsRange], overall: YearsRange?) {
        var bySkill: [Int32: YearsRange] = [:]
        var overall: YearsRange?
        for sentence in 0..<Int32(sentenceStarts.count) {
            let range = sentenceRange(sentence)
            let expressions = YearsParser.expressions(in: tokens, range: range, utf8: utf8)
            guard !expressions.isEmpty else { continue }
            let sentenceMatches = (matchesBySentence[sentence] ?? []).filter { sure.contains(matches[$0].accept.skill) }
            for (position, expression) in expressions.enumerated() {
                let nextStart =
                    position + 1 < expressions.count ? expressions[position + 1].firstToken : range.upperBound
                var owners = sentenceMatches.filter {
                    (expression.lastToken..<nextStart).contains(matches[$0].firstToken)
                }
                if owners.isEmpty && position == 0 {
                    owners = sentenceMatches.filter { matches[$0].lastToken < expression.firstToken }
                }
                let technical = owners.filter { matcher.taxonomy.skills[Int(matches[$0].accept.skill)].kind != .soft }
                if technical.isEmpty || position == 0 && expressions.count > 1 && owners.count > 2 {
                    // Years with no skill of their own (or a lead clause over several) are the role's.
                    if overall == nil { overall = expression.range }
                }
                for owner in technical where bySkill[matches[owner].accept.skill] == nil {
                    bySkill[matches[owner].accept.skill] = expression.range
                }
            }
        }
        return (bySkill, overall)
    }

    // MARK: - Either-or groups

    /// Skills listed as alternatives ("Java, Kotlin or Scala", "MySQL/PostgreSQL").
    func groups(sure: Set<Int32>) -> [Int32: String] {
        var result: [Int32: String] = [:]
        var groupNumber = 0
        for sentence in 0..<Int32(sentenceStarts.count) {
            let list = (matchesBySentence[sentence] ?? []).filter { sure.contains(matches[$0].accept.skill) }
            var chain: [Int] = []
            var hasOr = false
            func close() {
                let skills = Set(chain.map { matches[$0].accept.skill })
                if hasOr, skills.count >= 2 {
                    groupNumber += 1
                    for skill in skills where result[skill] == nil { result[skill] = "g\(groupNumber)" }
                }
                chain = []
                hasOr = false
            }
            for index in list {
                if let previous = chain.last {
                    // Two skills on one span (an alias shared by two skills) stand together.
                    guard matches[index].firstToken > matches[previous].lastToken else {
                        chain.append(index)
                        continue
                    }
                    let gap = (matches[previous].lastToken + 1)..<matches[index].firstToken
                    let commaJoined = gap.isEmpty && tokens[matches[previous].lastToken].flags.contains(.commaAfter)
                    let word = gap.count == 1 ? tokens[gap.lowerBound].key : 0
                    let orJoined = word == Tokenizer.orKey || word == Tokenizer.slashKey
                    let andJoined = word == Tokenizer.andKey
                    if !(commaJoined || orJoined || andJoined) { close() }
                    if orJoined { hasOr = true }
                    if andJoined {
                        close()
                        continue
                    }
                }
                chain.append(index)
            }
            close()
        }
        return result
    }
}

/// Words that give ambiguous aliases their context.
enum ContextWords {
    static let technicalCategories: Set<String> = [
        "language", "framework", "library", "database", "cloud-service", "cloud-platform", "devops", "data-ml",
        "security", "tool", "platform", "operating-system", "networking",
    ]
    static let tech: Set<UInt64> = Set(
        [
            "programming", "language", "framework", "library", "stack", "coding", "code", "developer", "scripting",
            "compiler", "backend", "frontend", "microservice", "api", "sdk",
        ].map(Tokenizer.key))
    static let office: Set<UInt64> = Set(
        [
            "microsoft", "ms", "office", "spreadsheet", "suite", "computer", "proficiency", "proficient",
            "word processing",
        ]
        .map(Tokenizer.key))
    static let yearWords: Set<UInt64> = Set(["year", "yr", "yrs", "month"].map(Tokenizer.key))
    static let listJoiners: Set<UInt64> = [Tokenizer.andKey, Tokenizer.orKey, Tokenizer.slashKey]
}
