/// Splits text into tokens for skill matching, in one pass over its UTF-8 bytes.
///
/// Technical names stay whole: `C++`, `C#`, `.NET`, `ASP.NET`, `Node.js`, `3.11`. Hyphens,
/// spaces and line-break hyphens ("develop-\nment") separate or join words so that "back-end",
/// "back end" and (through the joined variants the matcher adds) "backend" meet; `/` and `&`
/// are tokens of their own (`&` reads as "and"), so "CI/CD" and "R&D" match as phrases.
enum Tokenizer {
    /// FNV-1a offset basis and prime.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of a normalised word given as lowercase ASCII (for vocabulary lookups).
    static func key(_ word: String) -> UInt64 {
        var hash = basis
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    static let slashKey = key("/")
    static let andKey = key("and")
    static let orKey = key("or")

    /// Tokenizes `text`, calling `body` for each token in order.
    static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
            // The tokens are written straight into the array's storage. Text has a token every
            // four bytes or more; denser text is read again with room for more (there is at most
            // one token a byte).
            var capacity = bytes.count / 4 + 16
            while true {
                var complete = true
                let tokens = [Token](unsafeUninitializedCapacity: capacity) { storage, initialized in
                    var buffer = TokenBuffer(storage)
                    tokenize(bytes: bytes, scratch: scratch, into: &buffer)
                    complete = !buffer.overflowed
                    initialized = complete ? buffer.count : 0
                }
                if complete { return tokens }
                capacity = min(capacity * 2, bytes.count + 16)
            }
        }
    }

    private static func tokenize(
        bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>, into tokens: inout TokenBuffer
    ) {
        let count = bytes.count
        var index = 0
        var pendingJoin = basis
        while index < count {
            let byte = bytes[index]
            // Spaces are the most common byte between words and change no flag.
            if byte == 0x20 {
                index += 1
                continue
            }
            let kind = classify(bytes, index)
            switch kind {
            case .word, .dotWord:
                let start = index
                var word = WordKey(scratch: scratch)
                var upper = 0
                var lower = 0
                var digitsOnly = true
                var firstUpper = false
                var sawPlus = false
                var cursor = index
                if kind == .dotWord {
                    word.add(UInt8(ascii: "."))
                    cursor += 1
                    digitsOnly = false
                }
                scan: while cursor < count {
                    let current = bytes[cursor]
                    // Lowercase letters first, in a tight path: they are most of the bytes.
                    if current &- UInt8(ascii: "a") < 26 {
                        let end = word.addLowercaseRun(bytes, from: cursor)
                        lower &+= end &- cursor
                        cursor = end
                        continue scan
                    }
                    switch current {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        if cursor == start || kind == .dotWord && cursor == start + 1 { firstUpper = true }
                        upper &+= 1
                        digitsOnly = false
                        word.add(current | 0x20)
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        word.add(current)
                    case UInt8(ascii: "."):
                        // Inside a name or number ("Node.js", "3.11"), not at a sentence end.
                        guard cursor + 1 < count, isAlphanumeric(bytes[cursor + 1]) else { break scan }
                        word.add(current)
                    case UInt8(ascii: "+"), UInt8(ascii: "#"):
                        // Trailing "++" or "#" ("C++", "C#", and "C++17" as "C++" then "17"); not "a+b".
                        var end = cursor
                        while end < count, bytes[end] == current { end += 1 }
                        if end < count, isAlphanumeric(bytes[end]), end - cursor < 2,
                            !(current == UInt8(ascii: "#")
                                && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]))
                        {
                            break scan
                        }
                        if digitsOnly && lower == 0 && word.length > 0 { sawPlus = true }
                        while cursor < end {
                            word.add(current)
                            cursor += 1
                        }
                        break scan
                    case UInt8(ascii: "'"):
                        // Apostrophes inside words are dropped from the key ("bachelor's").
                        guard cursor + 1 < count, isLetter(bytes[cursor + 1]), cursor > start else { break scan }
                    case 0xE2 where cursor + 2 < count && bytes[cursor + 1] == 0x80 && bytes[cursor + 2] == 0x99:
                        // ’ inside a word, as above.
                        guard cursor + 3 < count, isLetter(bytes[cursor + 3]), cursor > start else { break scan }
                        cursor += 2
                    case UInt8(ascii: "-") where cursor + 1 < count && bytes[cursor + 1] == 0x0A:
                        // A hyphen at a line break inside a word ("develop-\nment") joins the parts.
                        guard cursor + 2 < count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor + 2]),
                            lower > 0
                        else { break scan }
                        cursor += 1
                    case 0x80...:
                        let width = scalarWidth(bytes, cursor)
                        if isSeparatorScalar(bytes, cursor) { break scan }
                        for offset in 0..<width where cursor + offset < count {
                            word.add(bytes[cursor + offset])
                        }
                        lower &+= 1
                        cursor += width
                        continue scan
                    default:
                        break scan
                    }
                    cursor += 1
                }
                // Lowercase letters (and letters outside ASCII) are counted, not flagged, in the loop.
                if lower > 0 { digitsOnly = false }
                var flags: Token.Flags = []
                if firstUpper { flags.insert(.capitalised) }
                if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
                if digitsOnly {
                    flags.insert(.number)
                    if sawPlus { flags.insert(.plus) }
                }
                // "APIs", "SDKs": an acronym with a lowercase plural "s" always folds.
                let acronymPlural = upper >= 2 && lower == 1 && bytes[cursor - 1] == UInt8(ascii: "s")
                let (hash, folded) = word.foldedKey(allowed: !digitsOnly, acronym: acronymPlural)
                // "e-mail", "back-end": the previous token joined with this one. A word longer than
                // the scratch space has no bytes kept to join (and no skill is that long).
                if let last = tokens.lastIndex, tokens.base[last].flags.contains(.hyphenAfter),
                    Int(tokens.base[last].end) + 1 == start, folded <= word.scratch.count
                {
                    var joined = pendingJoin
                    for offset in 0..<min(folded, word.scratch.count) {
                        joined ^= UInt64(word.scratch[offset])
                        joined &*= prime
                    }
                    tokens.base[last].joinedKey = joined
                }
                if cursor + 1 < count, bytes[cursor] == UInt8(ascii: "-"), isAlphanumeric(bytes[cursor + 1]) {
                    flags.insert(.hyphenAfter)
                    pendingJoin = word.hash
                }
                tokens.append(Token(start: Int32(start), end: Int32(cursor), key: hash, flags: flags))
                index = cursor
            case .slash:
                tokens.append(Token(start: Int32(index), end: Int32(index + 1), key: slashKey, flags: .joiner))
                index += 1
            case .ampersand:
                tokens.append(Token(start: Int32(index), end: Int32(index + 1), key: andKey, flags: .joiner))
                index += 1
            case .separator:
                if let last = tokens.lastIndex {
                    switch byte {
                    case UInt8(ascii: ","): tokens.base[last].flags.insert(.commaAfter)
                    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                        0x0A:
                        tokens.base[last].flags.insert(.sentenceEndAfter)
                    case UInt8(ascii: "("), UInt8(ascii: ")"): tokens.base[last].flags.insert(.parenthesisAfter)
                    default: break
                    }
                }
                index += byte >= 0x80 ? scalarWidth(bytes, index) : 1
            }
        }
    }

    /// The tokens written so far into an array's storage, without the per-append checks of
    /// `Array`; appends past its capacity are dropped and mark it overflowed.
    private struct TokenBuffer {
        let base: UnsafeMutableBufferPointer<Token>
        private(set) var count = 0
        private(set) var overflowed = false

        init(_ storage: UnsafeMutableBufferPointer<Token>) {
            self.base = storage
        }

        var lastIndex: Int? { count > 0 ? count - 1 : nil }

        @inline(__always) mutating func append(_ token: Token) {
            guard count < base.count else {
                overflowed = true
                return
            }
            base.initializeElement(at: count, to: token)
            count += 1
        }
    }

    private enum ByteClass {
        case word, dotWord, slash, ampersand, separator
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> ByteClass {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .word
        case UInt8(ascii: "."):
            // ".NET": a dot that starts a word.
            let previousIsWord = index > 0 && isAlphanumeric(bytes[index - 1])
            return !previousIsWord && index + 1 < bytes.count && isLetter(bytes[index + 1]) ? .dotWord : .separator
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: "&"): return .ampersand
        case 0x80...: return isSeparatorScalar(bytes, index) ? .separator : .word
        default: return .separator
        }
    }

    /// The normalised bytes of the word being read: the first 64 are kept (for plural folding and
    /// hyphen joins) and the FNV-1a hash of all of them; a folded plural is hashed again from the
    /// kept bytes, which is rarer than keeping older hashes after every byte.
    private struct WordKey {
        let scratch: UnsafeMutableBufferPointer<UInt8>
        private(set) var length = 0
        private(set) var hash = Tokenizer.basis

        init(scratch: UnsafeMutableBufferPointer<UInt8>) {
            self.scratch = scratch
        }

        @inline(__always) mutating func add(_ byte: UInt8) {
            if length < scratch.count { scratch[length] = byte }
            length &+= 1
            hash = (hash ^ UInt64(byte)) &* Tokenizer.prime
        }

        /// Adds the run of lowercase ASCII letters starting at `start`; returns where it ends.
        ///
        /// The word's hot loop: its state stays in registers.
        @inline(__always) mutating func addLowercaseRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard let base = bytes.baseAddress, let store = scratch.baseAddress else { return start }
            let count = bytes.count
            let capacity = scratch.count
            var cursor = start
            var hash = self.hash
            var length = self.length
            while cursor < count {
                let byte = base[cursor]
                guard byte &- UInt8(ascii: "a") < 26 else { break }
                if length < capacity { store[length] = byte }
                length &+= 1
                hash = (hash ^ UInt64(byte)) &* Tokenizer.prime
                cursor &+= 1
            }
            self.hash = hash
            self.length = length
            return cursor
        }

        /// The key with a simple plural folded ("apis" → "api", "libraries" → "library").
        ///
        /// Also returns how many normalised bytes the key covers. Words longer than the scratch
        /// space are not folded.
        @inline(__always) mutating func foldedKey(allowed: Bool, acronym: Bool) -> (key: UInt64, length: Int) {
            guard length <= scratch.count else { return (hash, length) }
            let folded = Tokenizer.foldedLength(scratch, length: length, allowed: allowed, acronym: acronym)
            guard folded != length else { return (hash, length) }
            var key = Tokenizer.basis
            for offset in 0..<folded {
                key = (key ^ UInt64(scratch[offset])) &* Tokenizer.prime
            }
            return (key, folded)
        }
    }

    /// The length of a word once its simple plural is folded; "ies" becomes "y" in place.
    @inline(__always) private static func foldedLength(
        _ word: UnsafeMutableBufferPointer<UInt8>, length: Int, allowed: Bool, acronym: Bool
    ) -> Int {
        guard allowed, length >= 4 || acronym && length >= 3, word[length - 1] == UInt8(ascii: "s") else {
            return length
        }
        if acronym { return length - 1 }
        // "https" is not the plural of "http".
        if length == 5, word[0] == UInt8(ascii: "h"), word[3] == UInt8(ascii: "p") { return length }
        for offset in 0..<length
        where word[offset] == UInt8(ascii: ".") || word[offset] >= 0x80 || word[offset] == UInt8(ascii: "+") {
            return length
        }
        let previous = word[length - 2]
        if previous == UInt8(ascii: "s") || previous == UInt8(ascii: "u") || previous == UInt8(ascii: "i") {
            return length
        }
        if previous == UInt8(ascii: "e"), word[length - 3] == UInt8(ascii: "i"), length >= 5 {
            word[length - 3] = UInt8(ascii: "y")
            return length - 2
        }
        return length - 1
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
    }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func scalarWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return min(width, bytes.count - index)
    }

    /// Punctuation and spaces outside ASCII: U+00A0–U+00BF, U+2000–U+206F, U+3000, and × ÷.
    private static func isSeparatorScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0xC2: return true
        case 0xC3: return index + 1 < bytes.count && (bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7)
        case 0xE2:
            return index + 1 < bytes.count && (0x80...0x81).contains(bytes[index + 1])
                || index + 1 < bytes.count && bytes[index + 1] >= 0x86
        case 0xE3: return index + 1 < bytes.count && bytes[index + 1] == 0x80
        case 0xEF: return true
        default: return false
        }
    }
}
