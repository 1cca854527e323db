import Foundation

/// Reads the header lines of a role ("Senior Engineer, Acme Corp — March 2021 – Present",
/// "Acme Corp | Senior Engineer | 2019-03 to 2021-02", a title line then a company/date line)
/// into a position, an employer, a location and dates.
struct RoleLineParser: Sendable {
    /// What the header lines of one role say.
    struct Header: Equatable, Sendable {
        var position: String?
        var name: String?
        var location: String?
        var dates: ResumeDateScanner.Found?
        /// Parts that fit none of the fields, kept so that no text is lost.
        var leftovers: [String] = []
    }

    var vocabulary: ResumeSectionVocabulary
    var dates: ResumeDateScanner { ResumeDateScanner(presentWords: vocabulary.presentWords) }

    /// Reads the header lines of one role.
    func header(_ lines: [String]) -> Header {
        var header = Header()
        var parts: [String] = []
        var pairs: [(String, String)] = []
        for line in lines {
            var text = line
            if header.dates == nil, let found = dates.scan(line) {
                header.dates = found
                text = found.remainder
            }
            for part in Self.parts(of: text) {
                if let (position, name) = Self.splitAt(part) {
                    pairs.append((position, name))
                } else {
                    parts += Self.commaParts(part)
                }
            }
        }
        var rest: [String] = []
        for part in parts {
            if header.location == nil, Self.looksLikeLocation(part) {
                header.location = part
            } else {
                rest.append(part)
            }
        }
        if let (position, name) = pairs.first {
            header.position = position
            header.name = name
            header.leftovers = pairs.dropFirst().flatMap { [$0.0, $0.1] } + rest
            return header
        }
        // The part with the most job-title words is the position; the first other part is the employer.
        let scores = rest.map(titleScore)
        if let best = scores.indices.max(by: { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 }),
            scores[best] > 0
        {
            header.position = rest[best]
            rest.remove(at: best)
        } else if rest.count >= 2 {
            header.position = rest.removeFirst()
        }
        if !rest.isEmpty { header.name = rest.removeFirst() }
        header.leftovers = rest
        return header
    }

    /// How many job-title words (engineer, nurse, manager…) a part holds.
    func titleScore(_ part: String) -> Int {
        part.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter {
            vocabulary.titleWords.contains(String($0))
        }.count
    }

    // MARK: - Splitting

    /// The parts of a line between separators (`|`, `•`, `·`, spaced dashes, tabs), trimmed of
    /// the punctuation that surrounded them.
    static func parts(of line: String) -> [String] {
        var text = line
        for separator in [" — ", " – ", " - ", " • ", " · ", " ▪ ", "\t", "—", "–"] {
            text = text.replacingOccurrences(of: separator, with: "|")
        }
        return text.split(separator: "|").map(trimmed).filter { !$0.isEmpty }
    }

    /// "Senior Engineer at Acme" → ("Senior Engineer", "Acme"); also " @ ".
    static func splitAt(_ part: String) -> (String, String)? {
        for separator in [" at ", " @ ", " At "] {
            guard let range = part.range(of: separator) else { continue }
            let position = trimmed(part[..<range.lowerBound])
            let name = trimmed(part[range.upperBound...])
            if !position.isEmpty, !name.isEmpty { return (position, name) }
        }
        return nil
    }

    /// Splits on commas outside brackets, keeping "Acme, Inc." and "Portland, OR" together.
    static func commaParts(_ part: String) -> [String] {
        var pieces: [String] = []
        for piece in splitOutsideBrackets(part, separators: ",") {
            let isSuffix = ["inc", "inc.", "llc", "ltd", "ltd.", "co.", "corp.", "gmbh", "plc"].contains(
                piece.lowercased())
            let isState =
                piece.count == 2 && piece.allSatisfy { $0.isUppercase }
                || piece.split(separator: " ").first.map { $0.count == 2 && $0.allSatisfy(\.isUppercase) } == true
                    && piece.split(separator: " ").count == 2 && piece.last?.isNumber == true
            if let last = pieces.last, isSuffix || isState {
                pieces[pieces.count - 1] = last + ", " + piece
            } else {
                pieces.append(piece)
            }
        }
        return pieces
    }

    /// Splits `text` at any of `separators` that is not inside round or square brackets.
    static func splitOutsideBrackets(_ text: String, separators: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if "([".contains(character) { depth += 1 }
            if ")]".contains(character) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(character) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map(trimmed).filter { !$0.isEmpty }
    }

    /// "Portland, OR", "Austin, TX 78701", "Remote": a place rather than an employer or a title.
    static func looksLikeLocation(_ part: String) -> Bool {
        let lowered = part.lowercased()
        if ["remote", "hybrid", "remote (us)", "on-site"].contains(lowered) { return true }
        let pieces = part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count == 2, let region = pieces[1].split(separator: " ").first else { return false }
        return region.count == 2 && region.allSatisfy(\.isUppercase) && pieces[0].first?.isUppercase == true
    }

    /// Trims white space and the punctuation that separators and brackets leave behind.
    static func trimmed(_ text: some StringProtocol) -> String {
        var result = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;|:")))
        // Unbalanced brackets left where dates were cut out.
        while let first = result.first, "([".contains(first), !result.contains(first == "(" ? ")" : "]") {
            result = result.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        while let last = result.last, ")]".contains(last), !result.contains(last == ")" ? "(" : "[") {
            result = result.dropLast().trimmingCharacters(in: .whitespaces)
        }
        if result.hasPrefix("("), result.hasSuffix(")"), result.dropFirst().firstIndex(of: "(") == nil {
            result = String(result.dropFirst().dropLast())
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
