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

    /// Social networks and sharing services as they appear on share buttons; a run of bare
    /// words holding several of them is a share row (`TextFurnitureDetector`).
    static let socialNetworks: [String] = [
        "facebook", "twitter", "google", "googleplus", "whatsapp", "tumblr", "linkedin", "stumbleupon",
        "stumble", "digg", "reddit", "newsvine", "pinterest", "telegram", "vk", "vkontakte", "xing",
        "flipboard", "messenger", "instagram", "youtube", "snapchat", "viber", "weibo", "wechat", "qzone",
        "delicious", "mix", "threads", "bluesky", "mastodon", "tiktok", "odnoklassniki", "ok",
    ]

    /// Words of share and print buttons that are not networks.
    static let shareInterfaceWords: [String] = [
        "send", "share", "shares", "sharing", "tweet", "email", "e-mail", "mail", "print", "permalink",
        "copy", "link", "sms", "save", "bookmark", "follow", "comment", "comments", "embed", "more",
    ]

    /// Small words allowed inside a share row ("Share this with"), never at its ends.
    static let shareGlueWords: [String] = ["this", "with", "via", "on", "us", "the", "article", "story", "page", "to"]

    /// Labels that open a credit line: "Source: Al Jazeera", "Author: …".
    static let creditLabels: [[UInt8]] = ["sources:", "source:", "authors:", "author:", "editors:", "editor:"]
        .map { Array($0.utf8) }

    /// Words before "by" that open a credit line: "(Reporting by …; Editing by …)".
    static let creditByWords: [String] = ["reporting", "editing", "writing", "compiled", "produced"]

    /// Verbs of contact lines: "Contact the writer at …", "Follow us @…".
    static let contactVerbs: [String] = ["contact", "email", "emailing", "e-mail", "write", "follow", "reach", "find", "send"]

    /// What "… contributed to this" ends with.
    static let reportNouns: [String] = ["report", "story", "article"]

    static let socialNetworkHashes: Set<UInt64> = Set(socialNetworks.map { hash(Array($0.utf8)[...]) })
    static let shareInterfaceHashes: Set<UInt64> = Set(shareInterfaceWords.map { hash(Array($0.utf8)[...]) })
    static let shareGlueHashes: Set<UInt64> = Set(shareGlueWords.map { hash(Array($0.utf8)[...]) })
    static let creditByWordHashes: Set<UInt64> = Set(creditByWords.map { hash(Array($0.utf8)[...]) })
    static let contactVerbHashes: Set<UInt64> = Set(contactVerbs.map { hash(Array($0.utf8)[...]) })
    static let reportNounHashes: Set<UInt64> = Set(reportNouns.map { hash(Array($0.utf8)[...]) })
    static let byHash = hash(Array("by".utf8)[...])
    static let contributedHash = hash(Array("contributed".utf8)[...])
    static let toHash = hash(Array("to".utf8)[...])
    static let thisHash = hash(Array("this".utf8)[...])

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
