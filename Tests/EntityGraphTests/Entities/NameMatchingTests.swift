import Testing
@testable import EntityGraph

@Suite struct NameMatchingTests {
    @Test func transliterationKeysEquateSpellingsOfOneName() {
        for group in [["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"], ["Alexei", "Aleksei", "Alexey", "Aleksey", "Alexej"],
                      ["Dmitry", "Dmitri", "Dmitriy", "Dmitrii"], ["Peskov", "Peskow"], ["Assad", "Asad"],
                      ["Yevgeny", "Evgeny", "Jevgenij"], ["Navalny", "Navalnyi", "Navalniy"], ["Yanukovych", "Yanukovich"]] {
            #expect(Set(group.map(TransliterationKey.of)).count == 1, "\(group)")
        }
    }

    @Test func transliterationKeysKeepDifferentNamesApart() {
        for (a, b) in [("John", "Joan"), ("Lukashenko", "Lukashenka"), ("Mark", "Mike"), ("Bush", "Busch")] {
            #expect(TransliterationKey.of(a) != TransliterationKey.of(b), "\(a) \(b)")
        }
    }

    @Test func singleEditFindsOneTypingErrorOnly() {
        #expect(SingleEditMatch.isOneEdit("trenin", "ternin"))      // swap
        #expect(SingleEditMatch.isOneEdit("lukashenko", "lukashenka")) // replacement
        #expect(SingleEditMatch.isOneEdit("navalny", "navalnyy"))   // insertion
        #expect(SingleEditMatch.isOneEdit("navalnyy", "navalny"))   // deletion
        #expect(!SingleEditMatch.isOneEdit("navalny", "navalny"))
        #expect(!SingleEditMatch.isOneEdit("trenin", "tenrin"))     // two swaps apart
        #expect(!SingleEditMatch.isOneEdit("abcd", "badc"))
        #expect(!SingleEditMatch.isOneEdit("putin", "put"))
    }

    @Test func deletionKeysMeetForEveryOneEditPair() {
        for (a, b) in [("trenin", "ternin"), ("lukashenko", "lukashenka"), ("navalny", "navalnyy"), ("zelensky", "zelesky")] {
            #expect(!SingleEditMatch.deletionKeys(a).isDisjoint(with: SingleEditMatch.deletionKeys(b)), "\(a) \(b)")
        }
    }

    @Test func personNamesSplitGivenNamesSurnameAndSuffix() {
        #expect(PersonName("George W. Bush") == PersonName(given: ["george", "w"], surname: "bush"))
        #expect(PersonName("Bashar al-Assad") == PersonName(given: ["bashar"], surname: "assad"))
        #expect(PersonName("Charles de Gaulle") == PersonName(given: ["charles"], surname: "gaulle"))
        #expect(PersonName("Joseph R. Biden Jr.") == PersonName(given: ["joseph", "r"], surname: "biden", suffix: "jr"))
        #expect(PersonName("Putin")?.isSurnameOnly == true)
        #expect(PersonName("Brian O'Toole")?.surname == "otoole")
        #expect(PersonName("  ") == nil)
        // A capitalized "Al" or "Ed" that begins the name is a given name; "Van" a surname's.
        #expect(PersonName("Al Franken") == PersonName(given: ["al"], surname: "franken"))
        #expect(PersonName("Ed Royce") == PersonName(given: ["ed"], surname: "royce"))
        #expect(PersonName("Bashar Al Assad") == PersonName(given: ["bashar"], surname: "assad"))
        #expect(PersonName("Van Hollen") == PersonName(given: [], surname: "vanhollen"))
        #expect(PersonName("al-Franken")?.isSurnameOnly == true)
    }

    /// "Al Qaeda" is the article and a noun where the corpus also writes "al-Qaeda"; "Al Gore"
    /// stays a given name and a surname.
    @Test func anArabicArticleTheCorpusWritesAsOneStaysAnArticle() {
        let entries = ["al-Qaeda", "al Shabaab leaders", "Al Gore", "Ed Balls"].map { text in
            var entry = EntityRegistry.Entry(key: EntityKey(kind: .organization, name: NameCanonicalizer.key(text)))
            entry.aliases = [text: EntityRegistry.AliasUse(count: 1, rule: .sameKey)]
            return entry
        }
        let nouns = CorpusResolver.wordsAfterArabicArticles(entries)
        #expect(nouns == ["qaeda", "shabaab"])
        #expect(CorpusResolver.personName("Al Qaeda", articleNouns: nouns)?.isSurnameOnly == true)
        #expect(CorpusResolver.personName("Al Gore", articleNouns: nouns) == PersonName(given: ["al"], surname: "gore"))
    }

    @Test func variantsOfOnePersonMatchWithTheirRule() {
        func rule(_ a: String, _ b: String) -> AliasRule? { NameMatcher.match(PersonName(a)!, PersonName(b)!) }
        #expect(rule("Alexey Navalny", "Aleksei Navalny") == .transliteration)
        #expect(rule("Vladimir Zelensky", "Volodymyr Zelenskyy") == .transliteration)
        #expect(rule("Alexander Lukashenko", "Alyaksandr Lukashenka") == .spellingVariant)
        #expect(rule("Dmitry Ternin", "Dmitry Trenin") == .spellingVariant)
        #expect(rule("Bashar Assad", "Bashar al-Assad") == .nameVariant)
        #expect(rule("George Bush", "George W. Bush") == .nameVariant)
        #expect(rule("Joe Biden", "Joseph R. Biden") == .nameVariant)
        #expect(rule("V. Putin", "Vladimir Putin") == .nameVariant)
    }

    @Test func differentPeopleWithSimilarNamesDoNotMatch() {
        func rule(_ a: String, _ b: String) -> AliasRule? { NameMatcher.match(PersonName(a)!, PersonName(b)!) }
        #expect(rule("George Bush", "Jeb Bush") == nil)
        #expect(rule("Mark Katz", "Jonathan Katz") == nil)
        #expect(rule("George H. W. Bush", "George W. Bush") == nil)
        #expect(rule("Donald Trump", "Donald Trump Jr.") == nil)
        #expect(rule("Hunter Biden", "Joe Biden") == nil)
        #expect(rule("John Smith", "Joan Smith") == nil)
        // One typing error in the surname needs the same first name, not an initial or a nickname.
        #expect(rule("D. Ternin", "Dmitry Trenin") == nil)
        #expect(rule("Jim Peters", "James Peter") == nil)
        #expect(rule("Mark Kurz", "Mark Kunz") == nil) // too short to call a typo
        // A letter added at the end is an ending: a feminine form, a place, another word.
        #expect(rule("Oleg Kuznetsov", "Oleg Kuznetsova") == nil)
        #expect(rule("Shelley Capito", "Shelley Capitol") == nil)
        #expect(rule("Donald Trump", "Donald Trumps") == .spellingVariant) // a possessive without its apostrophe
        // Names written family name first compare their given names as written: Pinyin "j"
        // and "y" are different sounds.
        #expect(rule("Liu Jian", "Liu Yan") == nil)
        #expect(rule("Kim Jong-suk", "Kim Yong-suk") == nil)
        #expect(rule("Kim Jong-un", "Kim Jong Un") == .nameVariant)
        #expect(rule("Charlie Jiang", "Charlie Yang") == nil) // two family names
    }

    @Test func blockingFindsEveryPairThatMatches() {
        let texts = ["Alexey Navalny", "Aleksei Navalny", "Vladimir Zelensky", "Volodymyr Zelenskyy", "Dmitry Trenin",
                     "Dmitry Ternin", "George Bush", "Jeb Bush", "George W. Bush", "V. Zelensky", "Joe Biden", "Joseph Biden",
                     "Mark Katz", "Jonathan Katz", "Alyaksandr Lukashenka", "Alexander Lukashenko", "Putin"]
        let names = texts.map(PersonName.init)
        let found = PersonNameBlocking(names).candidatePairs().filter { NameMatcher.match(names[$0.0]!, names[$0.1]!) != nil }
        var expected: [(Int, Int)] = []
        for i in names.indices { for j in names.indices where i < j && !names[i]!.isSurnameOnly && !names[j]!.isSurnameOnly
            && NameMatcher.match(names[i]!, names[j]!) != nil { expected.append((i, j)) } }
        #expect(found.map { [$0.0, $0.1] } == expected.map { [$0.0, $0.1] })
        #expect(expected.count >= 8)
    }

    @Test func surnameLookupPrefersEqualThenTransliterationThenOneError() {
        let names = ["Alyaksandr Lukashenka", "Vladimir Zelensky", "Vladimir Putin"].map(PersonName.init)
        let blocking = PersonNameBlocking(names)
        #expect(blocking.fullNames(withSurname: "putin")?.agreement == .equal)
        #expect(blocking.fullNames(withSurname: "zelenskyy")?.agreement == .transliteration)
        #expect(blocking.fullNames(withSurname: "lukashenko")?.agreement == .spelling)
        #expect(blocking.fullNames(withSurname: "lukashenko")?.indices == [0])
        #expect(blocking.fullNames(withSurname: "medvedev") == nil)
        // A given name alone, or a word of a short key, takes no other spelling.
        let people = ["Janet Yellen", "Ehud Barak", "Barack Obama", "Gu Ying"].map(PersonName.init)
        let corpus = PersonNameBlocking(people)
        #expect(corpus.fullNames(withSurname: "ellen") == nil)   // a census given name
        #expect(corpus.fullNames(withSurname: "barack") == nil)  // a given name of the corpus
        #expect(corpus.fullNames(withSurname: "jing") == nil)    // key "ing"
        #expect(PersonNameBlocking([PersonName("Charlie Jiang")]).fullNames(withSurname: "yang") == nil) // a family name
        #expect(corpus.fullNames(withSurname: "yellen")?.agreement == .equal)
    }
}
