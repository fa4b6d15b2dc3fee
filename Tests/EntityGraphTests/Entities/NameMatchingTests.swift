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
    }
}
