import CTokenizer

/// One token of text, as the skill matcher sees it.
///
/// The C tokenizer (`CTokenizer`) writes tokens straight into Swift arrays: a token is its C
/// struct, wrapped so that only the tokenizer's files import the C module.
struct Token: Sendable {
    var raw: jf_token

    /// Creates a token with no joined key.
    init(start: Int32, end: Int32, key: UInt64, flags: Flags) {
        raw = jf_token(start: start, end: end, key: key, flagBits: flags.rawValue, rootSlots: 0, joinedKey: 0)
    }

    /// UTF-8 offset of the first byte.
    var start: Int32 { raw.start }
    /// UTF-8 offset just past the last byte.
    var end: Int32 { raw.end }
    /// Hash of the normalised form: lowercased, apostrophes dropped, simple plurals folded.
    var key: UInt64 { raw.key }
    /// The slots of the root table whose fingerprint matched `key` when the matcher tokenized
    /// it (see ``Tokenizer/RootLookup``); 0 when none did or no table was given.
    var rootSlots: UInt16 { raw.rootSlots }
    /// The key of this token joined with the next when a hyphen joins them ("e-mail" → "email"); 0 otherwise.
    var joinedKey: UInt64 { raw.joinedKey }

    /// Facts about the token and what follows it.
    var flags: Flags {
        get { Flags(rawValue: raw.flagBits) }
        set { raw.flagBits = newValue.rawValue }
    }

    /// Facts about a token and what follows it (the `JF_TOKEN_*` bits of the C tokenizer).
    struct Flags: OptionSet, Equatable, Sendable {
        let rawValue: UInt16
        /// The first letter is uppercase.
        static let capitalised = Flags(rawValue: UInt16(JF_TOKEN_CAPITALISED))
        /// Every letter is uppercase (and there are at least two).
        static let allCaps = Flags(rawValue: UInt16(JF_TOKEN_ALL_CAPS))
        /// Only digits, dots and a trailing `+`/`x` ("3", "1.21", "5+").
        static let number = Flags(rawValue: UInt16(JF_TOKEN_NUMBER))
        /// A comma follows.
        static let commaAfter = Flags(rawValue: UInt16(JF_TOKEN_COMMA_AFTER))
        /// A sentence or line ends after it (`.`, `!`, `?`, `;`, `:` or a line break).
        static let sentenceEndAfter = Flags(rawValue: UInt16(JF_TOKEN_SENTENCE_END_AFTER))
        /// A `/`, `&` or other joiner token.
        static let joiner = Flags(rawValue: UInt16(JF_TOKEN_JOINER))
        /// A `(` or `)` follows.
        static let parenthesisAfter = Flags(rawValue: UInt16(JF_TOKEN_PARENTHESIS_AFTER))
        /// A `+` ends it ("5+").
        static let plus = Flags(rawValue: UInt16(JF_TOKEN_PLUS))
        /// A hyphen follows with no space, then a word ("Go-to-market", "R-10452").
        static let hyphenAfter = Flags(rawValue: UInt16(JF_TOKEN_HYPHEN_AFTER))
    }
}
