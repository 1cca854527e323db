/// The taxonomy compiled for matching: a trie over token keys.
///
/// It is walked once over a text, leftmost-longest. Immutable and `Sendable`, so one matcher
/// serves every task of a batch.
public struct SkillMatcher: Sendable {
    /// The taxonomy the matcher was compiled from.
    public let taxonomy: Taxonomy

    /// One alias that ends at a trie node.
    struct Accept: Sendable {
        var skill: Int32
        var alias: SkillAlias
        /// The alias's letters and digits as written, for case-sensitive comparison.
        var exactForm: [UInt8]
    }

    /// A phrase found in a text: the token range and the alias it matched.
    struct Match: Sendable {
        var firstToken: Int
        var lastToken: Int
        var accept: Accept
    }

    private var table: TransitionTable
    private var accepts: [[Accept]]
    /// Whether a node accepts, for the hot loop (one byte per node instead of an array header).
    private var accepting: [Bool] = [false]
    private var nodeCount: Int32 = 1

    /// Compiles `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        self.table = TransitionTable(capacity: taxonomy.skills.count * 6)
        self.accepts = [[]]
        for (index, skill) in taxonomy.skills.enumerated() {
            for alias in skill.matchForms {
                add(alias.text, Accept(skill: Int32(index), alias: alias, exactForm: Self.exactForm(alias.text)))
                // "back end" and "back-end" tokenize alike; also accept the joined "backend".
                if let joined = Self.joinedVariant(alias.text) {
                    add(
                        joined,
                        Accept(
                            skill: Int32(index),
                            alias: SkillAlias(joined, caseSensitive: alias.caseSensitive, context: alias.context),
                            exactForm: Self.exactForm(joined)))
                }
            }
        }
    }

    private mutating func add(_ text: String, _ accept: Accept) {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        for token in tokens {
            if let child = table.child(of: node, key: token.key) {
                node = child
            } else {
                let child = nodeCount
                nodeCount += 1
                accepts.append([])
                accepting.append(false)
                table.insert(parent: node, key: token.key, child: child)
                node = child
            }
        }
        let existing = accepts[Int(node)]
        if !existing.contains(where: { $0.skill == accept.skill && $0.alias == accept.alias }) {
            accepts[Int(node)].append(accept)
            accepting[Int(node)] = true
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

    /// The phrases in `tokens` of `bytes`, leftmost-longest, that pass their case rule.
    ///
    /// A token joined to the next by a hyphen may also be read as one word ("e-mail" as "email").
    func matches(in tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        var index = 0
        let count = tokens.count
        var candidates: [(last: Int, node: Int32)] = []
        var pending: [(node: Int32, last: Int)] = []
        let boundary: Token.Flags = [.sentenceEndAfter, .commaAfter, .parenthesisAfter]
        while index < count {
            let first = tokens[index]
            let direct = table.child(of: 0, key: first.key)
            let joined = first.joinedKey != 0 && index + 1 < count ? table.child(of: 0, key: first.joinedKey) : nil
            guard direct != nil || joined != nil else {
                index += 1
                continue
            }
            candidates.removeAll(keepingCapacity: true)
            pending.removeAll(keepingCapacity: true)
            if let direct { pending.append((direct, index)) }
            if let joined { pending.append((joined, index + 1)) }
            while let (node, last) = pending.popLast() {
                if accepting[Int(node)] { candidates.append((last, node)) }
                let next = last + 1
                guard next < count, tokens[last].flags.isDisjoint(with: boundary) else { continue }
                if let child = table.child(of: node, key: tokens[next].key) { pending.append((child, next)) }
                if tokens[next].joinedKey != 0, next + 1 < count,
                    let child = table.child(of: node, key: tokens[next].joinedKey)
                {
                    pending.append((child, next + 1))
                }
            }
            var matched = false
            // Longest first; there are rarely more than two candidates, so sort in place.
            if candidates.count > 1 { candidates.sort { $0.last > $1.last } }
            for candidate in candidates {
                let start = Int(tokens[index].start)
                let end = Int(tokens[candidate.last].end)
                let valid = accepts[Int(candidate.node)].filter { accept in
                    !accept.alias.caseSensitive || Self.sameExactForm(bytes, start, end, accept.exactForm)
                }
                guard !valid.isEmpty else { continue }
                for accept in valid {
                    result.append(Match(firstToken: index, lastToken: candidate.last, accept: accept))
                }
                index = candidate.last + 1
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return result
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
    private var keys: [UInt64]
    private var parents: [Int32]
    private var children: [Int32]
    private var mask: Int
    private var count = 0

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        parents = Array(repeating: -1, count: size)
        children = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) private static func slot(_ parent: Int32, _ key: UInt64) -> Int {
        var hash = key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }

    @inline(__always) func child(of parent: Int32, key: UInt64) -> Int32? {
        var slot = Self.slot(parent, key) & mask
        return parents.withUnsafeBufferPointer { parents in
            keys.withUnsafeBufferPointer { keys in
                while true {
                    let stored = parents[slot]
                    if stored == -1 { return nil }
                    if stored == parent && keys[slot] == key { return children[slot] }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    mutating func insert(parent: Int32, key: UInt64, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(parent, key) & mask
        while parents[slot] != -1 { slot = (slot + 1) & mask }
        parents[slot] = parent
        keys[slot] = key
        children[slot] = child
        count += 1
    }

    private mutating func grow() {
        let old = (keys, parents, children)
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        parents = Array(repeating: -1, count: size)
        children = Array(repeating: -1, count: size)
        mask = size - 1
        count = 0
        for index in old.0.indices where old.1[index] != -1 {
            insert(parent: old.1[index], key: old.0[index], child: old.2[index])
        }
    }
}
