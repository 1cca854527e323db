import Foundation

/// The sections read line by line: education, skills, certificates, awards, publications,
/// languages and interests.
extension PlainResumeBuilder {
    // MARK: - Education

    mutating func education(_ entry: Entry) -> JSONValue {
        var text = entry.header.map(\.text).joined(separator: " | ")
        var school: [String: JSONValue] = [:]
        if let found = roles.dates.scan(text) {
            text = found.remainder
            if found.isRange {
                setDates(found, in: &school)
            } else {
                school["endDate"] = found.start.map { .string($0.description) }
            }
        }
        var leftovers: [String] = []
        var needsArea = false
        for part in RoleLineParser.parts(of: text).flatMap(RoleLineParser.commaParts) {
            if school["studyType"] == nil, let (degree, area) = degree(in: part) {
                school["studyType"] = .string(degree)
                if let area {
                    school["area"] = .string(area)
                } else {
                    needsArea = true
                }
            } else if school["institution"] == nil, isInstitution(part) {
                school["institution"] = .string(part)
            } else if school["location"] == nil, RoleLineParser.looksLikeLocation(part) {
                school["location"] = .string(part)
            } else if needsArea, school["area"] == nil {
                school["area"] = .string(part)
            } else {
                leftovers.append(part)
            }
        }
        if school["institution"] == nil, !leftovers.isEmpty { school["institution"] = .string(leftovers.removeFirst()) }
        keep(leftovers)
        var courses: [String] = []
        for line in entry.body {
            if let (label, value) = labelled(line.text) {
                if label == "gpa" || label == "grade" || label == "score" {
                    school["score"] = .string(value)
                    continue
                }
                if label.hasSuffix("coursework") || label.hasSuffix("courses") {
                    courses += keywordList(value)
                    continue
                }
            }
            keep([line.text])
        }
        if !courses.isEmpty { school["courses"] = .array(courses.map(JSONValue.string)) }
        return .object(school)
    }

    /// The study type at the start of `part`, and the area after it.
    ///
    /// "B.S. in Computer Science" gives ("B.S.", "Computer Science").
    private func degree(in part: String) -> (String, String?)? {
        for degree in vocabulary.degrees {
            let matches =
                degree.count >= 6
                ? part.lowercased().hasPrefix(degree.lowercased()) : part.hasPrefix(degree)
            guard matches else { continue }
            let rest = part.dropFirst(degree.count)
            if let next = rest.first, next.isLetter || next.isNumber, degree.last?.isLetter == true { continue }
            var area = RoleLineParser.trimmed(rest)
            for lead in ["in ", "of ", "- "] where area.lowercased().hasPrefix(lead) {
                area = RoleLineParser.trimmed(area.dropFirst(lead.count))
            }
            return (String(part.prefix(degree.count)), area.isEmpty ? nil : area)
        }
        return nil
    }

    private func isInstitution(_ part: String) -> Bool {
        part.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
            vocabulary.institutionWords.contains(String($0))
        }
    }

    // MARK: - Skills

    /// "Category: a, b" lines and two-cell table rows become named groups; other bullets and
    /// comma lists go into one group called "Skills".
    mutating func skills(_ lines: [ResumeLine]) -> [JSONValue] {
        var groups: [JSONValue] = []
        var loose: [String] = []
        for (index, line) in lines.enumerated() {
            if line.kind == .row, line.cells.count >= 2 {
                let isHeaderRow =
                    index + 1 < lines.count && lines[index + 1].kind == .row
                    && (index == 0 || lines[index - 1].kind != .row)
                    && line.cells.allSatisfy { !$0.contains(",") && $0.split(separator: " ").count <= 2 }
                if isHeaderRow {
                    keep([line.text])
                    continue
                }
                let keywords = line.cells.dropFirst().flatMap(keywordList)
                groups.append(
                    .object(["name": .string(line.cells[0]), "keywords": .array(keywords.map(JSONValue.string))]))
                continue
            }
            if let colon = line.text.firstIndex(of: ":"), line.text[..<colon].split(separator: " ").count <= 4 {
                let name = RoleLineParser.trimmed(line.text[..<colon])
                let keywords = keywordList(String(line.text[line.text.index(after: colon)...]))
                if !name.isEmpty, !keywords.isEmpty {
                    groups.append(.object(["name": .string(name), "keywords": .array(keywords.map(JSONValue.string))]))
                    continue
                }
            }
            loose += line.cells.flatMap(keywordList)
        }
        if !loose.isEmpty {
            groups.append(.object(["name": .string("Skills"), "keywords": .array(loose.map(JSONValue.string))]))
        }
        return groups
    }

    /// "Python (pandas, NumPy), SQL; Tableau and AWS." → ["Python (pandas, NumPy)", "SQL", "Tableau", "AWS"].
    func keywordList(_ text: String) -> [String] {
        RoleLineParser.splitOutsideBrackets(text, separators: ",;•·|").map { keyword in
            var keyword = keyword
            if keyword.lowercased().hasPrefix("and ") { keyword = String(keyword.dropFirst(4)) }
            if keyword.hasSuffix("."), !keyword.dropLast().contains(".") { keyword = String(keyword.dropLast()) }
            return RoleLineParser.trimmed(keyword)
        }.filter { !$0.isEmpty }
    }

    // MARK: - One entry per line

    /// The name, an issuer (after a dash, in brackets of two or more words, or the second part)
    /// and a date, from one line.
    private mutating func namedLine(_ line: ResumeLine) -> (name: String, by: String?, date: ResumeDate?) {
        var text = line.text
        var date: ResumeDate?
        if let found = roles.dates.scan(text) {
            date = found.end ?? found.start
            text = found.remainder
        }
        // "Name (Issuer)": brackets of two or more words at the end name the issuer, even when
        // the name itself has a dash in it.
        let whole = RoleLineParser.trimmed(text)
        var parts = RoleLineParser.parts(of: text)
        if let open = whole.lastIndex(of: "("), whole.hasSuffix(")") {
            let inner = String(whole[whole.index(after: open)..<whole.index(before: whole.endIndex)])
            if inner.split(separator: " ").count >= 2 {
                parts = [RoleLineParser.trimmed(whole[..<open]), inner]
            }
        }
        if parts.count == 1 {
            let commas = RoleLineParser.commaParts(parts[0])
            if commas.count == 2 { parts = commas }
        }
        guard !parts.isEmpty else { return (line.text, nil, date) }
        keep(Array(parts.dropFirst(2)))
        return (parts[0], parts.count > 1 ? parts[1] : nil, date)
    }

    mutating func certificate(_ line: ResumeLine) -> JSONValue {
        let (name, issuer, date) = namedLine(line)
        var certificate: [String: JSONValue] = ["name": .string(name)]
        certificate["issuer"] = issuer.map(JSONValue.string)
        certificate["date"] = date.map { .string($0.description) }
        return .object(certificate)
    }

    mutating func award(_ line: ResumeLine) -> JSONValue {
        let (title, awarder, date) = namedLine(line)
        var award: [String: JSONValue] = ["title": .string(title)]
        award["awarder"] = awarder.map(JSONValue.string)
        award["date"] = date.map { .string($0.description) }
        return .object(award)
    }

    mutating func publication(_ line: ResumeLine) -> JSONValue {
        let (name, publisher, date) = namedLine(line)
        var publication: [String: JSONValue] = ["name": .string(name)]
        publication["publisher"] = publisher.map(JSONValue.string)
        publication["releaseDate"] = date.map { .string($0.description) }
        return .object(publication)
    }

    /// "Spanish (conversational), English — native" → two languages with their fluency.
    func languages(_ line: ResumeLine) -> [JSONValue] {
        if line.kind == .row, line.cells.count == 2 {
            return [.object(["language": .string(line.cells[0]), "fluency": .string(line.cells[1])])]
        }
        return RoleLineParser.splitOutsideBrackets(line.text, separators: ",;•·|").map { piece in
            var language = piece
            var fluency: String?
            if let open = piece.firstIndex(of: "("), piece.hasSuffix(")") {
                language = RoleLineParser.trimmed(piece[..<open])
                fluency = RoleLineParser.trimmed(piece[piece.index(after: open)...])
            } else if let separator = [" — ", " – ", " - ", ": "].first(where: { piece.contains($0) }),
                let range = piece.range(of: separator)
            {
                language = RoleLineParser.trimmed(piece[..<range.lowerBound])
                fluency = RoleLineParser.trimmed(piece[range.upperBound...])
            }
            var entry: [String: JSONValue] = ["language": .string(language)]
            entry["fluency"] = fluency.map(JSONValue.string)
            return .object(entry)
        }
    }

    /// "Outdoors: hiking, climbing" → one interest with keywords; "chess, baking" → two interests.
    func interests(_ line: ResumeLine) -> [JSONValue] {
        if let (_, value) = labelled(line.text), let colon = line.text.firstIndex(of: ":") {
            return [
                .object([
                    "name": .string(RoleLineParser.trimmed(line.text[..<colon])),
                    "keywords": .array(keywordList(value).map(JSONValue.string)),
                ])
            ]
        }
        return keywordList(line.text).map { .object(["name": .string($0)]) }
    }
}
