import Foundation
import JobFitCore
import JobFitTestSupport
import Testing

/// Ordering postings by score agrees with an order made by hand for one resume.
@Suite struct RankingTests {
    @Test func scoresOrderHandRankedPostings() throws {
        let spec = try JSONValue.parse(
            String(
                decoding: try PackageFiles.bytes("Tests/JobFitCoreTests/Fixtures/ranking/sam-okafor.json"),
                as: UTF8.self))
        let resumePath = try #require(spec["resume"]?.text)
        let asOf = try #require(spec["asOf"]?.text.flatMap(ResumeDate.init))
        let tiers = (spec["tiers"]?.elements ?? []).map { $0.elements.compactMap(\.text) }
        #expect(tiers.count == 4)
        let resume = try ResumeLoader.load(PackageFiles.bytes(resumePath), source: resumePath)
        let matcher = ResumeMatcher()
        let scores = try tiers.map { tier in
            try tier.map { path in
                matcher.match(
                    resume, against: try JobPostingParser().parse(PackageFiles.bytes(path), source: path), asOf: asOf
                ).score
            }
        }
        // Every pair from different tiers: the better tier should score higher (a tie counts half).
        var agree = 0.0
        var pairs = 0.0
        for better in scores.indices {
            for worse in scores.indices where worse > better {
                for high in scores[better] {
                    for low in scores[worse] {
                        pairs += 1
                        agree += high > low ? 1 : high == low ? 0.5 : 0
                    }
                }
            }
        }
        #expect(agree / pairs >= 0.85, "concordance \(agree / pairs): \(scores)")
        let best = try #require(scores.first?.min())
        let worst = try #require(scores.last?.max())
        #expect(best > worst, "\(scores)")
        #expect(best > scores[1].max() ?? 100)
    }
}
