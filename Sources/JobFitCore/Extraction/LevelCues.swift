/// Decides a mention's requirement level from its section and the cue words of its sentence.
enum LevelCues {
    static let preferred = [
        "preferred", "preferably", "nice to have", "nice-to-have", "a plus", "bonus", "ideally", "desirable", "desired",
        "advantageous", "beneficial", "good to have", "an asset", "would be great", "would be nice", "optional",
        "not required but", "is a bonus", "consider obtaining", "might demand", "may demand", "is helpful", "helpful",
    ].map(padded)
    static let required = [
        "required", "require", "requires", "must", "minimum", "need", "needs", "needed", "at least", "essential",
        "mandatory", "should have", "should possess", "should be", "qualifications", "qualified", "proficiency",
        "proficient", "knowledge of", "understanding of", "familiarity with", "familiar with", "experience with",
        "experience in", "experience as", "expertise in", "expertise", "years of experience", "ability to", "able to",
        "skills", "skilled", "strong", "excellent", "solid", "hands-on", "degree in", "background in",
    ].map(padded)
    static let negations = [
        "not required", "not necessary", "no need", "not needed", "don't need", "do not need", "isn't required",
    ].map(padded)

    static func level(section: SectionKind, sentence: String, skillText: String) -> RequirementLevel {
        let text = padded(sentence)
        if negations.contains(where: text.contains) { return .mentioned }
        let base: RequirementLevel =
            switch section {
            case .requirements: .required
            case .preferred: .preferred
            default: .mentioned
            }
        if preferred.contains(where: text.contains) {
            return base == .required && text.contains(" must ") ? .required : .preferred
        }
        if base == .mentioned, [.responsibilities, .overview, .about, .other].contains(section),
            required.contains(where: text.contains)
        {
            return .required
        }
        return base
    }

    /// Lowercase with every run of non-letters and non-digits (except `'` and `-`) as one space, padded.
    static func padded(_ text: String) -> String {
        var output = " "
        var lastSpace = true
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "-" {
                output.unicodeScalars.append(scalar == "’" ? "'" : scalar)
                lastSpace = false
            } else if !lastSpace {
                output.append(" ")
                lastSpace = true
            }
        }
        if !lastSpace { output.append(" ") }
        return output
    }
}
