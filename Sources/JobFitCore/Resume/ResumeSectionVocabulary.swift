import Foundation

/// The words that give a plain-text resume its structure: section headings, degrees, job-title
/// words, profile hosts.
///
/// The shipped vocabulary is `Resources/resume/sections.json`, compiled into the binary.
struct ResumeSectionVocabulary: Sendable {
    private struct Source: Decodable {
        var sections: [String: [String]]
        var degrees: [String]
        var institutionWords: [String]
        var titleWords: [String]
        var profileNetworks: [String: String]
        var presentWords: [String]
        var keywordLabels: [String]
    }

    /// Normalised heading phrase → JSON Resume key (`summary` stands for `basics.summary`).
    private var sections: [String: String]
    /// Study types as written, longest first so that "Bachelor of Science" wins over "BS".
    var degrees: [String]
    var institutionWords: Set<String>
    var titleWords: Set<String>
    /// URL host (without `www.`) → network name.
    var profileNetworks: [String: String]
    var presentWords: Set<String>
    var keywordLabels: Set<String>

    /// The vocabulary shipped with JobFit.
    static let standard: ResumeSectionVocabulary = {
        do {
            return try ResumeSectionVocabulary(json: Data(EmbeddedResources.resumeSections.utf8))
        } catch {
            preconditionFailure("the embedded resume section vocabulary is invalid: \(error)")
        }
    }()

    /// Reads a vocabulary in the format of `Resources/resume/sections.json`.
    init(json: Data) throws {
        let source = try JSONDecoder().decode(Source.self, from: json)
        sections = [:]
        for (key, phrases) in source.sections {
            for phrase in phrases { sections[Self.normalized(phrase)] = key }
        }
        degrees = source.degrees.sorted { $0.count > $1.count }
        institutionWords = Set(source.institutionWords)
        titleWords = Set(source.titleWords)
        profileNetworks = source.profileNetworks
        presentWords = Set(source.presentWords)
        keywordLabels = Set(source.keywordLabels.map(Self.normalized))
    }

    /// The JSON Resume key a heading names ("Work Experience:" → `work`), or `nil`.
    func section(ofHeading heading: String) -> String? {
        guard heading.count <= 60 else { return nil }
        return sections[Self.normalized(heading)]
    }

    /// Lowercased words separated by single spaces, with `&` read as "and" and other
    /// punctuation dropped, so that "LICENSES & CERTIFICATIONS:" matches "licenses and certifications".
    static func normalized(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
                continue
            }
            if !current.isEmpty { words.append(current) }
            current = ""
            if character == "&" { words.append("and") }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
