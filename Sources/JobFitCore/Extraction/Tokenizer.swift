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
        // The tokens are written straight into the array's storage. Text has a token every four
        // bytes or more; denser text is read again with room for more (there is at most one
        // token a byte).
        var capacity = bytes.count / 4 + 16
        while true {
            var complete = true
            let tokens = [Token](unsafeUninitializedCapacity: capacity) { storage, initialized in
                // `Token` is its C struct and nothing else, so the storage is that struct's.
                let count = storage.withMemoryRebound(to: jf_token.self) { raw in
                    jf_tokenize(bytes.baseAddress, bytes.count, raw.baseAddress, raw.count)
                }
                // `SIZE_MAX` (-1 as `Int`) when the tokens did not fit.
                complete = count >= 0
                initialized = complete ? count : 0
            }
            if complete { return tokens }
            capacity = min(capacity * 2, bytes.count + 16)
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
    }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
