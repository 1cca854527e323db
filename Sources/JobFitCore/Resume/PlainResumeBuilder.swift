import Foundation

/// Builds a JSON Resume document from the lines of a plain-text or Markdown resume.
struct PlainResumeBuilder {
    /// A run of lines under one heading; `key` is the JSON Resume key, or `nil` for a heading
    /// the vocabulary does not know.
    struct Section {
        var key: String?
        var heading: String
        var level: Int
        var isHashed: Bool
        var lines: [ResumeLine] = []
    }

    var vocabulary: ResumeSectionVocabulary
    /// The document built so far.
    private(set) var document: [String: JSONValue] = [:]
    /// Text that fits no field, as written.
    private var unsorted: [String] = []
    /// Each recognised heading as written → the key it was read into.
    private var headings: [String: JSONValue] = [:]
    private var basics: [String: JSONValue] = [:]

    init(vocabulary: ResumeSectionVocabulary) {
        self.vocabulary = vocabulary
    }

    var roles: RoleLineParser { RoleLineParser(vocabulary: vocabulary) }

    /// Reads every line into the document.
    mutating func read(_ lines: [ResumeLine], sourceLines: [Substring]) {
        let (preamble, sections) = split(lines)
        let firstSectionLine = sections.first?.lines.first?.number ?? sourceLines.count + 1
        let contactLines = sourceLines.prefix(max(0, (sections.isEmpty ? sourceLines.count : firstSectionLine - 1)))
        readBasics(preamble, rawLines: Array(contactLines))
        for section in sections {
            if let key = section.key {
                headings[section.heading] = .string(key)
            } else {
                unsorted.append(section.heading)
            }
            read(section)
        }
        if !basics.isEmpty { document["basics"] = .object(basics) }
        if !unsorted.isEmpty { document["x-unsorted"] = .array(unsorted.map(JSONValue.string)) }
        if !headings.isEmpty { document["meta"] = .object(["x-jobfit-headings": .object(headings)]) }
    }

    // MARK: - Sections

    /// The lines above the first section heading, and the sections.
    private func split(_ lines: [ResumeLine]) -> ([ResumeLine], [Section]) {
        var preamble: [ResumeLine] = []
        var sections: [Section] = []
        for (index, line) in lines.enumerated() {
            let heading = RoleLineParser.trimmed(line.text)
            if line.kind != .item, line.cells.count == 1, let key = vocabulary.section(ofHeading: heading) {
                var level = 2
                var isHashed = false
                if case .heading(let headingLevel, let hashed) = line.kind {
                    (level, isHashed) = (headingLevel, hashed)
                }
                sections.append(Section(key: key, heading: heading, level: level, isHashed: isHashed))
                continue
            }
            if case .heading(let level, let isHashed) = line.kind, index > 0,
                startsUnknownSection(level: level, isHashed: isHashed, text: heading, current: sections.last)
            {
                sections.append(Section(key: nil, heading: heading, level: level, isHashed: isHashed))
                continue
            }
            if sections.isEmpty {
                preamble.append(line)
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        return (preamble, sections)
    }

    /// Whether an unknown heading ends the current section: a `#` heading no deeper than the
    /// current one, or (in plain text) a short capitalised line like the section headings.
    private func startsUnknownSection(level: Int, isHashed: Bool, text: String, current: Section?) -> Bool {
        guard let current else { return isHashed && level <= 2 }
        if isHashed { return current.isHashed && level <= current.level }
        let isCapitals = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
        return !current.isHashed && isCapitals && !text.contains(where: \.isNumber)
            && text.split(separator: " ").count <= 4 && roles.titleScore(text) == 0
    }

    private mutating func read(_ section: Section) {
        switch section.key {
        case "work": append("work", entries(section.lines).map { role($0, nameKey: "name") })
        case "volunteer": append("volunteer", entries(section.lines).map { role($0, nameKey: "organization") })
        case "projects": append("projects", entries(section.lines).compactMap { project($0) })
        case "education": append("education", entries(section.lines).map { education($0) })
        case "skills": append("skills", skills(section.lines))
        case "certificates": append("certificates", section.lines.map { certificate($0) })
        case "awards": append("awards", section.lines.map { award($0) })
        case "publications": append("publications", section.lines.map { publication($0) })
        case "languages": append("languages", section.lines.flatMap(languages))
        case "interests": append("interests", section.lines.flatMap(interests))
        case "references": append("references", section.lines.map { .object(["reference": .string($0.text)]) })
        case "summary":
            let text = section.lines.map(\.text).joined(separator: " ")
            let previous = basics["summary"]?.text
            basics["summary"] = .string(previous.map { $0 + " " + text } ?? text)
        default:
            unsorted += section.lines.map(\.text)
        }
    }

    private mutating func append(_ key: String, _ values: [JSONValue]) {
        guard !values.isEmpty else { return }
        document[key] = .array((document[key]?.elements ?? []) + values)
    }

    mutating func keep(_ texts: [String]) {
        unsorted += texts.filter { !$0.isEmpty }
    }

    // MARK: - Entries (roles, schools, projects)

    /// The lines of one role, school or project: its header lines, then its bullets and prose.
    struct Entry {
        var header: [ResumeLine] = []
        var body: [ResumeLine] = []
    }

    /// Splits a section into entries, each with a header.
    ///
    /// A new entry starts at a header-like line after a body, at a sub-heading, or at a second
    /// dated line. Body lines before the first header belong to no entry, so they are kept as
    /// unsorted text.
    mutating func entries(_ lines: [ResumeLine]) -> [Entry] {
        var entries: [Entry] = []
        for line in lines {
            let isBody = line.isItem || isProse(line.text) || labelled(line.text) != nil
            if isBody {
                if entries.isEmpty { keep([line.text]) } else { entries[entries.count - 1].body.append(line) }
                continue
            }
            // A `###` heading starts its own entry; a second dated line starts the next role.
            if let last = entries.last, last.body.isEmpty, !last.header.isEmpty, last.header.count < 3,
                !Self.isHashedHeading(line),
                !(hasDates(last.header) && hasDates([line]))
            {
                entries[entries.count - 1].header.append(line)
            } else {
                entries.append(Entry(header: [line]))
            }
        }
        return entries
    }

    private static func isHashedHeading(_ line: ResumeLine) -> Bool {
        if case .heading(_, true) = line.kind { return true }
        return false
    }

    private func hasDates(_ lines: [ResumeLine]) -> Bool {
        lines.contains { roles.dates.scan($0.text) != nil }
    }

    /// A sentence rather than a header: long, or ending with a full stop.
    func isProse(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return words > 14 || words >= 6 && text.hasSuffix(".")
    }

    /// "Tech: Python, Flask" → ("tech", "Python, Flask") when the label is short.
    func labelled(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = ResumeSectionVocabulary.normalized(String(text[..<colon]))
        let value = RoleLineParser.trimmed(text[text.index(after: colon)...])
        guard !label.isEmpty, label.split(separator: " ").count <= 3, !value.isEmpty,
            text[text.index(after: colon)...].first == " "
        else { return nil }
        return (label, value)
    }

    private mutating func role(_ entry: Entry, nameKey: String) -> JSONValue {
        let header = roles.header(entry.header.map(\.text))
        var role: [String: JSONValue] = [:]
        role["position"] = header.position.map(JSONValue.string)
        role[nameKey] = header.name.map(JSONValue.string)
        role["location"] = header.location.map(JSONValue.string)
        setDates(header.dates, in: &role)
        keep(header.leftovers)
        addBody(entry.body, proseKey: "summary", to: &role)
        return .object(role)
    }

    /// The lines under an entry's header: "Tech: a, b" lines as `keywords`, bullets as
    /// `highlights`, other lines joined as prose under `proseKey`.
    private func addBody(
        _ body: [ResumeLine], proseKey: String, leadingProse: [String] = [], to object: inout [String: JSONValue]
    ) {
        var prose = leadingProse
        var highlights: [String] = []
        var keywords: [String] = []
        for line in body {
            if let (label, value) = labelled(line.text), vocabulary.keywordLabels.contains(label) {
                keywords += keywordList(value)
            } else if line.isItem {
                highlights.append(line.text)
            } else {
                prose.append(line.text)
            }
        }
        if !prose.isEmpty { object[proseKey] = .string(prose.joined(separator: " ")) }
        if !highlights.isEmpty { object["highlights"] = .array(highlights.map(JSONValue.string)) }
        if !keywords.isEmpty { object["keywords"] = .array(keywords.map(JSONValue.string)) }
    }

    func setDates(_ found: ResumeDateScanner.Found?, in object: inout [String: JSONValue]) {
        guard let found else { return }
        object["startDate"] = found.start.map { .string($0.description) }
        if let end = found.end { object["endDate"] = .string(end.description) }
    }

    private mutating func project(_ entry: Entry) -> JSONValue? {
        var text = entry.header.map(\.text).joined(separator: " | ")
        var project: [String: JSONValue] = [:]
        if let found = roles.dates.scan(text) {
            setDates(found, in: &project)
            text = found.remainder
        }
        var parts = RoleLineParser.parts(of: text)
        if let url = parts.firstIndex(where: { ContactParser.url(in: $0) != nil }) {
            project["url"] = ContactParser.url(in: parts[url]).map { .string($0) }
            parts.remove(at: url)
        }
        guard !parts.isEmpty else { return nil }
        project["name"] = .string(parts.removeFirst())
        addBody(entry.body, proseKey: "description", leadingProse: parts, to: &project)
        return .object(project)
    }

    // MARK: - Basics

    private mutating func readBasics(_ lines: [ResumeLine], rawLines: [Substring]) {
        var contact = ContactParser(vocabulary: vocabulary)
        let urls = rawLines.flatMap { contact.urls(in: String($0)) }
        var profiles: [JSONValue] = []
        var networks: Set<String> = []
        for url in urls {
            if let network = contact.network(of: url) {
                guard !networks.contains(network) else { continue }
                networks.insert(network)
                var profile: [String: JSONValue] = ["network": .string(network), "url": .string(url)]
                if let username = url.split(separator: "/").last, !username.contains(".") {
                    profile["username"] = .string(String(username))
                }
                profiles.append(.object(profile))
            } else if basics["url"] == nil {
                basics["url"] = .string(url)
            }
        }
        if !profiles.isEmpty { basics["profiles"] = .array(profiles) }
        contact.consumedWords = networks.union(urls).union(["linkedin", "github", "website", "portfolio"])

        var remaining = lines[...]
        if let first = remaining.first, first.cells.count == 1, contact.looksLikeName(first.text) {
            basics["name"] = .string(first.text)
            remaining = remaining.dropFirst()
        }
        var lineIndex = 0
        for line in remaining {
            lineIndex += 1
            var unrecognised: [String] = []
            for part in line.cells.flatMap(ContactParser.parts) {
                if contact.read(part, into: &basics) { continue }
                unrecognised.append(part)
            }
            if lineIndex == 1, basics["label"] == nil, basics["name"] != nil, unrecognised.count == 1,
                !line.isItem, !isProse(unrecognised[0]), !unrecognised[0].contains(where: \.isNumber)
            {
                basics["label"] = .string(unrecognised[0])
                continue
            }
            keep(unrecognised.count == line.cells.count ? [line.text] : unrecognised)
        }
    }
}
