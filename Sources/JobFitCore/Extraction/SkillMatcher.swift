import CTokenizer

/// The taxonomy compiled for matching: a trie over token keys.
///
/// It is walked once over a text, leftmost-longest. Immutable and `Sendable`, so one matcher
/// serves every task of a batch.
public struct SkillMatcher: Sendable {
    /// The taxonomy the matcher was compiled from.
    public let taxonomy: Taxonomy

    /// The rule of one alias, as the context checks read it.
    struct AliasRule: Equatable, Sendable {
        /// Match only in the case written.
        var caseSensitive: Bool
        /// Count only in this context.
        var context: SkillAlias.Context?
    }

    /// One alias that ends at a trie node: plain values, so copying a match costs no reference counting.
    struct Accept: Equatable, Sendable {
        /// The skill's index in the taxonomy.
        var skill: Int32
        /// The alias's case and context rule.
        var alias: AliasRule
        /// The alias's letters and digits as written (an index into `exactForms`), for
        /// case-sensitive comparison; -1 when the alias is not case-sensitive.
        var exactForm: Int32
    }

    /// A phrase found in a text: the token range and the alias it matched.
    struct Match: Sendable {
        var firstToken: Int
        var lastToken: Int
        var accept: Accept
    }

    /// The transitions from the root, which the tokenizer looks every token up in.
    private var rootLookup: Tokenizer.RootLookup
    /// The other transitions.
    private var table: TransitionTable
    /// The accepts of every node, one run per node: node `n` owns `acceptList[acceptStart[n]..<acceptStart[n + 1]]`.
    private var acceptStart: [Int32] = []
    private var acceptList: [Accept] = []
    private var exactForms: [[UInt8]] = []
    /// What the context rules ask of a skill, by skill index: read per hit, so kept as plain values.
    private var skillFacts: [SkillFacts] = []

    /// What the context rules ask of one skill.
    struct SkillFacts: Sendable {
        /// The skill's category, as an index into the categories of the taxonomy.
        var category: Int32
        /// A hard skill of a technical category (language, framework, database, cloud, devops…).
        var isTechnical: Bool
        /// Office or business software.
        var isOfficeOrBusiness: Bool
        /// A programming language.
        var isLanguage: Bool
        /// A hard skill of sales, marketing, finance, accounting or administration: the names of
        /// departments and job titles too.
        var isBusinessArea: Bool
        /// A field of study (education).
        var isFieldOfStudy: Bool
        /// A degree (education).
        var isDegree: Bool
    }

    /// The context-rule facts of the skill at `index` in the taxonomy.
    @inline(__always) func facts(of index: Int32) -> SkillFacts {
        skillFacts[Int(index)]
    }

    /// Per node: bit 0, it accepts; bit 1, it has children.
    ///
    /// One byte a node, so the walk rarely looks further for the common one-word skill.
    private var nodeFlags: [UInt8] = []

    /// Compiles `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var categories: [String: Int32] = [:]
        skillFacts = taxonomy.skills.map { skill in
            let category = categories[skill.category] ?? Int32(categories.count)
            categories[skill.category] = category
            return SkillFacts(
                category: category,
                isTechnical: skill.kind == .hard && ContextWords.technicalCategories.contains(skill.category),
                isOfficeOrBusiness: skill.category == "office-software" || skill.category == "business-software",
                isLanguage: skill.category == "language",
                isBusinessArea: skill.kind == .hard
                    && ["sales-marketing", "finance-accounting", "administration"].contains(skill.category),
                isFieldOfStudy: skill.category == "field-of-study", isDegree: skill.category == "degree")
        }
        var builder = Builder(table: TransitionTable(capacity: taxonomy.skills.count * 2))
        for (index, skill) in taxonomy.skills.enumerated() {
            for alias in skill.matchForms {
                builder.add(alias.text, skill: Int32(index), alias: alias)
                // "back end" and "back-end" tokenize alike; also accept the joined "backend".
                if let joined = Self.joinedVariant(alias.text) {
                    builder.add(
                        joined, skill: Int32(index),
                        alias: SkillAlias(joined, caseSensitive: alias.caseSensitive, context: alias.context))
                }
            }
        }
        builder.table.finish()
        self.rootLookup = Tokenizer.RootLookup(builder.rootTransitions)
        self.table = builder.table
        self.exactForms = builder.exactForms
        var start: [Int32] = []
        start.reserveCapacity(builder.accepts.count + 1)
        for accepts in builder.accepts {
            start.append(Int32(acceptList.count))
            acceptList.append(contentsOf: accepts)
        }
        start.append(Int32(acceptList.count))
        self.acceptStart = start
        var flags = [UInt8](repeating: 0, count: builder.accepts.count)
        for node in flags.indices where !builder.accepts[node].isEmpty { flags[node] |= 1 }
        for parent in builder.parents { flags[Int(parent)] |= 2 }
        self.nodeFlags = flags
    }

    /// The trie as it grows, before its accepts are laid out flat.
    private struct Builder {
        /// The children of the root by key (the matcher looks them up in ``Tokenizer/RootLookup``).
        var rootChildren: [UInt64: Int32] = [:]
        var table: TransitionTable
        var accepts: [[Accept]] = [[]]
        /// The transitions from the root, in the order they were made.
        var rootTransitions: [(key: UInt64, node: Int32)] = []
        var exactForms: [[UInt8]] = []
        /// The parent of every node but the root.
        var parents: [Int32] = []
        var nodeCount: Int32 = 1

        mutating func add(_ text: String, skill: Int32, alias: SkillAlias) {
            let tokens = Tokenizer.tokenize(text)
            guard !tokens.isEmpty else { return }
            var node: Int32 = 0
            for token in tokens {
                if let child = node == 0 ? rootChildren[token.key] : table.child(of: node, key: token.key) {
                    node = child
                } else {
                    let child = nodeCount
                    nodeCount += 1
                    accepts.append([])
                    parents.append(node)
                    if node == 0 {
                        rootChildren[token.key] = child
                        rootTransitions.append((token.key, child))
                    } else {
                        table.insert(parent: node, key: token.key, child: child)
                    }
                    node = child
                }
            }
            let rule = AliasRule(caseSensitive: alias.caseSensitive, context: alias.context)
            let form = alias.caseSensitive ? SkillMatcher.exactForm(alias.text) : []
            // One accept per skill, rule and written form: aliases that differ only in spacing or
            // case ("back end", "back-end") would give the same match twice.
            let isKnown = accepts[Int(node)].contains { known in
                known.skill == skill && known.alias == rule
                    && (!rule.caseSensitive || exactForms[Int(known.exactForm)] == form)
            }
            guard !isKnown else { return }
            var formIndex: Int32 = -1
            if rule.caseSensitive {
                formIndex = Int32(exactForms.count)
                exactForms.append(form)
            }
            accepts[Int(node)].append(Accept(skill: skill, alias: rule, exactForm: formIndex))
        }
    }

    /// "back end" → "backend": two or three ASCII words of two letters or more, else `nil`.
    private static func joinedVariant(_ text: String) -> String? {
        var words = 1
        var wordLength = 0
        var joined: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"):
                guard wordLength >= 2 else { return nil }
                words += 1
                wordLength = 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                joined.append(byte)
                wordLength += 1
            default:
                return nil
            }
        }
        guard (2...3).contains(words), wordLength >= 2 else { return nil }
        return String(decoding: joined, as: UTF8.self)
    }

    /// Letters and digits of `text`, as written.
    static func exactForm(_ text: String) -> [UInt8] {
        text.utf8.filter { Tokenizer.isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "#") }
    }

    /// The tokens of `text` and the phrases in them, leftmost-longest, that pass their case rule.
    ///
    /// A token joined to the next by a hyphen may also be read as one word ("e-mail" as "email").
    func tokensAndMatches(in text: String) -> (tokens: [Token], matches: [Match]) {
        var text = text
        return text.withUTF8 { tokensAndMatches(in: $0) }
    }

    /// The tokens of the UTF-8 text `bytes` and the phrases in them.
    func tokensAndMatches(in bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], matches: [Match]) {
        let (tokens, hits) = rootLookup.withTable { Tokenizer.tokenize(bytes: bytes, root: $0) }
        let found = tokens.withUnsafeBufferPointer { tokens in
            hits.withUnsafeBufferPointer { hits in
                rootLookup.withNodes { self.matches(in: tokens, hits: hits, roots: $0, bytes: bytes) }
            }
        }
        return (tokens, found)
    }

    /// The matches starting at `hits` (the tokens whose key, or joined key, may lead from the
    /// root, as the tokenizer found them); `roots` resolves their keys.
    private func matches(
        in tokens: UnsafeBufferPointer<Token>, hits: UnsafeBufferPointer<Int32>,
        roots: Tokenizer.RootNodes, bytes: UnsafeBufferPointer<UInt8>
    ) -> [Match] {
        var result: [Match] = []
        // The first token a match may start at (tokens inside a match start none).
        var index = 0
        let count = tokens.count
        // The walk's stack and the accepting nodes it reaches, reused for every start token
        // without `Array`'s per-append checks.
        var candidates = WalkBuffer(capacity: 16)
        var pending = WalkBuffer(capacity: 16)
        defer {
            candidates.deallocate()
            pending.deallocate()
        }
        let boundary: Token.Flags = [.sentenceEndAfter, .commaAfter, .parenthesisAfter]
        nodeFlags.withUnsafeBufferPointer { nodeFlags in
            for hit in hits {
                let start = Int(hit)
                guard start >= index else { continue }
                let first = tokens[start]
                let direct = first.rootSlots != 0 ? roots.node(first.key, slots: first.rootSlots) : -1
                let joined = first.joinedKey != 0 && start + 1 < count ? roots.node(first.joinedKey, slots: nil) : -1
                // A fingerprint can match a key that is not there.
                guard direct >= 0 || joined >= 0 else { continue }
                index = start
                // Most walks end at their first token (a one-word skill, or a first word whose
                // next token goes nowhere): then there is one candidate at most and no walk.
                if joined < 0 {
                    let flags = nodeFlags[Int(direct)]
                    let next = start + 1
                    let mayExtend =
                        flags & 2 != 0 && next < count && tokens[start].flags.isDisjoint(with: boundary)
                        && (table.child(of: direct, key: tokens[next].key) != nil
                            || tokens[next].joinedKey != 0 && next + 1 < count
                                && table.child(of: direct, key: tokens[next].joinedKey) != nil)
                    if !mayExtend {
                        guard flags & 1 != 0 else { continue }
                        if appendMatches(
                            of: direct, first: start, last: start, tokens: tokens, bytes: bytes, to: &result)
                        {
                            index = start + 1
                        }
                        continue
                    }
                }
                // `pending` is always empty here: the walk below pops it empty.
                candidates.removeAll()
                if direct >= 0 { pending.append(node: direct, last: index) }
                if joined >= 0 { pending.append(node: joined, last: index + 1) }
                while let (node, last) = pending.popLast() {
                    let flags = nodeFlags[Int(node)]
                    if flags & 1 != 0 { candidates.append(node: node, last: last) }
                    let next = last + 1
                    guard flags & 2 != 0, next < count, tokens[last].flags.isDisjoint(with: boundary) else { continue }
                    if let child = table.child(of: node, key: tokens[next].key) {
                        pending.append(node: child, last: next)
                    }
                    if tokens[next].joinedKey != 0, next + 1 < count,
                        let child = table.child(of: node, key: tokens[next].joinedKey)
                    {
                        pending.append(node: child, last: next + 1)
                    }
                }
                var matched = false
                // Longest first; there are rarely more than two candidates, so sort in place.
                candidates.sortLongestFirst()
                for position in 0..<candidates.count {
                    let candidate = candidates[position]
                    matched = appendMatches(
                        of: candidate.node, first: index, last: candidate.last, tokens: tokens, bytes: bytes,
                        to: &result)
                    guard matched else { continue }
                    index = candidate.last + 1
                    break
                }
                if !matched { index += 1 }
            }
        }
        return coordinated(result, tokens: tokens, bytes: bytes)
    }

    /// Appends a match for each alias accepted at `node` for the tokens `first...last` that
    /// passes its case rule; returns whether any did.
    @inline(__always) private func appendMatches(
        of node: Int32, first: Int, last: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
        to result: inout [Match]
    ) -> Bool {
        let start = Int(tokens[first].start)
        let end = Int(tokens[last].end)
        var matched = false
        for acceptIndex in Int(acceptStart[Int(node)])..<Int(acceptStart[Int(node) + 1]) {
            let accept = acceptList[acceptIndex]
            guard
                !accept.alias.caseSensitive || Self.sameExactForm(bytes, start, end, exactForms[Int(accept.exactForm)])
            else { continue }
            result.append(Match(firstToken: first, lastToken: last, accept: accept))
            matched = true
        }
        return matched
    }

    /// A growable list of (node, last token) pairs for the walk, without `Array`'s uniqueness and
    /// capacity checks on every append.
    private struct WalkBuffer {
        private var base: UnsafeMutablePointer<(node: Int32, last: Int)>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            self.base = .allocate(capacity: capacity)
        }

        @inline(__always) subscript(position: Int) -> (node: Int32, last: Int) { base[position] }

        @inline(__always) mutating func append(node: Int32, last: Int) {
            if count == capacity {
                let larger = UnsafeMutablePointer<(node: Int32, last: Int)>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: base, count: count)
                base.deallocate()
                base = larger
                capacity *= 2
            }
            (base + count).initialize(to: (node, last))
            count += 1
        }

        @inline(__always) mutating func popLast() -> (node: Int32, last: Int)? {
            guard count > 0 else { return nil }
            count -= 1
            return base[count]
        }

        @inline(__always) mutating func removeAll() { count = 0 }

        /// Sorts by last token, highest first, with the standard library's (stable) sort, so that
        /// candidates ending at the same token keep the order the walk found them in.
        mutating func sortLongestFirst() {
            guard count > 1 else { return }
            var list = UnsafeMutableBufferPointer(start: base, count: count)
            list.sort { $0.last > $1.last }
        }

        func deallocate() { base.deallocate() }
    }

    /// Adds the phrases whose head a coordinated word shares: "unit and integration testing"
    /// holds "unit testing", "unit, regression and integration testing" holds "regression testing"
    /// too, "business or public administration" holds "business administration".
    ///
    /// Each such match spans from the shared word to the end of the phrase it borrows from, as
    /// written. Only aliases without a case or context rule count this way, and a word that is
    /// already part of a match, or a plural ("networks and software designs"), is left as it is.
    private func coordinated(
        _ found: [Match], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
    ) -> [Match] {
        let stop: Token.Flags = [.sentenceEndAfter, .parenthesisAfter, .hyphenAfter]
        var added: [Match] = []
        var previousStart = -1
        var coveredUpTo = -1
        for match in found {
            defer { coveredUpTo = max(coveredUpTo, match.lastToken) }
            let head = match.firstToken
            guard match.lastToken > head, head != previousStart, head >= 2 else { continue }
            previousStart = head
            let coordinator = tokens[head - 1].key
            guard
                coordinator == Tokenizer.orKey || coordinator == Tokenizer.andKey || coordinator == Tokenizer.slashKey,
                tokens[head - 1].flags.isDisjoint(with: stop)
            else {
                continue
            }
            // The conjuncts before the coordinator: "A or", "A, B or", "A, B, or".
            var word = head - 2
            var conjuncts = 0
            while word > coveredUpTo, conjuncts < 4 {
                let token = tokens[word]
                guard token.flags.isDisjoint(with: stop.union([.number, .joiner])) else { break }
                // The word just before the coordinator may carry the list's comma ("B, or"), the others must.
                guard conjuncts == 0 || token.flags.contains(.commaAfter) else { break }
                // A plural is a noun of its own, not a modifier ("networks and software designs").
                let end = Int(token.end)
                if end >= 2, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] != UInt8(ascii: "s") { break }
                if let node = walk(from: token.key, then: tokens, head + 1...match.lastToken) {
                    for index in Int(acceptStart[Int(node)])..<Int(acceptStart[Int(node) + 1]) {
                        let accept = acceptList[index]
                        guard !accept.alias.caseSensitive, accept.alias.context == nil else { continue }
                        added.append(Match(firstToken: word, lastToken: match.lastToken, accept: accept))
                    }
                }
                conjuncts += 1
                word -= 1
            }
        }
        guard !added.isEmpty else { return found }
        // Both lists are in token order; merge them.
        added.sort { $0.firstToken < $1.firstToken }
        var merged: [Match] = []
        merged.reserveCapacity(found.count + added.count)
        var next = 0
        for match in found {
            while next < added.count, added[next].firstToken < match.firstToken {
                merged.append(added[next])
                next += 1
            }
            merged.append(match)
        }
        merged.append(contentsOf: added[next...])
        return merged
    }

    /// The accepting node reached from the root by `first` and then the keys of `rest`, if the
    /// whole path exists.
    private func walk(from first: UInt64, then tokens: UnsafeBufferPointer<Token>, _ rest: ClosedRange<Int>) -> Int32? {
        var node = rootLookup.withNodes { $0.node(first, slots: nil) }
        guard node >= 0 else { return nil }
        for index in rest {
            guard nodeFlags[Int(node)] & 2 != 0, let child = table.child(of: node, key: tokens[index].key) else {
                return nil
            }
            node = child
        }
        return nodeFlags[Int(node)] & 1 != 0 ? node : nil
    }

    private static func sameExactForm(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ form: [UInt8]
    ) -> Bool {
        var position = 0
        for index in start..<end {
            let byte = bytes[index]
            guard Tokenizer.isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "#") else {
                continue
            }
            guard position < form.count, form[position] == byte else { return false }
            position += 1
        }
        return position == form.count
    }
}

/// An open-addressing hash table from (node, token key) to child node.
struct TransitionTable: Sendable {
    /// One slot: 16 bytes, so a probe reads one cache line.
    private struct Entry {
        var key: UInt64
        var parent: Int32
        var child: Int32
    }

    private static let empty = Entry(key: 0, parent: -1, child: -1)
    private var entries: [Entry]
    private var mask: Int
    private var count = 0
    /// After `finish()`: a bit per hash of the stored (parent, key) pairs, about 16 bits a pair.
    ///
    /// Most lookups are for pairs that are not there, and this small array answers them without
    /// touching the entries.
    private var filter: [UInt64] = []
    private var filterShift: UInt64 = 63

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        entries = Array(repeating: Self.empty, count: size)
        mask = size - 1
    }

    @inline(__always) private static func slot(_ parent: Int32, _ key: UInt64) -> Int {
        var hash = key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }

    @inline(__always) private static func filterBit(_ hash: Int, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: hash)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func child(of parent: Int32, key: UInt64) -> Int32? {
        let hash = Self.slot(parent, key)
        if !filter.isEmpty {
            let bit = Self.filterBit(hash, shift: filterShift)
            let present = filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
            guard present else { return nil }
        }
        var slot = hash & mask
        return entries.withUnsafeBufferPointer { entries in
            while true {
                let entry = entries[slot]
                if entry.parent == -1 { return nil }
                if entry.parent == parent && entry.key == key { return entry.child }
                slot = (slot + 1) & mask
            }
        }
    }

    mutating func insert(parent: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > entries.count { grow() }
        var slot = Self.slot(parent, key) & mask
        while entries[slot].parent != -1 { slot = (slot + 1) & mask }
        entries[slot] = Entry(key: key, parent: parent, child: child)
        count += 1
    }

    /// Ends building: the table shrinks to the smallest size at most 60% full; the filter fills.
    ///
    /// Nothing is inserted after this.
    mutating func finish() {
        var size = 1024
        while count * 10 > size * 6 { size <<= 1 }
        if size < entries.count { rehash(size: size) }
        var bits = 1 << 12
        while bits < count * 16 && bits < 1 << 26 { bits <<= 1 }
        filterShift = UInt64(64 - bits.trailingZeroBitCount)
        var filter = [UInt64](repeating: 0, count: bits / 64)
        for entry in entries where entry.parent != -1 {
            let bit = Self.filterBit(Self.slot(entry.parent, entry.key), shift: filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    private mutating func grow() {
        rehash(size: entries.count * 2)
    }

    private mutating func rehash(size: Int) {
        let old = entries
        entries = Array(repeating: Self.empty, count: size)
        mask = entries.count - 1
        count = 0
        for entry in old where entry.parent != -1 {
            insert(parent: entry.parent, key: entry.key, child: entry.child)
        }
    }
}
