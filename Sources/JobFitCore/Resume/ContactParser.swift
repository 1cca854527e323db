import Foundation

/// Reads the contact lines at the top of a resume: email, phone, web addresses, profiles and
/// the city, each from one part of a line ("priya@example.com | (206) 555-0142 | Seattle, WA").
struct ContactParser {
    var vocabulary: ResumeSectionVocabulary
    /// Parts that stand for something already recorded (a profile's link text, its URL).
    var consumedWords: Set<String> = []

    /// The parts of a contact line, split at the separators people put between them.
    static func parts(_ cell: String) -> [String] {
        var text = cell
        for separator in [" — ", " – ", " • ", "•", "·", "▪", " | ", "|", "\t", " / "] {
            text = text.replacingOccurrences(of: separator, with: "|")
        }
        return text.split(separator: "|").map { RoleLineParser.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// Records `part` in `basics` when it is contact information; `false` when it is not.
    func read(_ part: String, into basics: inout [String: JSONValue]) -> Bool {
        var value = part
        if let colon = part.firstIndex(of: ":"),
            [
                "email", "e-mail", "phone", "tel", "mobile", "cell", "location", "address", "linkedin", "github",
                "website", "web",
            ]
            .contains(part[..<colon].lowercased().trimmingCharacters(in: .whitespaces))
        {
            value = RoleLineParser.trimmed(part[part.index(after: colon)...])
        }
        if consumedWords.contains(value.lowercased()) || consumedWords.contains(value) { return true }
        if let email = value.split(separator: " ").first(where: { $0.contains("@") && $0.contains(".") }) {
            guard basics["email"] == nil else { return false }
            basics["email"] = .string(
                String(email.hasPrefix("mailto:") ? email.dropFirst(7) : email).trimmingCharacters(
                    in: CharacterSet(charactersIn: "<>()[].,")))
            return value.split(separator: " ").count == 1
        }
        if Self.url(in: value) != nil, value.split(separator: " ").count == 1 { return true }
        let digits = value.filter(\.isNumber).count
        if (7...15).contains(digits), value.allSatisfy({ $0.isNumber || " +-().".contains($0) }) {
            guard basics["phone"] == nil else { return false }
            basics["phone"] = .string(value)
            return true
        }
        if RoleLineParser.looksLikeLocation(value), basics["location"] == nil {
            let pieces = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var location: [String: JSONValue] = [:]
            if pieces.count == 2 {
                location["city"] = .string(pieces[0])
                let region = pieces[1].split(separator: " ")
                location["region"] = region.first.map { .string(String($0)) }
                if region.count > 1 { location["postalCode"] = .string(region.dropFirst().joined(separator: " ")) }
            } else {
                location["address"] = .string(value)
            }
            basics["location"] = .object(location)
            return true
        }
        return false
    }

    /// Every web address in a raw source line (Markdown link targets included), with `https://`
    /// added where it was left out.
    func urls(in line: String) -> [String] {
        line.split(whereSeparator: { $0.isWhitespace || "()<>[]|,;".contains($0) })
            .compactMap { Self.url(in: String($0)) }
    }

    /// The network a profile URL belongs to ("LinkedIn" for linkedin.com/in/…), or `nil`.
    func network(of url: String) -> String? {
        var host = Substring(url)
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] }
        host = host.prefix(while: { $0 != "/" })
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return vocabulary.profileNetworks[host.lowercased()]
    }

    private static let topLevelDomains: Set<String> = [
        "com", "org", "net", "io", "dev", "me", "ai", "co", "app", "info", "site", "page", "xyz", "tech", "uk", "de",
    ]

    /// `text` as a URL when it is one (with a scheme, `www.`, or a known top-level domain).
    static func url(in text: String) -> String? {
        let token = text.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"'"))
        guard !token.contains("@"), !token.contains(" "), token.contains(".") else { return nil }
        let lowered = token.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return token }
        if lowered.hasPrefix("www.") { return "https://" + token }
        let host = lowered.prefix(while: { $0 != "/" })
        guard let tld = host.split(separator: ".").last, topLevelDomains.contains(String(tld)),
            host.split(separator: ".").count >= 2, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-".contains($0) })
        else { return nil }
        return "https://" + token
    }

    /// A line that reads like a person's name: two to five capitalised words, no digits or symbols.
    func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), vocabulary.section(ofHeading: text) == nil else { return false }
        guard text.allSatisfy({ $0.isLetter || " .'-’".contains($0) }) else { return false }
        guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return RoleLineParser(vocabulary: vocabulary).titleScore(text) == 0
    }
}
