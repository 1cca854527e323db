import Foundation
import JobFitCore
import Testing

/// JSON values: whole numbers read and written without a fraction, the rest as they are.
@Suite struct JSONValueTests {
    @Test func wholeNumbersHaveNoFractionInTextOrEncodedJSON() throws {
        let value = try JSONValue.parse(#"[3, 3.0, 1.5, -2, 12345678901234]"#)
        #expect(value.elements.compactMap(\.text) == ["3", "3", "1.5", "-2", "12345678901234"])
        let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        #expect(encoded == "[3,3,1.5,-2,12345678901234]")
    }

    @Test func tooDeepIsToldApartFromOtherErrors() {
        #expect(throws: JSONValueError.self) { try JSONValue.parse("[[[1]]]", maximumDepth: 2) }
        do {
            _ = try JSONValue.parse("[[[1]]]", maximumDepth: 2)
        } catch let error as JSONValueError {
            #expect(error.isTooDeep)
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try JSONValue.parse("[1,]")
        } catch let error as JSONValueError {
            #expect(!error.isTooDeep)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
