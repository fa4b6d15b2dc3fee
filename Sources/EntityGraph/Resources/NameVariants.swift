/// Facts about personal names that name matching needs: given names that are the same name in
/// another language or script convention, familiar short forms, surname particles and
/// generational suffixes. Lowercase, diacritics folded. They describe naming in general, not any
/// sample text; a user thesaurus covers the rest.
enum NameVariants {
    /// Each group is one given name as Russian, Ukrainian, Belarusian and English-language news
    /// spell it ("Vladimir" / "Volodymyr"). Spellings that differ only by transliteration
    /// ("Alexei" / "Aleksei" / "Alexey") need not be listed: `TransliterationKey` equates them.
    static let givenNameGroups: [[String]] = [
        ["vladimir", "volodymyr", "uladzimir", "wladimir"],
        ["alexander", "aleksandr", "alexandr", "oleksandr", "alyaksandr", "aliaksandr", "aleksander"],
        ["alexei", "alexey", "aleksei", "aleksey", "oleksiy", "oleksii", "aliaksei", "alyaksei"],
        ["dmitry", "dmitri", "dmitriy", "dmytro", "dzmitry"],
        ["sergei", "sergey", "serhiy", "serhii", "siarhei"],
        ["nikolai", "nikolay", "mykola", "mikalai"],
        ["mikhail", "mykhailo", "mikhailo"],
        ["yuri", "yuriy", "yury", "yurii", "iurii", "yurij"],
        ["andrei", "andrey", "andriy", "andrii", "andrej"],
        ["pyotr", "petro", "piotr"],
        ["pavel", "pavlo"],
        ["yevgeny", "evgeny", "evgeni", "yevhen", "yauhen", "eugene"],
        ["grigory", "grigori", "hryhoriy", "ryhor"],
        ["gennady", "gennadiy", "hennadiy"],
        ["igor", "ihor"],
        ["oleg", "oleh", "aleh"],
        ["olga", "olha", "volha"],
        ["anatoly", "anatoliy", "anatolii"],
        ["vasily", "vasiliy", "vasyl"],
        ["viktor", "victor"],
        ["yulia", "yuliya", "julia", "iuliia"],
        ["natalia", "nataliya", "natalya", "natallia"],
        ["svetlana", "sviatlana", "svitlana"],
        ["tatiana", "tatyana", "tetiana", "tatsiana"],
        ["yelena", "elena", "olena", "alena"],
        ["maxim", "maksim", "maksym"],
        ["konstantin", "kostiantyn", "kanstantsin"],
        ["valery", "valeriy", "valerii"],
        ["vitaly", "vitali", "vitaliy", "vitalii"],
        ["arseny", "arseniy", "arsenii"],
        ["leonid", "leanid"],
        ["yakov", "yakiv"],
        ["ilya", "illia"],
        ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad"],
        ["ahmed", "ahmad"],
        ["hussein", "husein", "hussain", "husain"],
        ["osama", "usama"],
        ["omar", "umar"],
        ["abdullah", "abdallah"],
        ["youssef", "yusuf", "yousef", "yossef"],
        ["mustafa", "moustafa", "mostafa"],
    ]

    /// Russian and Ukrainian given names in the spellings Latin transliterations give them, each
    /// with the one English-language news uses most: node ids write a person's given name in
    /// it (`CanonicalSpelling`), so "Alexey" and "Aleksei Navalny" have one id. Only spellings
    /// of one language's name, unlike `givenNameGroups`, which matching uses across languages:
    /// not "Julia" for "Yulia", "Volodymyr" for "Vladimir" or "Piotr" for "Pyotr".
    static let transliteratedGivenNames: [String: String] = {
        let groups: [[String]] = [
            ["alexei", "alexey", "aleksei", "aleksey", "alexej", "aleksej", "alexsey"],
            ["aleksandr", "alexandr"], ["dmitry", "dmitri", "dmitriy", "dmitrii"], ["sergei", "sergey"],
            ["nikolai", "nikolay", "nickolay"], ["yuri", "yury", "yuriy", "yurii", "yurij"], ["andrei", "andrey", "andrej"],
            ["yevgeny", "yevgeni", "yevgeniy", "evgeny", "evgeni", "evgeniy"], ["grigory", "grigori", "grigoriy"],
            ["georgy", "georgi", "georgiy"], ["gennady", "gennadi", "gennadiy"], ["anatoly", "anatoli", "anatoliy"],
            ["vasily", "vasili", "vasiliy"], ["valery", "valeri", "valeriy"], ["vitaly", "vitali", "vitaliy"],
            ["arseny", "arseni", "arseniy"], ["maxim", "maksim"], ["mikhail", "mihail"], ["yulia", "yuliya"],
            ["natalia", "natalya", "nataliya"], ["tatiana", "tatyana"], ["oleksiy", "oleksii"], ["andriy", "andrii"],
            ["serhiy", "serhii"], ["mykhailo", "mykhaylo"],
        ]
        var table: [String: String] = [:]
        for group in groups {
            for spelling in group.dropFirst() { table[spelling] = group[0] }
        }
        return table
    }()

    /// Familiar forms of English given names ("Joe" for "Joseph"): one group per full name.
    static let familiarForms: [[String]] = [
        ["joseph", "joe", "joey"], ["william", "bill", "will", "billy"], ["robert", "bob", "rob", "bobby"],
        ["james", "jim", "jimmy", "jamie"], ["michael", "mike", "mick"], ["thomas", "tom", "tommy"],
        ["richard", "dick", "rick", "rich"], ["edward", "ed", "ted", "eddie"], ["charles", "chuck", "charlie"],
        ["anthony", "tony"], ["daniel", "dan", "danny"], ["david", "dave"], ["steven", "steve"],
        ["stephen", "steve"], ["christopher", "chris"], ["nicholas", "nick"], ["matthew", "matt"],
        ["benjamin", "ben"], ["samuel", "sam"], ["bernard", "bernie"], ["elizabeth", "liz", "beth"],
        ["katherine", "kate", "kathy"], ["catherine", "kate", "cathy"], ["andrew", "andy"],
        ["peter", "pete"], ["donald", "don"], ["ronald", "ron"], ["gerald", "jerry"], ["john", "johnny", "jack"],
        ["jeffrey", "jeff"], ["gregory", "greg"], ["timothy", "tim"], ["kenneth", "ken"], ["lawrence", "larry"],
        ["patrick", "pat"], ["douglas", "doug"], ["frederick", "fred"], ["alexander", "alex"],
        ["jennifer", "jen"], ["rebecca", "becky"], ["margaret", "maggie", "peggy"], ["susan", "sue"],
    ]

    /// Lowercase words or hyphenated prefixes that sit before a surname and are often left out
    /// ("Bashar al-Assad" / "Bashar Assad"). Capitalized forms starting a name ("Al Gore") are not
    /// particles.
    static let surnameParticles: Set<String> = [
        "al", "el", "ad", "ed", "as", "ash", "at", "az", "an", "ar", "bin", "ibn", "bint",
        "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "van", "von", "der", "den", "ten", "ter",
    ]

    /// Particles of Arabic names, set aside whatever their case ("Bashar Al Assad" is "Assad").
    static let arabicParticles: Set<String> = ["al", "el", "ad", "ed", "as", "ash", "at", "az", "an", "ar", "bin", "ibn", "bint"]

    /// The most common Chinese (Pinyin: the hundred most common of the 2019 Ministry of Public
    /// Security ranking), Korean and Vietnamese family names, which English news writes first
    /// ("Xi Jinping", "Moon Jae-in", "Nguyen Xuan Phuc").
    static let eastAsianFamilyNames: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
        "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
        "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
        "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "fu", "zhong",
        "wen", "bo", "xi", "hua", "qin", "kong", "meng", "lai", "fan", "fang", "shi", "jia", "cui",
        "tan", "liao", "jin", "xia", "zou", "xiong", "bai", "qiu", "hou", "yin", "xue", "yan", "duan",
        "lei", "long", "tao", "mao", "hao", "gu", "gong", "shao", "wan", "qian", "dai", "mo", "xiang", "chang",
        "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "moon",
        "ri", "ban", "hwang", "ahn", "shin", "jeon", "hong", "ko", "kwon", "yoo", "nam", "oh", "seo",
        "nguyen", "tran", "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "ngo", "duong",
    ]

    /// Generational suffixes after a surname ("Jr."), compared but never taken for the surname.
    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
}
