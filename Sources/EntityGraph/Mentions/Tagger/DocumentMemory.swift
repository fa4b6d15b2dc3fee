/// What the tagger remembers about the document it is tagging: which words occur in lowercase
/// (so a capitalized sentence-initial "Bank" can be told from a name), and the types earlier
/// sentences gave each capitalized word (prediction history, Ratinov & Roth 2009,
/// doi:10.3115/1596374.1596399: the same word tends to keep its label within a document).
struct DocumentMemory {
    private var lowercase = Set<UInt64>()
    private var history: [UInt64: SIMD4<UInt16>] = [:]
    let features: TaggerFeatureSet
    /// Second pass: `history` holds the first pass's labels for the whole document, and a
    /// token sees the labels its word got elsewhere (its own first-pass label left out).
    private(set) var secondPass = false

    init(features: TaggerFeatureSet) { self.features = features }

    /// Forgets everything and reads the words of a new document.
    mutating func start(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>) {
        lowercase.removeAll(keepingCapacity: true)
        history.removeAll(keepingCapacity: true)
        secondPass = false
        guard features.contains(.documentCase) else { return }
        for t in tokens {
            let r = Int(t.start)..<Int(t.end)
            guard let first = r.first, bytes[first] >= 97 && bytes[first] <= 122 else { continue }
            lowercase.insert(FeatureHash.fnv1a(bytes, r))
        }
    }

    /// Freezes the history gathered by a first pass over the whole document.
    mutating func beginSecondPass() { secondPass = true }

    /// Sets the document-level facts of a sentence's tokens; in the second pass
    /// `firstPass` holds the sentence's first-pass labels.
    func annotate(_ facts: UnsafeMutableBufferPointer<TokenFacts>, firstPass: UnsafePointer<Int>? = nil) {
        let useCase = features.contains(.documentCase)
        let useHistory = features.contains(.history) && !history.isEmpty
        guard useCase || useHistory else { return }
        for i in 0..<facts.count where facts[i].flags & TokenFacts.capitalized != 0 {
            if useCase { facts[i].seenLowercase = lowercase.contains(facts[i].lower) }
            if useHistory, var counts = history[facts[i].lower] {
                if secondPass, let firstPass, let own = BILOU.type(of: firstPass[i]) { counts[own.rawValue] &-= 1 }
                var bits: UInt8 = 0
                var best = 0
                for t in 0..<4 where counts[t] > 0 {
                    bits |= 1 << UInt8(t)
                    if counts[t] > counts[best] || counts[best] == 0 { best = t }
                }
                if bits != 0 { facts[i].history = bits | UInt8(best + 1) << 4 | (secondPass ? 0x80 : 0) }
            }
        }
    }

    /// Remembers the types a sentence's capitalized tokens were given.
    mutating func record(_ facts: UnsafeMutableBufferPointer<TokenFacts>, _ labels: UnsafePointer<Int>) {
        guard features.contains(.history), !secondPass else { return }
        for i in 0..<facts.count where facts[i].flags & TokenFacts.capitalized != 0 {
            guard let type = BILOU.type(of: labels[i]) else { continue }
            history[facts[i].lower, default: .zero][type.rawValue] &+= 1
        }
    }
}
