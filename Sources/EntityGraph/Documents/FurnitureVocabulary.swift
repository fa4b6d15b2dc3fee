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
        // Video players' teasers: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 06:22".
        "just watched", "must watch", "more videos", "now playing", "up next", "watch video", "play video",
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

    /// The lowercase words a "Source: …" credit may hold besides names.
    static let creditSmallWords: [String] = [
        "and", "news", "agency", "agencies", "wire", "wires", "service", "services", "staff", "of", "the",
        "with", "from", "in", "reports", "reporting", "reporters", "correspondents", "archives", "files",
    ]

    /// Words of photo credits ("Getty Images", "AP Photo", "File Photo", "Pool", "Handout").
    static let photoCreditWords: [String] = [
        "photo", "photos", "photograph", "photography", "photographer", "images", "image", "file", "pool", "handout",
        "illustration",
    ]
    /// Words that start the sentence after a credit, not the credit: "Zou Hong / China Daily The
    /// company said".
    static let photoCreditStops: [String] = [
        "the", "a", "an", "as", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that", "these",
        "those", "but", "his", "her", "its", "their", "when", "while", "after", "before", "since", "if",
    ]
    /// Labels that open a photo credit: "(Photo: Jane Roe, AP)", "Photographer: Jane Roe/…".
    static let photoCreditLabels: [String] = [
        "photo:", "photos:", "photograph:", "photographer:", "credit:", "image:", "picture:", "illustration:",
    ]
    /// Small words inside a photo credit: "AFP via Getty Images", "Feng Yongbin / For China Daily".
    static let photoCreditSmallWords: [String] = ["via", "for", "and", "of", "the", "de", "van", "von", "da", "del", "di", "le", "la", "al", "bin"]
    static let photoCreditWordHashes: Set<UInt64> = Set(photoCreditWords.map { hash(Array($0.utf8)[...]) })
    static let photoCreditLabelHashes: Set<UInt64> = Set(photoCreditLabels.map { hash(Array($0.utf8)[...]) })
    static let photoCreditStopHashes: Set<UInt64> = Set(photoCreditStops.map { hash(Array($0.utf8)[...]) })
    static let photoCreditSmallWordHashes: Set<UInt64> = Set(photoCreditSmallWords.map { hash(Array($0.utf8)[...]) })

    /// Words before "by" that open a credit line: "(Reporting by …; Editing by …)".
    static let creditByWords: [String] = ["reporting", "editing", "writing", "compiled", "produced", "assistance"]
    /// Words before a credit's by-word: "Additional reporting by …", "With assistance by …".
    static let creditByOpeners: [String] = ["additional", "with"]
    static let creditByOpenerHashes: Set<UInt64> = Set(creditByOpeners.map { hash(Array($0.utf8)[...]) })

    /// Verbs of contact lines: "Contact the writer at …", "Follow us @…".
    static let contactVerbs: [String] = ["contact", "email", "emailing", "e-mail", "write", "follow", "reach", "find", "send"]

    /// What "… contributed to this" ends with.
    static let reportNouns: [String] = ["report", "story", "article"]

    /// What a word is to `TextFurnitureDetector`, looked up by its hash in `textWordKinds`.
    enum TextWordKind: UInt8 {
        case network = 1, shareInterface, shareGlue, creditBy, by, contributed
    }

    /// The words of share rows and credit lines `TextFurnitureDetector` looks up for every word.
    /// A word keeps the first kind it is given; words with several roles ("to", "story",
    /// "email") are also checked against `toHash`, `reportNounHashes` and `contactVerbHashes`
    /// where the detector needs those roles.
    static let textWordKinds: HashedWordTable = {
        var table = HashedWordTable(capacity: 256)
        let lists: [(TextWordKind, [String])] = [
            (.network, socialNetworks), (.shareInterface, shareInterfaceWords), (.shareGlue, shareGlueWords),
            (.creditBy, creditByWords), (.by, ["by"]), (.contributed, ["contributed"]),
        ]
        for (kind, words) in lists {
            for word in words { table.insert(hash(Array(word.utf8)[...]), kind.rawValue) }
        }
        return table
    }()

    static let contactVerbHashes: Set<UInt64> = Set(contactVerbs.map { hash(Array($0.utf8)[...]) })
    static let creditSmallWordHashes: Set<UInt64> = Set(creditSmallWords.map { hash(Array($0.utf8)[...]) })
    static let reportNounHashes: Set<UInt64> = Set(reportNouns.map { hash(Array($0.utf8)[...]) })
    static let toHash = hash(Array("to".utf8)[...])
    static let thisHash = hash(Array("this".utf8)[...])
    static let followVerbHashes: Set<UInt64> = Set(["follow", "find"].map { hash(Array($0.utf8)[...]) })
    static let onHash = hash(Array("on".utf8)[...])
    /// Words an invitation to follow may open with: "Why not follow", "You can also follow", "Please follow".
    static let followOpenerHashes: Set<UInt64> = Set(["why", "not", "you", "can", "also", "please", "and", "do"].map { hash(Array($0.utf8)[...]) })

    /// A small open-addressing table from word hashes to one byte, probed linearly: the
    /// detector looks up every word of every paragraph, and `Set`'s seeded SipHash of an
    /// already-hashed key cost more than the rest of the detector.
    struct HashedWordTable: Sendable {
        private var keys: [UInt64]
        private var values: [UInt8]
        private let mask: Int

        /// A table for up to `capacity / 2` words; `capacity` is a power of two.
        init(capacity: Int) {
            keys = [UInt64](repeating: 0, count: capacity)
            values = [UInt8](repeating: 0, count: capacity)
            mask = capacity - 1
        }

        /// Adds `key` with `value` unless the key is there already (the first value stays).
        mutating func insert(_ key: UInt64, _ value: UInt8) {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return }
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            values[slot] = value
        }

        /// The value of `key`, or 0 when it is not in the table.
        @inline(__always)
        func value(_ key: UInt64) -> UInt8 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a, 64 bit, of the lowercase ASCII bytes in `range`, without copying them.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            value = (value ^ UInt64(TextBytes.asciiLowercased(bytes[index]))) &* 0x0000_0100_0000_01b3
        }
        return value
    }

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
