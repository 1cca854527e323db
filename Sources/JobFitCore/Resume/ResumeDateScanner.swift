import Foundation

/// Finds the dates of a resume line ("March 2021 – Present", "03/2019", "2019-03 to 2021-02",
/// "(Jan 2018 - Dec 2020)", "2015–2019") and turns them into JSON Resume dates.
struct ResumeDateScanner: Sendable {
    /// Dates found in a line, and the line without them.
    struct Found: Equatable, Sendable {
        var start: ResumeDate?
        /// `nil` for a single date, and for a range that is still open.
        var end: ResumeDate?
        /// Whether the range ends in a word such as "Present" or "Current".
        var isOpen: Bool
        /// Whether two dates (or a date and "Present") were found, rather than one.
        var isRange: Bool
        /// The line with the dates (and the brackets around them) replaced by " | ".
        var remainder: String
    }

    var presentWords: Set<String>

    private struct Token {
        var date: ResumeDate?
        var isPresent: Bool { date == nil }
        var lower: Int
        var upper: Int
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    private static let rangeSeparators: Set<String> = [
        "-", "–", "—", "−", "~", "to", "until", "till", "through", "thru", "--",
    ]

    /// The first date range in `line`, else its first date; `nil` when it holds no date.
    func scan(_ line: String) -> Found? {
        let characters = Array(line)
        let tokens = Self.tokens(in: characters, presentWords: presentWords)
        var chosen: (Token, Token?)?
        for (index, token) in tokens.enumerated() where token.date != nil {
            if index + 1 < tokens.count {
                let next = tokens[index + 1]
                let gap = String(characters[token.upper..<next.lower]).trimmingCharacters(in: .whitespaces)
                if Self.rangeSeparators.contains(gap.lowercased()) {
                    chosen = (token, next)
                    break
                }
            }
            if chosen == nil { chosen = (token, nil) }
        }
        guard let (first, last) = chosen else { return nil }
        var lower = first.lower
        var upper = (last ?? first).upper
        // "(Jan 2018 - Dec 2020)" and "[2019]": the brackets go with the dates.
        var before = lower
        while before > 0, characters[before - 1] == " " { before -= 1 }
        var after = upper
        while after < characters.count, characters[after] == " " { after += 1 }
        if before > 0, after < characters.count, "([".contains(characters[before - 1]), ")]".contains(characters[after])
        {
            lower = before - 1
            upper = after + 1
        }
        let remainder = String(characters[..<lower]) + " | " + String(characters[upper...])
        return Found(
            start: first.date, end: last?.date, isOpen: last?.isPresent == true, isRange: last != nil,
            remainder: remainder)
    }

    // MARK: - Tokens

    /// Every date or "present" word that starts at a word boundary.
    private static func tokens(in characters: [Character], presentWords: Set<String>) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let atBoundary = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            if atBoundary, let token = token(at: index, in: characters, presentWords: presentWords) {
                tokens.append(token)
                index = token.upper
            } else {
                index += 1
            }
        }
        return tokens
    }

    private static func token(at start: Int, in characters: [Character], presentWords: Set<String>) -> Token? {
        if characters[start].isLetter {
            let word = run(in: characters, from: start, while: \.isLetter)
            let lowered = String(characters[start..<word]).lowercased()
            if presentWords.contains(lowered) { return Token(date: nil, lower: start, upper: word) }
            guard let month = months[lowered] else { return nil }
            var cursor = word
            if cursor < characters.count, characters[cursor] == "." { cursor += 1 }
            if cursor < characters.count, characters[cursor] == "," { cursor += 1 }
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            guard let (year, end) = year(at: cursor, in: characters) else { return nil }
            return Token(date: ResumeDate(year: year, month: month), lower: start, upper: end)
        }
        guard characters[start].isASCII, characters[start].isNumber else { return nil }
        let digitsEnd = run(in: characters, from: start, while: { $0.isASCII && $0.isNumber })
        let digits = digitsEnd - start
        if digits == 4, let (year, _) = year(at: start, in: characters) {
            // 2019-03 or 2019/03 (but not 2019-2021).
            if digitsEnd + 2 < characters.count, "-/".contains(characters[digitsEnd]),
                let month = Int(String(characters[digitsEnd + 1...digitsEnd + 2])), (1...12).contains(month),
                digitsEnd + 3 == characters.count || !characters[digitsEnd + 3].isNumber
            {
                return Token(date: ResumeDate(year: year, month: month), lower: start, upper: digitsEnd + 3)
            }
            return Token(date: ResumeDate(year: year), lower: start, upper: digitsEnd)
        }
        // 03/2019 and 3/2019.
        if (1...2).contains(digits), digitsEnd < characters.count, characters[digitsEnd] == "/",
            let month = Int(String(characters[start..<digitsEnd])), (1...12).contains(month),
            let (year, end) = year(at: digitsEnd + 1, in: characters)
        {
            return Token(date: ResumeDate(year: year, month: month), lower: start, upper: end)
        }
        return nil
    }

    /// A four-digit year from 1950 to 2099 at `start`, not followed by another digit.
    private static func year(at start: Int, in characters: [Character]) -> (Int, Int)? {
        let end = run(in: characters, from: start, while: { $0.isASCII && $0.isNumber })
        guard end - start == 4, let year = Int(String(characters[start..<end])), (1950...2099).contains(year) else {
            return nil
        }
        return (year, end)
    }

    private static func run(in characters: [Character], from start: Int, while test: (Character) -> Bool) -> Int {
        var end = start
        while end < characters.count, test(characters[end]) { end += 1 }
        return end
    }
}
