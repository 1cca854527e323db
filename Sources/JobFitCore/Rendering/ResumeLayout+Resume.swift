import Foundation

extension ResumeLayout {
    /// Lays out a JSON Resume.
    ///
    /// Basics first, then work, projects, education, skills, certificates, awards, publications,
    /// volunteering, languages and interests, each section only when it has entries. Order within a
    /// section is the resume's own (tailoring reorders the resume itself).
    public init(resume: Resume) {
        let document = resume.document
        let basics = resume.basics
        let name = basics.name ?? "Resume"
        var sections: [Section] = []

        func add(_ kind: Section.Kind, _ heading: String, _ entries: [Entry]) {
            let shown = entries.filter { !$0.isEmpty }
            if !shown.isEmpty { sections.append(Section(kind: kind, heading: heading, entries: shown)) }
        }

        add(.experience, "Experience", Self.roles(document["work"], organizationKeys: ["name", "company"]))
        add(.projects, "Projects", Self.projects(document["projects"]))
        add(.education, "Education", (document["education"]?.elements ?? []).map(Self.education))
        add(
            .skills, "Skills",
            resume.skills.map { Entry(title: $0.name, items: $0.keywords) })
        add(
            .certificates, "Certifications",
            (document["certificates"]?.elements ?? []).map { value in
                Entry(
                    title: value["name"]?.text, organization: value["issuer"]?.text,
                    dates: value.date("date").map(Self.format), link: value["url"]?.text)
            })
        add(
            .awards, "Awards",
            (document["awards"]?.elements ?? []).map { value in
                Entry(
                    title: value["title"]?.text, organization: value["awarder"]?.text,
                    dates: value.date("date").map(Self.format), text: value["summary"]?.text)
            })
        add(
            .publications, "Publications",
            (document["publications"]?.elements ?? []).map { value in
                Entry(
                    title: value["name"]?.text, organization: value["publisher"]?.text,
                    dates: value.date("releaseDate").map(Self.format), link: value["url"]?.text,
                    text: value["summary"]?.text)
            })
        add(.volunteer, "Volunteering", Self.roles(document["volunteer"], organizationKeys: ["organization", "name"]))
        add(
            .languages, "Languages",
            resume.languages.map { Entry(title: $0.language, text: $0.fluency) })
        add(
            .interests, "Interests",
            (document["interests"]?.elements ?? []).map { value in
                Entry(title: value["name"]?.text, items: value.strings("keywords"))
            })

        let label = basics.label?.nilIfBlank
        self.init(
            name: name,
            headline: label,
            contact: Self.contact(basics, location: document["basics"]?["location"]),
            summary: basics.summary?.nilIfBlank,
            sections: sections,
            metadata: Metadata(
                title: label.map { "\(name) – \($0)" } ?? name,
                author: name,
                keywords: Self.unique(resume.skills.flatMap(\.keywords))))
    }

    /// `Feb 2023`, `2019`.
    static func format(_ date: ResumeDate) -> String {
        guard let month = date.month else { return String(date.year) }
        return "\(monthNames[month - 1]) \(date.year)"
    }

    /// `Feb 2023 – Present`, `Jun 2019 – Aug 2020`, `2016 – 2019`; `nil` without a start.
    static func period(start: ResumeDate?, end: ResumeDate?, current: Bool) -> String? {
        guard let start else { return end.map(format) }
        if let end { return end == start ? format(start) : "\(format(start)) – \(format(end))" }
        return current ? "\(format(start)) – Present" : format(start)
    }

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func roles(_ list: JSONValue?, organizationKeys: [String]) -> [Entry] {
        (list?.elements ?? []).map { value in
            let role = Resume.Role(value)
            return Entry(
                title: value["position"]?.text,
                organization: organizationKeys.lazy.compactMap { value[$0]?.text }.first,
                dates: period(start: role.startDate, end: role.endDate, current: role.isCurrent),
                location: value["location"]?.text,
                link: value["url"]?.text,
                text: value["summary"]?.text?.nilIfBlank,
                bullets: role.highlights)
        }
    }

    private static func projects(_ list: JSONValue?) -> [Entry] {
        (list?.elements ?? []).map { value in
            let role = Resume.Role(value)
            return Entry(
                title: value["name"]?.text,
                organization: value["entity"]?.text,
                dates: period(start: role.startDate, end: role.endDate, current: false),
                link: value["url"]?.text,
                text: value["description"]?.text?.nilIfBlank,
                bullets: role.highlights,
                items: role.keywords)
        }
    }

    private static func education(_ value: JSONValue) -> Entry {
        let study = [value["studyType"]?.text, value["area"]?.text].compactMap { $0?.nilIfBlank }
        let title: String?
        switch study.count {
        case 2: title = "\(study[0]) in \(study[1])"
        case 1: title = study[0]
        default: title = nil
        }
        let score = value["score"]?.text?.nilIfBlank
        return Entry(
            title: title,
            organization: value["institution"]?.text,
            dates: period(start: value.date("startDate"), end: value.date("endDate"), current: false),
            link: value["url"]?.text,
            text: score.map { "Grade: \($0)" },
            items: value.strings("courses"))
    }

    private static func contact(_ basics: Resume.Basics, location: JSONValue?) -> [ContactItem] {
        var items: [ContactItem] = []
        if let email = basics.email?.nilIfBlank { items.append(ContactItem(text: email, link: "mailto:\(email)")) }
        if let phone = basics.phone?.nilIfBlank {
            let dialled = phone.filter { $0.isNumber || $0 == "+" }
            items.append(ContactItem(text: phone, link: dialled.isEmpty ? nil : "tel:\(dialled)"))
        }
        let place = [location?["city"]?.text, location?["region"]?.text, location?["countryCode"]?.text]
            .compactMap { $0?.nilIfBlank }
        if !place.isEmpty { items.append(ContactItem(text: place.joined(separator: ", "))) }
        if let url = basics.url?.nilIfBlank { items.append(ContactItem(text: shortened(url), link: url)) }
        for profile in basics.profiles {
            guard let url = profile.url?.nilIfBlank else { continue }
            items.append(ContactItem(text: shortened(url), link: url))
        }
        return items
    }

    /// `https://www.github.com/sam/` → `github.com/sam`: what a reader types.
    static func shortened(_ url: String) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://"] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension ResumeLayout.Entry {
    /// Whether the entry shows nothing at all.
    var isEmpty: Bool {
        title == nil && organization == nil && dates == nil && location == nil && text == nil && bullets.isEmpty
            && items.isEmpty
    }
}

extension String {
    /// `nil` when the string is empty or only white space.
    var nilIfBlank: String? {
        trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self
    }
}
