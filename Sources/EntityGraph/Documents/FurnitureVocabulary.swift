/// The web-interface vocabulary `FurnitureClassifier` looks for, as hashed lowercase word
/// sequences so matching compares integers, not strings.
///
/// The lists name what page furniture is made of (comment forms, share and follow prompts,
/// newsletter boxes, "related posts" lists, legal lines, opinion disclaimers), not the exact
/// lines of any site: a new site's "Share this story" or "Comments are closed" is caught by the
/// same words.
enum FurnitureVocabulary {
    /// Phrases that are almost always web interface: one is enough in a non-sentence, two in a
    /// sentence ("Your email address will not be published.").
    static let interfacePhrases: [String] = [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "comments are closed",
        "required fields", "will not be published", "email address",
        "sign up", "sign in", "log in", "log out", "subscribe to", "subscribe now", "newsletter",
        "follow us", "like us", "find us", "share this", "share on", "share via",
        "click here", "click to", "read more", "read also", "also read", "see also", "continue reading",
        "recent posts", "related posts", "related articles", "related article", "related stories",
        "related news", "related content", "popular posts", "most popular", "most read", "trending now",
        "all rights reserved", "privacy policy", "terms of use", "terms of service", "terms and conditions",
        "cookie policy", "use cookies", "accept cookies", "skip to content", "back to top",
        "previous post", "next post", "previous article", "next article",
        // Opinion-page disclaimers: boilerplate a publisher appends to every column.
        "views expressed", "opinions expressed", "necessarily reflect",
    ]

    /// Words that suggest interface only in short lines that are not sentences ("Share",
    /// "Comments", "Tags"); in a sentence they are ordinary words.
    static let interfaceWords: [String] = [
        "reply", "replies", "comment", "comments", "share", "tweet", "follow", "subscribe", "login",
        "logout", "register", "email", "posts", "copyright", "advertisement", "advertising",
        "sponsored", "tags", "menu", "search", "home", "print", "click", "edit", "download",
        "facebook", "twitter", "whatsapp", "telegram", "instagram", "linkedin", "youtube", "pinterest",
        "reddit", "rss", "next", "previous", "prev", "more", "top", "cookies",
    ]

    /// Placeholder text left in by a page template.
    static let placeholderPhrases: [String] = ["lorem ipsum"]

    /// Phrase hashes grouped by the hash of their first word, for matching at each position.
    struct PhraseTable: Sendable {
        var byFirstWord: [UInt64: [[UInt64]]] = [:]

        init(_ phrases: [String]) {
            for phrase in phrases {
                let words = phrase.split(separator: " ").map { FurnitureVocabulary.hash(Array($0.utf8)[...]) }
                byFirstWord[words[0], default: []].append(words)
            }
        }

        /// How many phrases occur in `words` (overlapping occurrences all count), and how many
        /// of the words they cover.
        func matches(in words: [UInt64]) -> (phrases: Int, coveredWords: Int) {
            var count = 0
            var coveredEnd = 0
            var covered = 0
            for (index, word) in words.enumerated() {
                guard let candidates = byFirstWord[word] else { continue }
                for phrase in candidates where index + phrase.count <= words.count
                    && words[index..<index + phrase.count].elementsEqual(phrase) {
                    count += 1
                    let end = index + phrase.count
                    covered += max(0, end - max(index, coveredEnd))
                    coveredEnd = max(coveredEnd, end)
                }
            }
            return (count, covered)
        }
    }

    static let interfacePhraseTable = PhraseTable(interfacePhrases)
    static let placeholderPhraseTable = PhraseTable(placeholderPhrases)
    static let interfaceWordHashes: Set<UInt64> = Set(interfaceWords.map { hash(Array($0.utf8)[...]) })

    /// FNV-1a, 64 bit, of lowercase ASCII bytes.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value = (value ^ UInt64(TextBytes.asciiLowercased(byte))) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// The hashes of the ASCII words (runs of letters and digits, lowercased) in `range`;
    /// any other byte separates words.
    static func wordHashes(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [UInt64] {
        var hashes: [UInt64] = []
        var value: UInt64 = 0
        var inWord = false
        for index in range {
            let byte = bytes[index]
            if TextBytes.isASCIIAlphanumeric(byte) {
                if !inWord { value = 0xcbf2_9ce4_8422_2325; inWord = true }
                value = (value ^ UInt64(TextBytes.asciiLowercased(byte))) &* 0x0000_0100_0000_01b3
            } else if inWord {
                hashes.append(value)
                inWord = false
            }
        }
        if inWord { hashes.append(value) }
        return hashes
    }
}
