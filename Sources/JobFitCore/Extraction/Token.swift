/// One token of text, as the skill matcher sees it.
struct Token: Equatable, Sendable {
    /// UTF-8 offset of the first byte.
    var start: Int32
    /// UTF-8 offset just past the last byte.
    var end: Int32
    /// Hash of the normalised form: lowercased, apostrophes dropped, simple plurals folded.
    var key: UInt64
    /// Facts about the token and what follows it.
    var flags: Flags
    /// The key of this token joined with the next when a hyphen joins them ("e-mail" → "email"); 0 otherwise.
    var joinedKey: UInt64 = 0

    struct Flags: OptionSet, Equatable, Sendable {
        let rawValue: UInt16
        /// The first letter is uppercase.
        static let capitalised = Flags(rawValue: 1 << 0)
        /// Every letter is uppercase (and there are at least two).
        static let allCaps = Flags(rawValue: 1 << 1)
        /// Only digits, dots and a trailing `+`/`x` ("3", "1.21", "5+").
        static let number = Flags(rawValue: 1 << 2)
        /// A comma follows.
        static let commaAfter = Flags(rawValue: 1 << 3)
        /// A sentence or line ends after it (`.`, `!`, `?`, `;`, `:` or a line break).
        static let sentenceEndAfter = Flags(rawValue: 1 << 4)
        /// A `/`, `&` or other joiner token.
        static let joiner = Flags(rawValue: 1 << 5)
        /// A `(` or `)` follows.
        static let parenthesisAfter = Flags(rawValue: 1 << 6)
        /// A `+` ends it ("5+").
        static let plus = Flags(rawValue: 1 << 7)
        /// A hyphen follows with no space, then a word ("Go-to-market", "R-10452").
        static let hyphenAfter = Flags(rawValue: 1 << 8)
    }
}
