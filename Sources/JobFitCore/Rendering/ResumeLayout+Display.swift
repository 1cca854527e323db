/// How every renderer words the parts of an entry, so DOCX, HTML, Markdown and text agree.
extension ResumeLayout.Section.Kind {
    /// Kinds whose entries are one line each ("Languages: Swift, Go"; "English: Native").
    var isCompact: Bool {
        switch self {
        case .skills, .languages, .interests: true
        default: false
        }
    }

    /// The label before an entry's items in a full entry ("Courses: …"), `nil` when they stand alone.
    var itemsLabel: String? {
        switch self {
        case .education: "Courses"
        case .projects: "Technologies"
        case .skills, .languages, .interests: nil
        default: "Keywords"
        }
    }
}

extension ResumeLayout.Entry {
    /// The main line without the dates: "Backend Engineer, Tidewater Retail Systems".
    var displayHeading: String? {
        let parts = [title, organization].compactMap { $0.map(RenderText.line) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// What a compact entry says after its title: the items comma-separated, or the text.
    var compactDetail: String? {
        let items = items.map(RenderText.line).filter { !$0.isEmpty }
        if !items.isEmpty { return items.joined(separator: ", ") }
        return text.map(RenderText.line).flatMap { $0.isEmpty ? nil : $0 }
    }
}
