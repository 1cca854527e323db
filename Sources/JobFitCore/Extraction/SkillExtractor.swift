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
        return text.withUTF8 { extract(posting, utf8: $0) }
    }

    /// Extracts the skills of `posting`, whose text is `utf8` (read in place, not copied).
    private func extract(_ posting: JobPosting, utf8: UnsafeBufferPointer<UInt8>) -> Extraction {
        let (tokens, matches) = matcher.tokensAndMatches(in: utf8)
        let context = DocumentContext(posting: posting, utf8: utf8, tokens: tokens, matches: matches, matcher: matcher)

        var found: [Int32: ExtractedSkill] = [:]
        var unsure: [Int32: ExtractedSkill] = [:]
        var order: [Int32] = []
        var unsureOrder: [Int32] = []
        var sentences: [Int32: (text: String, cues: LevelCues.Cues)] = [:]
        for (index, match) in matches.enumerated() {
            let skill = matcher.taxonomy.skills[Int(match.accept.skill)]
            let mention = context.mention(for: match, cache: &sentences)
            // Benefits are not skills ("learning & development budget", "mental health programs").
            guard mention.section != .benefits else { continue }
            // A job title or a team ("Sales Representative", "Accounting Clerk", "Marketing team").
            guard !context.namesRoleOrTeam(match) else { continue }
            // A pointer to another posting ("Explore our JavaScript developer job description").
            guard !context.namesAnotherPosting(match) else { continue }
            // A field of study is asked for only where a degree or studies are ("degree in Computer
            // Science"), not where it names the job's field ("Information Technology Specialist").
            guard !matcher.facts(of: match.accept.skill).isFieldOfStudy || context.mentionsStudies(match) else {
                continue
            }
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
                // Matches come in text order, so a repeat of one span is always the last mention.
                // Mutate in place: copying the entry out would copy its mentions every time.
                let isRepeat = found[key]?.mentions.last?.start == mention.start
                if !isRepeat {
                    found[key]?.mentions.append(mention)
                    let level = found[key]?.level ?? .mentioned
                    if mention.level > level { found[key]?.level = mention.level }
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

        let isBroad = { (key: Int32) in self.matcher.taxonomy.skills[Int(key)].broad }
        let skills = order.filter { !isBroad($0) }.compactMap { found[$0] }.enumerated().sorted { left, right in
            left.element.level != right.element.level
                ? left.element.level > right.element.level : left.offset < right.offset
        }.map(\.element)
        return Extraction(
            source: posting.source, title: posting.title, taxonomyVersion: matcher.taxonomy.version,
            experienceYears: years.overall, skills: skills,
            unsure: unsureOrder.filter { found[$0] == nil }.compactMap { unsure[$0] },
            broad: order.filter(isBroad).compactMap { found[$0] })
    }
}

extension SkillExtractor {
    /// The number of phrase hits (spans) in plain `text` that pass every alias rule (case and
    /// context), without building mentions: what benchmarks compare with other phrase matchers.
    public func countHits(in text: String) -> Int {
        let posting = JobPosting(
            source: "-", format: .text, text: text,
            sections: [
                Section(kind: .other, blocks: [Block(kind: .paragraph, text: "", start: 0, end: text.utf8.count)])
            ])
        var bytes = text
        return bytes.withUTF8 { countHits(in: posting, utf8: $0) }
    }

    private func countHits(in posting: JobPosting, utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let (tokens, matches) = matcher.tokensAndMatches(in: utf8)
        let context = DocumentContext(posting: posting, utf8: utf8, tokens: tokens, matches: matches, matcher: matcher)
        // One hit per span: a span can carry several aliases (a name and its case-sensitive form).
        var hits = 0
        var lastCounted = -1
        for index in matches.indices where matches[index].firstToken != lastCounted && context.satisfiesContext(index) {
            hits += 1
            lastCounted = matches[index].firstToken
        }
        return hits
    }
}

extension SkillMatcher {
    /// The shipped taxonomy, compiled once per process.
    public static let standard = SkillMatcher(taxonomy: .standard)
}

/// Everything about one posting the rules look at: tokens, sentences, sections, matches.
///
/// Lives only while its text's bytes are borrowed (``utf8``), within one extraction.
private struct DocumentContext {
    let posting: JobPosting
    let tokens: [Token]
    let matches: [SkillMatcher.Match]
    let matcher: SkillMatcher
    let utf8: UnsafeBufferPointer<UInt8>
    /// The sentence number of every token.
    let sentenceOfToken: [Int32]
    /// The first token of every sentence.
    let sentenceStarts: [Int]
    /// Block starts (UTF-8 offsets), section kinds and numbers, and whether each is a list item.
    let blockStarts: [(start: Int, end: Int, kind: SectionKind, section: Int, isListItem: Bool)]
    /// The first match of every sentence, and the match count at the end: matches come in token
    /// order, so a sentence's matches are one run.
    let sentenceMatchStarts: [Int32]
    /// For each token: whether a match without a context rule starts (bit 0) or ends (bit 1) there.
    let sureMatchEdges: [UInt8]
    /// Sentences with a technical (bit 0) or office (bit 1) cue word.
    let cueSentences: [UInt8]

    init(
        posting: JobPosting, utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], matches: [SkillMatcher.Match],
        matcher: SkillMatcher
    ) {
        self.posting = posting
        self.tokens = tokens
        self.matches = matches
        self.matcher = matcher
        self.utf8 = utf8
        var starts: [Int] = [0]
        // Every token is visited here: the numbers are written in place.
        let sentences = [Int32](unsafeUninitializedCapacity: tokens.count) { numbers, numbered in
            tokens.withUnsafeBufferPointer { tokens in
                var sentence: Int32 = 0
                for index in 0..<tokens.count {
                    numbers[index] = sentence
                    if tokens[index].flags.contains(.sentenceEndAfter) {
                        sentence &+= 1
                        starts.append(index + 1)
                    }
                }
            }
            numbered = tokens.count
        }
        self.sentenceOfToken = sentences
        self.sentenceStarts = starts
        self.blockStarts = posting.sections.enumerated().flatMap { number, section in
            ((section.heading.map { [$0] } ?? []) + section.blocks).map {
                ($0.start, $0.end, section.kind, number, $0.kind == .listItem || $0.kind == .tableCell)
            }
        }
        var matchStarts = [Int32](repeating: Int32(matches.count), count: starts.count + 1)
        var nextSentence = 0
        for (index, match) in matches.enumerated() {
            let sentence = Int(sentences[match.firstToken])
            while nextSentence <= sentence {
                matchStarts[nextSentence] = Int32(index)
                nextSentence += 1
            }
        }
        self.sentenceMatchStarts = matchStarts
        var edges = [UInt8](repeating: 0, count: tokens.count)
        for match in matches where match.accept.alias.context == nil {
            edges[match.firstToken] |= 1
            edges[match.lastToken] |= 2
        }
        self.sureMatchEdges = edges
        // Cue words matter only in sentences where a context-bound alias matched.
        // Bit 7 marks a sentence already read.
        var cues = [UInt8](repeating: 0, count: starts.count)
        for match in matches where match.accept.alias.context != nil {
            let sentence = sentences[match.firstToken]
            guard cues[Int(sentence)] == 0 else { continue }
            var flags: UInt8 = 0
            let first = starts[Int(sentence)]
            let last = Int(sentence) + 1 < starts.count ? starts[Int(sentence) + 1] : tokens.count
            for index in first..<last {
                if ContextWords.tech.contains(tokens[index].key) { flags |= 1 }
                if ContextWords.office.contains(tokens[index].key) { flags |= 2 }
            }
            cues[Int(sentence)] = flags | 0x80
        }
        self.cueSentences = cues
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
            sentence: sentence.text.utf8.count > Self.longestSentence
                ? excerpt(around: start..<end, in: sentenceIndex) : sentence.text,
            level: LevelCues.level(section: section, cues: sentence.cues))
    }

    /// The most UTF-8 bytes of a sentence a mention carries; a longer "sentence" (a list of
    /// hundreds of skills with no full stop) is cut to ``excerptReach`` bytes either side of the
    /// mention, so that reports stay proportional to the posting.
    static let longestSentence = 1_000
    static let excerptReach = 200

    /// The part of a long sentence around a mention, cut at token boundaries, with `…` where cut.
    private func excerpt(around mention: Range<Int>, in sentence: Int32) -> String {
        let tokenRange = sentenceRange(sentence)
        guard let first = tokenRange.first, let last = tokenRange.last else { return "" }
        let sentenceStart = Int(tokens[first].start)
        let sentenceEnd = Int(tokens[last].end)
        var lower = mention.lowerBound
        var upper = mention.upperBound
        for index in tokenRange {
            let token = tokens[index]
            if Int(token.start) >= mention.lowerBound - Self.excerptReach {
                lower = min(lower, Int(token.start))
                break
            }
        }
        for index in tokenRange.reversed() {
            let token = tokens[index]
            if Int(token.end) <= mention.upperBound + Self.excerptReach {
                upper = max(upper, Int(token.end))
                break
            }
        }
        return (lower > sentenceStart ? "…" : "") + String(decoding: utf8[lower..<upper], as: UTF8.self)
            + (upper < sentenceEnd ? "…" : "")
    }

    private func sectionKind(at offset: Int) -> SectionKind {
        blockIndex(at: offset).map { blockStarts[$0].kind } ?? .other
    }

    /// The block holding a UTF-8 offset of the posting text.
    private func blockIndex(at offset: Int) -> Int? {
        blockStarts.lastIndex(startingAtOrBefore: offset) { $0.start }
    }

    /// The indexes of the matches that start in a sentence.
    func matchesIn(_ sentence: Int32) -> Range<Int> {
        Int(sentenceMatchStarts[Int(sentence)])..<Int(sentenceMatchStarts[Int(sentence) + 1])
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

    /// Whether a match's sentence, or the text just before it in the same block, names a degree or
    /// studies ("degree", "major", "semester credits in: …", a degree of the taxonomy).
    func mentionsStudies(_ match: SkillMatcher.Match) -> Bool {
        let sentence = sentenceOfToken[match.firstToken]
        if matchesIn(sentence).contains(where: { matcher.facts(of: matches[$0].accept.skill).isDegree }) {
            return true
        }
        let blockStart = blockIndex(at: Int(tokens[match.firstToken].start)).map { blockStarts[$0].start } ?? 0
        var first = max(0, match.firstToken - 40)
        while first < match.firstToken, Int(tokens[first].start) < blockStart { first += 1 }
        let window = min(first, sentenceRange(sentence).lowerBound)..<sentenceRange(sentence).upperBound
        return window.contains { ContextWords.studyWords.contains(tokens[$0].key) }
    }

    /// Whether a business skill's mention is part of a job title or a team's name.
    ///
    /// That is, followed by a role or group word ("Sales Representative", "Accounting Clerk",
    /// "Product and Marketing teams"). Technical and trade skills are left alone: "Python
    /// developer" asks for Python.
    func namesRoleOrTeam(_ match: SkillMatcher.Match) -> Bool {
        guard matcher.facts(of: match.accept.skill).isBusinessArea else { return false }
        let next = match.lastToken + 1
        guard next < tokens.count,
            tokens[match.lastToken].flags.isDisjoint(with: [.sentenceEndAfter, .commaAfter, .parenthesisAfter])
        else { return false }
        return ContextWords.roleWords.contains(tokens[next].key)
    }

    /// Whether a mention names the subject of another posting the reader is pointed to.
    ///
    /// "Explore our JavaScript developer job description…, or dive into our Python developer job
    /// description": such a skill is not asked for here.
    ///
    /// That is, "job description" follows within three words (a role in between) and a word that
    /// sends the reader elsewhere ("explore", "see", "check out", "dive into"…) comes before it
    /// in the same sentence.
    func namesAnotherPosting(_ match: SkillMatcher.Match) -> Bool {
        let sentence = sentenceRange(sentenceOfToken[match.firstToken])
        var describes = false
        var next = match.lastToken + 1
        while next + 1 < sentence.upperBound, next <= match.lastToken + 4 {
            if tokens[next].key == ContextWords.jobKey, ContextWords.descriptionWords.contains(tokens[next + 1].key) {
                describes = true
                break
            }
            guard tokens[next].flags.isDisjoint(with: [.commaAfter, .parenthesisAfter]) else { return false }
            next += 1
        }
        guard describes else { return false }
        return (sentence.lowerBound..<match.firstToken).contains { ContextWords.pointerWords.contains(tokens[$0].key) }
    }

    /// Whether a match's alias rule holds here (aliases without a context always hold).
    ///
    /// A context-bound word glued to its neighbours ("Go-to-market", "R&D", "R-10452") or inside
    /// a run of capitalised words ("Salt Lake City", "Java House Coffee") never counts. Otherwise
    /// it counts near a technical skill (or office software), next to a version ("Go 1.21"), in a
    /// sentence with a cue word, before "N years" ("Go: 2 years"), or when two context-bound
    /// names of different skills stand together ("Go or Rust", "Word and Excel").
    func satisfiesContext(_ index: Int) -> Bool {
        let match = matches[index]
        guard let rule = match.accept.alias.context else { return true }
        if isGlued(match) || isInsideProperName(match) { return false }
        if followsSkillFrame(match) { return true }
        let sentence = sentenceOfToken[match.firstToken]
        let others = matchesIn(sentence)
        // Another context-bound name of a different skill under the same rule, both case-sensitive
        // ("Go or Rust", "Word and Excel").
        func hasCompanion() -> Bool {
            guard match.accept.alias.caseSensitive else { return false }
            return others.contains { other in
                let candidate = matches[other]
                return candidate.firstToken != match.firstToken && candidate.accept.alias.context == rule
                    && candidate.accept.alias.caseSensitive && candidate.accept.skill != match.accept.skill
                    && !isGlued(candidate) && !isInsideProperName(candidate)
            }
        }
        switch rule {
        case .tech:
            // A technical skill, or a sibling of the same category ("Outreach, SalesLoft").
            let own = matcher.facts(of: match.accept.skill).category
            let anchored = others.contains { other in
                let candidate = matches[other]
                guard candidate.firstToken != match.firstToken, candidate.accept.alias.context == nil else {
                    return false
                }
                let facts = matcher.facts(of: candidate.accept.skill)
                return facts.isTechnical || facts.category == own
            }
            if anchored || technicalNearby(index) { return true }
            if versionFollows(match.lastToken) || yearsFollow(match.lastToken) { return true }
            if hasCompanion() { return true }
            return cueSentences[Int(sentence)] & 1 != 0
        case .office:
            let anchored = others.contains { other in
                let candidate = matches[other]
                return candidate.firstToken != match.firstToken && candidate.accept.alias.context == nil
                    && matcher.facts(of: candidate.accept.skill).isOfficeOrBusiness
            }
            if anchored || hasCompanion() || yearsFollow(match.lastToken) { return true }
            return cueSentences[Int(sentence)] & 2 != 0
        case .languageList:
            return inLanguageList(index)
        }
    }

    /// A technical skill without a context rule in the neighbouring list items or lines of the
    /// same section ("Skills: Java / Spring / SQL", one a line).
    private func technicalNearby(_ index: Int) -> Bool {
        let match = matches[index]
        guard let block = blockIndex(at: Int(tokens[match.firstToken].start)), blockStarts[block].isListItem else {
            return false
        }
        let section = blockStarts[block].section
        let lower = Int(tokens[max(0, match.firstToken - 30)].start)
        let upper = Int(tokens[min(tokens.count - 1, match.lastToken + 30)].end)
        // Matches are in token order: look only at those within the window.
        var first = index
        while first > 0, Int(tokens[matches[first - 1].firstToken].start) >= lower { first -= 1 }
        var last = index
        while last + 1 < matches.count, Int(tokens[matches[last + 1].firstToken].start) <= upper { last += 1 }
        for other in first...last where other != index {
            let candidate = matches[other]
            let start = Int(tokens[candidate.firstToken].start)
            guard candidate.accept.alias.context == nil, isTechnical(candidate),
                let otherBlock = blockIndex(at: start), blockStarts[otherBlock].section == section
            else { continue }
            return true
        }
        return false
    }

    /// Preceded by words that introduce a skill: "knowledge of", "experience with", "proficiency in",
    /// "3 years of".
    private func followsSkillFrame(_ match: SkillMatcher.Match) -> Bool {
        guard match.firstToken >= 2, ContextWords.usageWords.contains(tokens[match.firstToken - 1].key) else {
            return false
        }
        let frame = tokens[match.firstToken - 2]
        guard frame.flags.isDisjoint(with: [.sentenceEndAfter, .commaAfter]) else { return false }
        return ContextWords.frameWords.contains(frame.key) || ContextWords.yearWords.contains(frame.key)
    }

    /// Joined to the word before or after by a hyphen or an `&` with no space ("Go-to-market", "R&D").
    private func isGlued(_ match: SkillMatcher.Match) -> Bool {
        if tokens[match.lastToken].flags.contains(.hyphenAfter) { return true }
        if match.firstToken > 0, tokens[match.firstToken - 1].flags.contains(.hyphenAfter) { return true }
        let next = match.lastToken + 1
        if next < tokens.count, tokens[next].key == Tokenizer.andKey, tokens[next].flags.contains(.joiner),
            tokens[next].start == tokens[match.lastToken].end
        {
            return true
        }
        let previous = match.firstToken - 1
        if previous >= 0, tokens[previous].flags.contains(.joiner), tokens[previous].key == Tokenizer.andKey,
            tokens[previous].end == tokens[match.firstToken].start
        {
            return true
        }
        return false
    }

    /// Part of a run of capitalised words that are not skills themselves ("Salt Lake City").
    private func isInsideProperName(_ match: SkillMatcher.Match) -> Bool {
        let boundary: Token.Flags = [.sentenceEndAfter, .commaAfter, .parenthesisAfter]
        let next = match.lastToken + 1
        // "Shell plc", "Oracle Inc.": a company suffix after a capitalised name.
        if next < tokens.count, tokens[match.firstToken].flags.contains(.capitalised),
            ContextWords.companySuffixes.contains(tokens[next].key)
        {
            return true
        }
        // "React quickly to…": a capitalised word opening a sentence and followed by an adverb is
        // a verb, not the product.
        if next < tokens.count, match.firstToken == match.lastToken,
            match.firstToken == sentenceRange(sentenceOfToken[match.firstToken]).lowerBound,
            tokens[match.firstToken].flags.contains(.capitalised), !tokens[match.firstToken].flags.contains(.allCaps),
            isAdverb(next)
        {
            return true
        }
        if next < tokens.count, tokens[match.lastToken].flags.isDisjoint(with: boundary),
            tokens[next].flags.contains(.capitalised), !tokens[next].flags.contains(.allCaps), !startsMatch(next),
            !ContextWords.tech.contains(tokens[next].key)
        {
            return true
        }
        let previous = match.firstToken - 1
        if previous >= 0, sentenceOfToken[previous] == sentenceOfToken[match.firstToken],
            tokens[previous].flags.isDisjoint(with: boundary.union(.joiner)),
            tokens[previous].flags.contains(.capitalised), !tokens[previous].flags.contains(.allCaps),
            !endsMatch(previous), previous > sentenceRange(sentenceOfToken[previous]).lowerBound
        {
            return true
        }
        return false
    }

    /// A lowercase word of five letters or more ending in "ly" ("quickly", "directly").
    private func isAdverb(_ token: Int) -> Bool {
        let start = Int(tokens[token].start)
        let end = Int(tokens[token].end)
        guard end - start >= 5, !tokens[token].flags.contains(.capitalised) else { return false }
        return utf8[end - 2] == UInt8(ascii: "l") && utf8[end - 1] == UInt8(ascii: "y")
    }

    private func startsMatch(_ token: Int) -> Bool { sureMatchEdges[token] & 1 != 0 }

    private func endsMatch(_ token: Int) -> Bool { sureMatchEdges[token] & 2 != 0 }

    /// "Go: 2 years", "Excel – 3+ years".
    private func yearsFollow(_ last: Int) -> Bool {
        let next = last + 1
        guard next + 1 < tokens.count, tokens[next].flags.contains(.number) else { return false }
        return ContextWords.yearWords.contains(tokens[next + 1].key)
    }

    private func isLanguage(_ match: SkillMatcher.Match) -> Bool {
        matcher.facts(of: match.accept.skill).isLanguage
    }

    private func isTechnical(_ match: SkillMatcher.Match) -> Bool {
        matcher.facts(of: match.accept.skill).isTechnical
    }

    /// "Go 1.21", "Java 8" — but not "Go 2 years" or "Spring 2025".
    private func versionFollows(_ last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].flags.contains(.number),
            tokens[last].flags.isDisjoint(with: [.sentenceEndAfter, .commaAfter, .hyphenAfter])
        else { return false }
        if next + 1 < tokens.count, ContextWords.yearWords.contains(tokens[next + 1].key) { return false }
        let digits = utf8[Int(tokens[next].start)..<Int(tokens[next].end)]
        return digits.contains(UInt8(ascii: ".")) || digits.count <= 2
    }

    /// In a comma/and/or list with a programming language that needs no context, or with another
    /// case-sensitive language name ("D, Rust, or C++"); or used as a language: "in C", "with R",
    /// with something technical in the sentence.
    private func inLanguageList(_ index: Int) -> Bool {
        var chain = [index]
        for step in [-1, 1] {
            var current = index
            while matches.indices.contains(current + step), listJoined(current, current + step) {
                current += step
                chain.append(current)
            }
        }
        let languages = chain.filter { isLanguage(matches[$0]) && !isGlued(matches[$0]) }
        if languages.contains(where: { $0 != index && matches[$0].accept.alias.context == nil }) { return true }
        // A sibling the taxonomy relates to it in the same list ("make, CMake, and Bazel").
        let related = matcher.taxonomy.skills[Int(matches[index].accept.skill)].related
        if !related.isEmpty,
            chain.contains(where: { other in
                other != index && matches[other].accept.alias.context == nil
                    && related.contains(matcher.taxonomy.skills[Int(matches[other].accept.skill)].id)
            })
        {
            return true
        }
        // Two case-sensitive language names together, one of them longer than a letter or two
        // ("D, Rust"), but not a run of letters ("Class A, B, C, and D").
        let named = languages.filter {
            Int(tokens[matches[$0].lastToken].end - tokens[matches[$0].firstToken].start) >= 3
        }
        if Set(languages.map { matches[$0].accept.skill }).count >= 2, matches[index].accept.alias.caseSensitive,
            !named.isEmpty
        {
            return true
        }
        let match = matches[index]
        if match.firstToken > 0, ContextWords.usageWords.contains(tokens[match.firstToken - 1].key) {
            let sentence = sentenceOfToken[match.firstToken]
            let technical = matchesIn(sentence).contains {
                $0 != index && matches[$0].accept.alias.context == nil && isTechnical(matches[$0])
            }
            return technical || cueSentences[Int(sentence)] & 1 != 0
        }
        return false
    }

    /// Two matches next to each other in a list: "A, B", "A or B", "A and B", "A/B".
    private func listJoined(_ first: Int, _ second: Int) -> Bool {
        let (left, right) = first < second ? (matches[first], matches[second]) : (matches[second], matches[first])
        if right.firstToken <= left.lastToken { return true }
        let gap = (left.lastToken + 1)..<right.firstToken
        if gap.isEmpty { return tokens[left.lastToken].flags.contains(.commaAfter) }
        if gap.count == 1 { return ContextWords.listJoiners.contains(tokens[gap.lowerBound].key) }
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
            let sentenceMatches = matchesIn(sentence).filter { sure.contains(matches[$0].accept.skill) }
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
            let list = matchesIn(sentence).filter { sure.contains(matches[$0].accept.skill) }
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
    static let tech: KeySet = KeySet(
        [
            "programming", "language", "framework", "stack", "coding", "code", "developer", "developers", "scripting",
            "compiler", "backend", "frontend", "microservice", "api", "sdk", "firmware", "script", "write", "written",
            "services", "automate", "automation", "deployment", "server", "apps", "hardware",
        ].map(normalizedKey))
    static let office: KeySet = KeySet(
        [
            "microsoft", "ms", "spreadsheet", "suite", "computer", "proficiency", "proficient", "documents", "reports",
            "formulas", "pivot", "vlookup", "macros", "models", "presentations",
        ].map(normalizedKey))
    /// Words that show a field of study is asked for as one.
    static let studyWords: KeySet = KeySet(
        [
            "degree", "major", "majored", "majoring", "bachelor", "bachelors", "master", "masters", "doctorate",
            "phd", "coursework", "course", "diploma", "study", "studies", "studied", "graduate", "undergraduate",
            "graduated", "education", "educational", "academic", "discipline", "field", "college", "university",
            "semester", "credits", "bs", "ba", "bsc", "ms", "msc", "mba", "b.s", "m.s",
        ].map(normalizedKey))
    /// Words that make the capitalised name before them a company ("Shell plc").
    static let companySuffixes: KeySet = KeySet(
        ["plc", "inc", "ltd", "llc", "gmbh", "corp", "corporation", "limited"].map(normalizedKey))
    static let jobKey = normalizedKey("job")
    /// "job description", "job descriptions", "job posting", "job ad".
    static let descriptionWords: KeySet = KeySet(
        ["description", "descriptions", "posting", "postings", "ad", "ads", "listing", "listings"].map(normalizedKey))
    /// Words that send the reader to another page ("Explore our Python developer job description").
    static let pointerWords: KeySet = KeySet(
        ["explore", "see", "check", "read", "view", "browse", "visit", "dive", "discover", "click"].map(normalizedKey))
    /// Words that make the skill before them a job title or a team ("Sales Representative").
    static let roleWords: KeySet = KeySet(
        [
            "representative", "rep", "clerk", "manager", "director", "team", "department", "leader", "executive",
            "specialist", "assistant", "coordinator", "associate", "officer", "agent", "supervisor", "intern",
            "division", "unit", "organization", "org", "staff", "head", "vp",
        ].map(normalizedKey))
    static let yearWords: KeySet = KeySet(["year", "yr", "yrs", "month"].map(Tokenizer.key))
    static let listJoiners: KeySet = [Tokenizer.andKey, Tokenizer.orKey, Tokenizer.slashKey]
    static let usageWords: KeySet = KeySet(["in", "with", "using", "of"].map(normalizedKey))
    /// Words before "in/with/of" that introduce a skill ("knowledge of", "experience with").
    static let frameWords: KeySet = KeySet(
        [
            "knowledge", "experience", "experienced", "proficiency", "proficient", "familiarity", "familiar",
            "expertise", "skills", "skilled", "fluency", "fluent", "competency", "background", "work", "coding",
            "programming", "development", "understanding",
        ].map(normalizedKey))

    /// The key a word has in text (plurals folded), for sets of cue words.
    static func normalizedKey(_ word: String) -> UInt64 {
        Tokenizer.tokenize(word).first?.key ?? 0
    }
}
