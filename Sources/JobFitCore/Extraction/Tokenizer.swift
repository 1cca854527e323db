import CTokenizer

/// Splits text into tokens for skill matching, in one pass over its UTF-8 bytes.
///
/// Technical names stay whole: `C++`, `C#`, `.NET`, `ASP.NET`, `Node.js`, `3.11`. Hyphens,
/// spaces and line-break hyphens ("develop-\nment") separate or join words so that "back-end",
/// "back end" and (through the joined variants the matcher adds) "backend" meet; `/` and `&`
/// are tokens of their own (`&` reads as "and"), so "CI/CD" and "R&D" match as phrases.
enum Tokenizer {
    /// The key of a normalised word given as lowercase ASCII (for vocabulary lookups): the key
    /// the tokenizer gives that word.
    static func key(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in jf_token_key(bytes.baseAddress, bytes.count) }
    }

    static let slashKey = key("/")
    static let andKey = key("and")
    static let orKey = key("or")

    /// Tokenizes `text`.
    static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    /// Tokenizes UTF-8 `bytes` (one pass in C; see `CTokenizer.c` for how it is made fast).
    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        tokenize(bytes: bytes, root: nil).tokens
    }

    /// Tokenizes UTF-8 `bytes`, looking every token up in `root` as it is made, and lists the
    /// tokens a phrase may start at (in order).
    static func tokenize(
        bytes: UnsafeBufferPointer<UInt8>, root: UnsafePointer<jf_root_table>?
    ) -> (tokens: [Token], hits: [Int32]) {
        // The tokens are written straight into the array's storage. Text has a token every four
        // bytes or more; denser text is read again with room for more (there is at most one
        // token a byte).
        var capacity = bytes.count / 4 + 16
        while true {
            var complete = true
            var hits: [Int32] = []
            let tokens = [Token](unsafeUninitializedCapacity: capacity) { storage, initialized in
                // `Token` is its C struct and nothing else, so the storage is that struct's.
                storage.withMemoryRebound(to: jf_token.self) { raw in
                    var hitCount = 0
                    let found = [Int32](unsafeUninitializedCapacity: root == nil ? 0 : raw.count + 1) {
                        hitStorage, hitsInitialized in
                        let count = jf_tokenize(
                            bytes.baseAddress, bytes.count, raw.baseAddress, raw.count, root, hitStorage.baseAddress,
                            &hitCount)
                        // `SIZE_MAX` (-1 as `Int`) when the tokens did not fit.
                        complete = count >= 0
                        initialized = complete ? count : 0
                        hitsInitialized = complete && root != nil ? hitCount : 0
                    }
                    hits = found
                }
            }
            if complete { return (tokens, hits) }
            capacity = min(capacity * 2, bytes.count + 16)
        }
    }

    /// The skill trie's transitions from its root, in the form the C tokenizer looks keys up in
    /// (`jf_root_table`): buckets of 16 slots with a one-byte fingerprint each.
    struct RootLookup: Sendable {
        private let fingerprints: [UInt8]
        private let entries: [jf_root_entry]

        /// Six keys a bucket on average, and more buckets until none holds more than 16.
        init(_ transitions: [(key: UInt64, node: Int32)]) {
            var buckets = 16
            while buckets * 6 < transitions.count { buckets <<= 1 }
            while true {
                var fingerprints = [UInt8](repeating: 0, count: buckets * 16)
                var entries = [jf_root_entry](
                    repeating: jf_root_entry(key: 0, node: -1, unused: 0), count: buckets * 16)
                var fits = true
                for (key, node) in transitions {
                    // Keys are already well mixed: their low bits pick the bucket.
                    let bucket = Int(truncatingIfNeeded: key) & (buckets - 1)
                    guard let slot = (0..<16).first(where: { fingerprints[bucket * 16 + $0] == 0 }) else {
                        fits = false
                        break
                    }
                    fingerprints[bucket * 16 + slot] = jf_root_fingerprint(key)
                    entries[bucket * 16 + slot] = jf_root_entry(key: key, node: node, unused: 0)
                }
                if fits {
                    self.fingerprints = fingerprints
                    self.entries = entries
                    return
                }
                buckets <<= 1
            }
        }

        /// Calls `body` with the table's entries, to resolve the nodes of listed tokens.
        func withNodes<Result>(_ body: (RootNodes) -> Result) -> Result {
            entries.withUnsafeBufferPointer { body(RootNodes(entries: $0)) }
        }

        func withTable<Result>(_ body: (UnsafePointer<jf_root_table>) -> Result) -> Result {
            fingerprints.withUnsafeBufferPointer { fingerprints in
                entries.withUnsafeBufferPointer { entries in
                    var table = jf_root_table(
                        fingerprints: fingerprints.baseAddress, entries: entries.baseAddress,
                        bucketMask: UInt64(fingerprints.count / 16 - 1))
                    return withUnsafePointer(to: &table) { body($0) }
                }
            }
        }
    }

    /// The entries of a ``RootLookup``, borrowed for one text.
    struct RootNodes {
        let entries: UnsafeBufferPointer<jf_root_entry>

        /// The node `key` leads to from the root, or -1, given the slots whose fingerprint
        /// matched (a token's ``Token/rootSlots``), or nil to look at every slot of its bucket.
        @inline(__always) func node(_ key: UInt64, slots: UInt16?) -> Int32 {
            let bucket = (Int(truncatingIfNeeded: key) & (entries.count / 16 - 1)) * 16
            var slots = slots ?? 0xFFFF
            while slots != 0 {
                let entry = entries[bucket + slots.trailingZeroBitCount]
                if entry.key == key && entry.node >= 0 { return entry.node }
                slots &= slots - 1
            }
            return -1
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
    }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
