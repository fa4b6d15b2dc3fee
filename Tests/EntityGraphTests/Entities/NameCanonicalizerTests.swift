import Testing
@testable import EntityGraph

@Suite struct NameCanonicalizerTests {
    /// The general (Unicode) path for `text`: a trailing no-break space is whitespace, so it
    /// changes neither the canonical name nor the key, but it is not ASCII.
    private func general(_ transform: (String) -> String, _ text: String) -> String {
        transform(text + "\u{A0}")
    }

    private var samples: [String] {
        var samples = ["Vladimir Putin", "the Kremlin", "The  Kremlin", "THE White House", "the", "The The",
                       "U.S.", "Co-operation", "O'Toole", " Joe\tBiden\n", "", "   ", "the\r\nHague", "AT&T",
                       "G-7 Summit", "Mark N. Katz", "the the The Beatles", "Theresa May", "thE Times"]
        // Every ASCII character, alone and inside a name.
        for value in 0..<128 {
            let c = String(UnicodeScalar(UInt8(value)))
            samples += [c, "A\(c)b", "the\(c)Name", "\(c) x"]
        }
        // Seeded random ASCII strings.
        var state: UInt64 = 42
        for _ in 0..<500 {
            var s = ""
            for _ in 0..<Int(state % 13) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s.unicodeScalars.append(UnicodeScalar(UInt8((state >> 33) % 128)))
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            samples.append(s)
        }
        return samples
    }

    @Test func asciiCanonicalAgreesWithTheGeneralPath() {
        for text in samples {
            #expect(NameCanonicalizer.asciiCanonical(text) == general(NameCanonicalizer.canonical, text), "\(text.debugDescription)")
        }
    }

    @Test func asciiKeyAgreesWithTheGeneralPath() {
        for text in samples {
            #expect(NameCanonicalizer.asciiKey(text) == general(NameCanonicalizer.key, text), "\(text.debugDescription)")
        }
    }

    @Test func nonASCIITakesTheGeneralPath() {
        #expect(NameCanonicalizer.asciiKey("Zürich") == nil)
        #expect(NameCanonicalizer.asciiCanonical("Biden’s") == nil)
        #expect(NameCanonicalizer.key("Zürich") == "zurich")
        #expect(NameCanonicalizer.canonical("the O’Brien") == "O'Brien")
    }
}
