public import Foundation

/// The heading phrases and cue phrases that decide a section's kind.
///
/// The default vocabulary is `Resources/ingestion/sections.json`, compiled into the binary.
public struct SectionVocabulary: Sendable {
    private struct Source: Decodable {
        var priority: [SectionKind]
        var headings: [String: [String]]
        var cues: [String: [String]]
        var fieldLabels: [String: [String]]
    }

    private var priority: [SectionKind]
    private var headings: [(kind: SectionKind, words: [String])]
    private var cues: [(kind: SectionKind, phrase: String)]
    private var fieldLabels: [String: String]

    /// The vocabulary shipped with JobFit.
    public static let standard: SectionVocabulary = {
        do {
            return try SectionVocabulary(json: Data(EmbeddedResources.sectionVocabulary.utf8))
        } catch {
            preconditionFailure("the embedded section vocabulary is invalid: \(error)")
        }
    }()

    /// Reads a vocabulary in the format of `Resources/ingestion/sections.json`.
    public init(json: Data) throws {
        let source = try JSONDecoder().decode(Source.self, from: json)
        priority = source.priority
        func kind(_ name: String) throws -> SectionKind {
            guard let kind = SectionKind(rawValue: name) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "unknown section kind \(name)"))
            }
            return kind
        }
        headings = try source.headings.sorted(by: { $0.key < $1.key }).flatMap { name, phrases in
            let kind = try kind(name)
            return phrases.map { (kind, Self.words($0)) }
        }
        cues = try source.cues.sorted(by: { $0.key < $1.key }).flatMap { name, phrases in
            let kind = try kind(name)
            return phrases.map { (kind, " " + Self.words($0).joined(separator: " ") + " ") }
        }
        fieldLabels = [:]
        for (field, labels) in source.fieldLabels {
            for label in labels { fieldLabels[Self.words(label).joined(separator: " ")] = field }
        }
    }

    /// The kind a heading names, or `nil` when it names none.
    ///
    /// Phrases match as whole words anywhere in the heading; the longest match wins and ties
    /// go to the kind that comes first in the priority list (so "Preferred Qualifications" is
    /// preferred, not requirements).
    public func kind(ofHeading heading: String) -> SectionKind? {
        let words = Self.words(heading)
        guard !words.isEmpty else { return nil }
        var best: (kind: SectionKind, length: Int, rank: Int)?
        for (kind, phrase) in headings where phrase.count <= words.count && contains(words, phrase) {
            let rank = priority.firstIndex(of: kind) ?? priority.count
            if let current = best,
                current.length > phrase.count || current.length == phrase.count && current.rank <= rank
            {
                continue
            }
            best = (kind, phrase.count, rank)
        }
        return best?.kind
    }

    /// The kind that cue phrases in `text` point to most often, or `nil` when none occurs.
    public func kind(ofBody text: String) -> SectionKind? {
        let normalized = " " + Self.words(text).joined(separator: " ") + " "
        var counts: [SectionKind: Int] = [:]
        for (kind, phrase) in cues where normalized.contains(phrase) {
            counts[kind, default: 0] += 1
        }
        return counts.max { left, right in
            if left.value != right.value { return left.value < right.value }
            return (priority.firstIndex(of: left.key) ?? 99) > (priority.firstIndex(of: right.key) ?? 99)
        }?.key
    }

    /// The field (`title`, `company`, `location`, `employmentType`, `salary`) a label names.
    public func field(forLabel label: String) -> String? {
        fieldLabels[Self.words(label).joined(separator: " ")]
    }

    // MARK: - Words

    private func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        var index = 0
        while index + phrase.count <= words.count {
            if words[index] == first, Array(words[index..<index + phrase.count]) == phrase { return true }
            index += 1
        }
        return false
    }

    /// Lowercased words with camelCase split, punctuation dropped and plurals folded.
    static func words(_ text: String) -> [String] {
        var spaced = ""
        var previous: Character = " "
        for character in text {
            if character.isUppercase, previous.isLowercase { spaced.append(" ") }
            if character.isLetter || character.isNumber {
                spaced.append(character)
            } else if character == "'" || character == "’" {
                spaced.append("'")
            } else {
                spaced.append(" ")
            }
            previous = character
        }
        return spaced.lowercased().split(separator: " ").map { singular(String($0.trimmingCharacters(in: ["'"]))) }
            .filter { !$0.isEmpty }
    }

    private static func singular(_ word: String) -> String {
        guard word.count >= 4 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }
}
