import Foundation
import Mustache

/// A theme's template sources: built in (embedded in the binary) or read from a folder.
struct Theme {
    /// Template sources by file name (`resume.html.mustache`, `entry.mustache`).
    private let files: [String: String]
    /// Where the files come from, for messages (`classic`, `/path/to/theme`).
    private let origin: String

    /// The file each format's main template lives in.
    static func fileName(for format: ResumeOutputFormat) -> String? {
        switch format {
        case .html: "resume.html.mustache"
        case .markdown: "resume.md.mustache"
        case .text: "resume.txt.mustache"
        case .pdf, .docx, .json: nil
        }
    }

    /// The built-in theme `name`, or the theme folder at `name`.
    init(_ name: String) throws {
        if let builtIn = Self.builtIn(name) {
            files = builtIn
            origin = name
            return
        }
        guard Self.isFolder(name) else { throw RenderError.themeNotFound(name) }
        let folder = URL(fileURLWithPath: name)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: name).filter { $0.hasSuffix(".mustache") }
        } catch {
            throw RenderError.unreadableThemeFile(name, reason: error.localizedDescription)
        }
        var files: [String: String] = [:]
        for file in names {
            let path = folder.appendingPathComponent(file).path
            do {
                files[file] = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw RenderError.unreadableThemeFile(path, reason: "it is not a readable UTF-8 text file")
            }
        }
        self.files = files
        origin = name
    }

    /// Whether `path` is an existing folder: where a theme that is not built in must be.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The embedded files of a built-in theme, by file name.
    static func builtIn(_ name: String) -> [String: String]? {
        guard RenderOptions.builtInThemes.contains(name) else { return nil }
        var files: [String: String] = [:]
        for (path, text) in EmbeddedResources.themes where path.hasPrefix(name + "/") {
            // The embedded copy lacks the file's final newline (see Scripts/embed-resources.sh).
            files[String(path.dropFirst(name.count + 1))] = text + "\n"
        }
        return files.isEmpty ? nil : files
    }

    /// The main template for `format` and a library holding this theme's partials.
    ///
    /// Partials are the files other than the three main ones, named without `.mustache`. A folder
    /// without the format's template uses `classic`'s.
    func templates(for format: ResumeOutputFormat) throws -> (main: MustacheTemplate, library: MustacheLibrary) {
        guard let mainName = Self.fileName(for: format) else {
            throw RenderError.unsupportedFormat(format, renderer: "ThemeRenderer")
        }
        let mainNames: Set<String> = ["resume.html.mustache", "resume.md.mustache", "resume.txt.mustache"]
        var library = MustacheLibrary()
        for (file, text) in files.sorted(by: { $0.key < $1.key }) where !mainNames.contains(file) {
            library.register(try Self.parse(text, path: location(of: file)), named: String(file.dropLast(9)))
        }
        if let text = files[mainName] {
            return (try Self.parse(text, path: location(of: mainName)), library)
        }
        guard let fallback = Self.builtIn("classic")?[mainName] else { throw RenderError.themeNotFound("classic") }
        return (try Self.parse(fallback, path: "classic/" + mainName), library)
    }

    private func location(of file: String) -> String {
        origin + "/" + file
    }

    /// Parses a template that writes its values as they are: the context is escaped already.
    private static func parse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw RenderError.invalidTemplate(
                path, message: "\(error.error) at line \(max(1, error.context.lineNumber - 1))")
        } catch {
            throw RenderError.invalidTemplate(path, message: String(describing: error))
        }
    }
}
