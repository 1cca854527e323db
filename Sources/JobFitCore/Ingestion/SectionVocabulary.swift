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
    private var headings: PhraseTable
    private var cues: PhraseTable
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
        headings = PhraseTable()
        for (name, phrases) in source.headings.sorted(by: { $0.key < $1.key }) {
            let kind = try kind(name)
            for phrase in phrases { headings.add(Self.words(phrase), kind: kind) }
        }
        cues = PhraseTable()
        for (name, phrases) in source.cues.sorted(by: { $0.key < $1.key }) {
            let kind = try kind(name)
            for phrase in phrases { cues.add(Self.words(phrase), kind: kind) }
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
        var best: (kind: SectionKind, length: Int, rank: Int)?
        headings.forEachMatch(in: words) { phrase in
            let rank = priority.firstIndex(of: phrase.kind) ?? priority.count
            if let current = best,
                current.length > phrase.length || current.length == phrase.length && current.rank <= rank
            {
                return
            }
            best = (phrase.kind, phrase.length, rank)
        }
        return best?.kind
    }

    /// The kind that cue phrases in `text` point to most often, or `nil` when none occurs.
    ///
    /// Each distinct cue phrase counts once; ties go to the kind first in the priority list.
    public func kind(ofBody text: String) -> SectionKind? {
        var seen: Set<Int> = []
        var counts: [SectionKind: Int] = [:]
        cues.forEachMatch(in: Self.words(text)) { phrase in
            if seen.insert(phrase.id).inserted { counts[phrase.kind, default: 0] += 1 }
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

    /// Lowercased words with camelCase split, punctuation dropped and plurals folded.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousIsLower = false
        func finish() {
            if !current.isEmpty {
                var word = String(current)
                while word.hasSuffix("'") { word.removeLast() }
                while word.hasPrefix("'") { word.removeFirst() }
                if !word.isEmpty { words.append(singular(word)) }
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A:  // A-Z
                    if previousIsLower { finish() }
                    current.append(Unicode.Scalar(UInt8(value + 0x20)))
                    previousIsLower = false
                case 0x61...0x7A, 0x30...0x39:
                    current.append(scalar)
                    previousIsLower = value >= 0x61
                case 0x27:
                    current.append(scalar)
                default:
                    finish()
                    previousIsLower = false
                }
            } else if value == 0x2019 {
                current.append("'")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.isUppercase, previousIsLower { finish() }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                previousIsLower = scalar.properties.isLowercase
            } else {
                finish()
                previousIsLower = false
            }
        }
        finish()
        return words
    }

    private static func singular(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count >= 4, let last = utf8.last, last == UInt8(ascii: "s") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }
}

/// Phrases (as word lists) indexed by their first word, for matching at every word of a text.
private struct PhraseTable: Sendable {
    struct Phrase: Sendable {
        var id: Int
        var kind: SectionKind
        var words: [String]
        var length: Int { words.count }
    }

    private var byFirstWord: [String: [Phrase]] = [:]
    private var count = 0

    mutating func add(_ words: [String], kind: SectionKind) {
        guard let first = words.first else { return }
        byFirstWord[first, default: []].append(Phrase(id: count, kind: kind, words: words))
        count += 1
    }

    func forEachMatch(in words: [String], _ body: (Phrase) -> Void) {
        for (index, word) in words.enumerated() {
            guard let candidates = byFirstWord[word] else { continue }
            for phrase in candidates where index + phrase.length <= words.count {
                var matches = true
                for offset in 1..<max(1, phrase.length) where words[index + offset] != phrase.words[offset] {
                    matches = false
                    break
                }
                if matches { body(phrase) }
            }
        }
    }
}
