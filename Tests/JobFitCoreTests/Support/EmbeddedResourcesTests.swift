import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// The binary carries its defaults; they must equal their sources in Resources/.
@Suite struct EmbeddedResourcesTests {
    @Test func embeddedCopiesMatchResources() throws {
        #expect(!EmbeddedResources.paths.isEmpty)
        for (name, path) in EmbeddedResources.paths {
            let source = try String(contentsOf: PackageFiles.url(path), encoding: .utf8)
            let embedded = try #require(Self.embedded[name], "no accessor for \(name)")
            #expect(
                embedded + "\n" == source,
                "\(path) changed: run Scripts/embed-resources.sh and commit the generated file")
        }
    }

    private static let embedded: [String: String] = [
        "sectionVocabulary": EmbeddedResources.sectionVocabulary, "resumeSchema": EmbeddedResources.resumeSchema,
        "resumeSections": EmbeddedResources.resumeSections,
    ]

    @Test func embeddedVocabularyDecodes() throws {
        _ = try SectionVocabulary(json: Data(EmbeddedResources.sectionVocabulary.utf8))
    }
}
