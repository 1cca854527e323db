import Foundation

/// Checks that a rendered resume states nothing its master resume lacks.
///
/// Four kinds of token are guarded, each looked up in the master (every string of its JSON
/// Resume, `meta` included) and in a baseline (the master rendered by a built-in theme, which
/// holds JobFit's own words: headings, month names, "Present", page numbers). A user theme's own
/// words may add names (labels such as "Curriculum Vitae"), never skills, numbers or dates:
/// - skills: every skill the extractor finds in the output must be found in the master too, or be
///   one of the allowed additions (skills the master supports without stating them);
/// - capitalised names (employers, titles, places, products);
/// - numbers (every run of digits);
/// - dates (a month name followed by a year, or `YYYY-MM`).
///
/// It is a guard against invented facts, not a proof: a reordered sentence passes it, and so
/// does a word moved from one role to another.
public struct FactCheck: Sendable {
    /// One token of the output the master does not support.
    public struct Violation: Codable, Sendable, Equatable, CustomStringConvertible {
        /// The kinds of token guarded.
        public enum Kind: String, Codable, Sendable {
            case skill, name, number, date
        }

        public var kind: Kind
        /// The token as written in the output.
        public var token: String
        /// The output line it is on.
        public var context: String

        /// "number 2018 in "Jun 2018 – Aug 2020" is not in the master resume".
        public var description: String {
            "\(kind.rawValue) \"\(token)\" in \"\(context)\" is not in the master resume"
        }
    }

    private let extractor: SkillExtractor
    private let words: Set<String>
    private let lowercasedWords: Set<String>
    private let numbers: Set<String>
    private let dates: Set<String>
    private let skills: Set<String>

    /// Prepares a check against `master`.
    ///
    /// - Parameters:
    ///   - baseline: The text of the master rendered in the output's format by a built-in theme.
    ///   - themeText: The text of the master rendered by the output's user theme, if any: its
    ///     words are accepted as names only.
    ///   - allowed: Words the output may add: the supported-but-not-stated skills and the
    ///     posting's spellings of skills the master names another way.
    public init(
        master: Resume, baseline: String, themeText: String = "", allowed: [String] = [],
        extractor: SkillExtractor = SkillExtractor()
    ) {
        self.extractor = extractor
        let masterText = Self.strings(in: master.document).joined(separator: "\n")
        let source = masterText + "\n" + baseline + "\n" + allowed.joined(separator: "\n")
        let tokens = Self.words(in: source + "\n" + themeText)
        words = Set(tokens)
        lowercasedWords = Set(tokens.map { $0.lowercased() })
        numbers = Set(Self.numbers(in: source).map(Self.canonicalNumber))
        var dates = Set(Self.dates(in: source))
        for text in Self.strings(in: master.document) {
            if let date = ResumeDate(text) { dates.insert(Self.dateKey(year: date.year, month: date.month)) }
        }
        self.dates = dates
        skills = Set(extractor.skillIDs(in: masterText + "\n" + baseline))
            .union(allowed.flatMap { extractor.skillIDs(in: $0) })
    }

    /// The tokens of `text` the master does not support, in order of appearance.
    public func violations(in text: String) -> [Violation] {
        var found: [Violation] = []
        var seen = Set<String>()
        func report(_ kind: Violation.Kind, _ token: String, line: Substring) {
            guard seen.insert("\(kind.rawValue):\(token)").inserted else { return }
            found.append(
                Violation(
                    kind: kind, token: token, context: String(line.trimmingCharacters(in: .whitespaces).prefix(120))))
        }
        for line in text.split(whereSeparator: \.isNewline) {
            for word in Self.words(in: String(line))
            where word.first?.isUppercase == true && !words.contains(word)
                && !lowercasedWords.contains(word.lowercased())
            {
                report(.name, word, line: line)
            }
            for number in Self.numbers(in: String(line)) where !numbers.contains(Self.canonicalNumber(number)) {
                report(.number, number, line: line)
            }
            for date in Self.dateMatches(in: String(line)) where !dates.contains(date.key) {
                report(.date, date.text, line: line)
            }
        }
        let outputSkills = extractor.skillIDs(in: text)
        let taxonomy = extractor.matcher.taxonomy
        for id in outputSkills where !skills.contains(id) {
            let name = taxonomy[id]?.name ?? id
            let line = text.split(whereSeparator: \.isNewline).first { $0.localizedCaseInsensitiveContains(name) }
            report(.skill, name, line: line ?? "")
        }
        return found
    }

    // MARK: - Tokens

    /// Every string value in a JSON document (numbers as written), object members by key: the
    /// text the check reads from a JSON Resume output.
    public static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .number, .bool: return value.text.map { [$0] } ?? []
        case .null: return []
        case .array(let items): return items.flatMap(strings(in:))
        case .object(let members): return members.keys.sorted().flatMap { strings(in: members[$0] ?? .null) }
        }
    }

    /// Words: runs of letters, digits and the joiners of technical names (C++, Node.js, O'Neil).
    static func words(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || (!current.isEmpty && "+#'’&".contains(character)) {
                current.append(character)
            } else if !current.isEmpty, ".-_/".contains(character) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(trimmedWord(current))
                current = ""
            }
        }
        if !current.isEmpty { result.append(trimmedWord(current)) }
        return result.filter { !$0.isEmpty }.flatMap { word in
            // A name joined to another by punctuation is also checked by its parts.
            let parts = word.split(whereSeparator: { "./-_".contains($0) }).map(String.init)
            return parts.count > 1 ? [word] + parts : [word]
        }
    }

    private static func trimmedWord(_ word: String) -> String {
        var word = Substring(word)
        while let last = word.last, ".-_/'’".contains(last) { word = word.dropLast() }
        return String(word)
    }

    /// Runs of digits (a decimal point or thousands comma between digits joins them).
    static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if !current.isEmpty, character != "." && character != "," || !previous.isNumber {
                result.append(current)
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result.flatMap { number in
            number.split(whereSeparator: { !$0.isNumber }).map(String.init)
        }
    }

    private static func canonicalNumber(_ number: String) -> String {
        let trimmed = number.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    private static func dateKey(year: Int, month: Int?) -> String {
        month.map { "\(year)-\($0)" } ?? "\(year)"
    }

    /// `Feb 2023`, `February 2023`, `2023-02` with the key they are compared by.
    static func dateMatches(in text: String) -> [(text: String, key: String)] {
        let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" })
        var found: [(String, String)] = []
        for (index, token) in tokens.enumerated() {
            let word = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if word.count >= 3, let month = monthNames.firstIndex(where: { word.hasPrefix($0) }),
                "january february march april may june july august september october november december sept"
                    .split(separator: " ").contains(where: { $0.hasPrefix(word) }),
                index + 1 < tokens.count, let year = Int(tokens[index + 1].prefix(4)), (1900...2100).contains(year)
            {
                found.append(("\(token) \(tokens[index + 1].prefix(4))", dateKey(year: year, month: month + 1)))
            }
            if let date = ResumeDate(String(token)), date.month != nil {
                found.append((String(token), dateKey(year: date.year, month: date.month)))
            }
        }
        return found
    }

    private static func dates(in text: String) -> [String] {
        dateMatches(in: text).map(\.key)
    }
}
