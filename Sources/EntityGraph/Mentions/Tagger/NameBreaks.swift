/// Words that end a name where the tagger would run one on: a lowercase word between two
/// capitalized ones that is no name particle ("Jack reminds Rebecca", "Schumer questions
/// Army", "Stanford epidemiologist John Ioannidis", "Goldman Sachs raised Citigroup Inc").
///
/// On text unlike its training data the perceptron now and then labels such a verb or role
/// noun inside one span with the names around it, with a high margin. In CoNLL-2003 train and
/// dev, a lowercase word between two capitalized tokens is outside every name 1,269 times in
/// 1,275; the six others are a title ("The Land is Ours"), "Bild am Sonntag" (a particle, listed
/// here) and a typo. So the decoder is constrained (constrained Viterbi: the labels such a word
/// may take are restricted to O before decoding: constrained inference, as Roth & Yih
/// apply to CRFs), and the model labels each side on its own: "Jack" and "Rebecca" are two people,
/// "Goldman Sachs" and "Citigroup Inc" two companies, and "Stanford" and "John Ioannidis" keep
/// the types the model gives them. Training is unconstrained (the model file is unchanged).
///
/// Name particles stay inside names: connectors ("Bank of England", "Marks and Spencer") and
/// the particles of family names and foreign institutions in many languages ("Erik ten Hag",
/// "Rhys ab Owen", "Monte dei Paschi", "One Laptop per Child", "Bild am Sonntag").
/// - Complexity: O(t) for a document of t tokens.
/// - Reference: D. Roth and W. Yih, "Integer linear programming inference for conditional
///   random fields", ICML 2005.
enum NameBreaks {
    /// Lowercase words that may stand inside a name: `Lexicon.nameConnectors` ("of", "de",
    /// "van", "bin") and these.
    static let particles: Set<String> = Lexicon.nameConnectors.union([
        // English
        "at", "to", "a", "an", "with", "into", "by", "from", "against", "without", "upon", "under", "over", "vs", "v",
        "per", "cum", "or",
        // Romance
        "do", "dos", "das", "dei", "degli", "delle", "dello", "dal", "dalla", "les", "los", "las", "y", "e", "i", "et",
        "en", "sur", "sous", "au", "aux", "pour", "sans", "il", "lo", "sin", "con", "por", "para", "dela",
        // Germanic
        "ten", "ter", "te", "het", "op", "zu", "zum", "zur", "vom", "am", "im", "und", "fuer", "af", "av", "og",
        // Arabic, Hebrew, Welsh, Irish, Slavic, Malay, Swahili, Fijian
        "bint", "binti", "ben", "bar", "ould", "ag", "ad", "ud", "ul", "ur", "wa", "ab", "ap", "na", "nad", "ni",
    ])

    private static let particleHashes: Set<UInt64> = Set(particles.map { FeatureHash.fnv1a($0) })

    /// Token indices of `tokens` (within `sentences`) whose labels must be O: the lowercase
    /// words above, and a word of five capitals or more that `isWord` knows in lowercase before
    /// a capitalized word in mixed case, a subheading run into the sentence after it ("LOSERS
    /// Apple", "OBJECTIONS Bank of America", "LENDING OF LAST RESORT Northern Rock"; not an
    /// acronym, "NASDAQ Composite", nor "BBC News", shorter).
    static func indices(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, sentences: [Range<Int>],
                        isWord: (UInt64) -> Bool = { _ in false }) -> [Int] {
        var result: [Int] = []
        for sentence in sentences where sentence.count >= 2 {
            for i in sentence.lowerBound..<(sentence.upperBound - 1) {
                let inside = i > sentence.lowerBound && isLowercaseWord(bytes, tokens[i]) && isCapitalized(bytes, tokens[i - 1])
                    && isCapitalized(bytes, tokens[i + 1])
                    && !particleHashes.contains(FeatureHash.fnv1a(bytes, Int(tokens[i].start)..<Int(tokens[i].end)))
                let subheading = !inside && isCapitalsWord(bytes, tokens[i]) && isCapitalized(bytes, tokens[i + 1])
                    && hasLowercase(bytes, tokens[i + 1]) && isWord(FeatureHash.fnv1aLower(bytes, Int(tokens[i].start)..<Int(tokens[i].end)))
                if inside || subheading { result.append(i) }
            }
        }
        return result
    }

    /// Five ASCII capitals or more and nothing else ("LOSERS").
    private static func isCapitalsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let range = Int(token.start)..<Int(token.end)
        return range.count >= 5 && range.allSatisfy { bytes[$0] >= 65 && bytes[$0] <= 90 }
    }

    private static func hasLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        (Int(token.start)..<Int(token.end)).contains { bytes[$0] >= 97 && bytes[$0] <= 122 }
    }

    /// ASCII lowercase letters only ("reminds"; not "deGrasse", "n't", "al-Sham").
    private static func isLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let range = Int(token.start)..<Int(token.end)
        return !range.isEmpty && range.allSatisfy { bytes[$0] >= 97 && bytes[$0] <= 122 }
    }

    /// An uppercase first letter, ASCII or Latin-1 ("Rebecca", "Élysée").
    private static func isCapitalized(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let start = Int(token.start)
        guard start < Int(token.end) else { return false }
        let first = bytes[start]
        if first >= 65 && first <= 90 { return true }
        return first == 0xC3 && start + 1 < Int(token.end) && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E
    }
}
