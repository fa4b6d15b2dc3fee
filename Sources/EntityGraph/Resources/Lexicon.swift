/// Word lists the rule-based recognizer leans on. Lowercase unless noted; matched
/// case-insensitively. They describe English news writing in general, not any sample text.
enum Lexicon {
    /// Words that name an office and introduce the person holding it ("President Putin").
    static let titles: Set<String> = [
        "president", "presidents", "president-elect", "premier", "minister", "ministers", "secretary",
        "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
        "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "ambassador", "envoy",
        "gen.", "colonel", "col.", "admiral", "adm.", "commander", "lt.", "lieutenant", "major",
        "captain", "capt.", "sergeant", "sgt.", "chairman", "chairwoman", "chairperson", "ceo",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "judge", "justice",
        "counsel", "attorney", "prosecutor", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "mx.",
        "sir", "lord", "dame", "sheikh", "ayatollah", "patriarch", "bishop", "cardinal", "rabbi", "imam",
        "leader", "dictator", "tsar", "czar", "emperor", "director", "coordinator", "commissioner",
        "speaker", "lawmaker", "deputy", "candidate", "challenger", "nominee", "analyst", "correspondent",
        "reporter", "columnist", "editor", "economist", "historian", "expert", "official", "diplomat",
        "general", "vice-president", "vice", "st.", "member", "members",
        // British usage writes these without a period ("Mr Kenny", "Dr Fox").
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "rev", "rev.",
        "reverend", "taoiseach", "tanaiste", "tánaiste", "secretary-general", "under-secretary",
        "baroness", "baron", "earl", "duke", "duchess", "emir", "sultan", "crown", "detective",
        "inspector", "superintendent", "constable", "officer", "coach", "manager", "striker",
        "midfielder", "defender", "goalkeeper", "actor", "actress", "singer", "star", "rapper",
        "presenter", "host", "anchor", "author", "writer", "novelist", "director-general",
        "prosecutor-general", "attorney-general", "ombudsman", "mufti", "rabbi", "pastor",
        "archbishop", "metropolitan", "councillor", "councilor", "councilman", "councilwoman", "assemblyman",
        "assemblywoman", "delegate", "mp", "mep", "msp", "pm", "fm", "ceo", "cfo", "coo", "founder",
        "co-founder", "owner", "chief", "madam",
        // Commonwealth legislators and chief ministers ("BJP MLA Ram Singh", "Bihar CM Nitish Kumar").
        "mla", "mlas", "mlc", "mna", "mpa", "mpp", "cm",
        // Offices named for several people at once ("Justices Alito and Gorsuch").
        "justices", "judges", "senators", "governors", "generals",
    ]

    /// Words of the names every country's institutions share ("Foreign Ministry", "Supreme
    /// Court", "Interior Ministry", "Parliament"): a name made of these alone is generic.
    static let institutionWords: Set<String> = [
        "ministry", "ministries", "foreign", "defense", "defence", "interior", "justice", "finance",
        "economy", "economic", "trade", "health", "education", "culture", "energy", "environment",
        "agriculture", "transport", "home", "office", "affairs", "department", "state", "police",
        "army", "navy", "air", "force", "forces", "armed", "central", "bank", "supreme", "constitutional",
        "court", "parliament", "senate", "government", "cabinet", "embassy", "consulate", "intelligence",
        "service", "security", "national", "assembly", "federal", "prosecutor", "general", "election",
        "electoral", "commission", "coast", "guard", "border", "military", "presidential", "of", "and",
        "the", "for", "emergency", "emergencies", "investigative", "committee", "space", "agency",
        "treasury", "house", "congress",
    ]

    /// Last words of the names of events and prizes ("Six Nations Championship", "World Cup",
    /// "Brit Awards", "Commonwealth Games"): no organizations.
    static let eventHeads: Set<String> = [
        "championship", "championships", "cup", "award", "awards", "prize", "prizes", "trophy",
        "games", "olympics", "paralympics", "tournament", "festival", "marathon", "open", "classic",
        "grand", "prix", "derby", "series", "summit", "conference", "expo", "show", "week",
        "parade", "jubilee",
    ]

    /// Last words of events' names after another word ("Iowa State Fair", "National Omnium",
    /// "Neurosurgery Olympiad"); alone, the word may be an acronym ("FAIR", the Federation for
    /// American Immigration Reform) or a firm's name.
    static let eventHeadsAfterAWord: Set<String> = [
        "fair", "omnium", "olympiad", "regatta", "pageant", "biennale", "eisteddfod",
    ]

    /// Words of a story about a match, a club or a season ("goal", "striker", "league",
    /// "innings"): two of them, in lowercase, say that a town's name alone may be its club
    /// (`TaggerRecognizer.retypingTownsOutsideSport`) and a country's its national team
    /// (`MentionRefiner.countriesNamingPeople`; `TokenizedDocument.speaksOfSport`). Not the
    /// words of other contests ("final", "fans", "win"), which a song contest or an election
    /// shares.
    static let sportsWords: Set<String> = [
        "match", "matches", "goal", "goals", "scored", "scorer", "league", "striker", "midfielder", "defender",
        "goalkeeper", "fixture", "fixtures", "squad", "coach", "kick-off", "penalty", "penalties", "rugby", "football",
        "footballer", "cricket", "basketball", "baseball", "hockey", "innings", "wicket", "wickets", "stadium", "referee",
        "premiership", "club", "clubs", "player", "players", "cup", "tournament", "season", "manager", "winger",
        "batsman", "bowler", "relegation", "playoff", "play-off", "champions",
    ]

    /// `sportsWords` as the hashes `TokenizedDocument.lowercaseWords` gives.
    static let sportsWordHashes: [UInt64] = sportsWords.map { FeatureHash.fnv1a($0) }

    /// `sportsWordHashes` and the words of multi-sport games ("medals", "athletes"), where
    /// countries field teams too (`MentionRefiner.countriesNamingPeople`); not for towns, whose
    /// marathons and bombings speak of athletes.
    static let nationalTeamWordHashes: [UInt64] = sportsWordHashes + ["medal", "medals", "athlete", "athletes", "olympic", "olympics"]
        .map { FeatureHash.fnv1a($0) }

    /// Words a broadcaster's station name puts before its number or place ("BBC Radio 4",
    /// "BBC Radio Leicester", "Channel 4").
    static let stationHeads: Set<String> = ["radio", "tv", "television", "channel"]

    /// Last words of laws, treaties and agreements ("Affordable Care Act", "Paris Agreement",
    /// "Geneva Conventions", "Balfour Declaration"): instruments, not organizations or people.
    static let instrumentHeads: Set<String> = [
        "act", "acts", "treaty", "treaties", "agreement", "agreements", "protocol", "doctrine",
        "amendment", "convention", "conventions", "declaration", "directive", "charter", "roadmap",
        // Taxes are laws too ("Goods and Services Tax", "Value Added Tax").
        "tax",
    ]

    /// Whether a name of two words or more is a program's in American spelling ("Troubled Asset
    /// Relief Program", "Export Enhancement Program"): a policy, no organization. The UN's
    /// programs are bodies ("World Food Program", "UN Development Program"), and so is anything
    /// spelled "Programme".
    static func namesProgram(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count > 1, ["program", "programs"].contains(words[words.count - 1].lowercased()) else { return false }
        return !["world", "un", "u.n.", "united", "international"].contains(words[0].lowercased())
    }

    /// Bodies every country (or every company, town and sport) has, meaningless as a node
    /// without a name or a country: "Government", "the Committee", "the Bank", "the Party".
    /// Not the legislatures news names by their chamber alone ("Senate", "House", "Congress"),
    /// nor "Treasury" or "Commission", which a corpus mostly uses for one body.
    static let genericBodies: Set<String> = [
        "government", "governments", "cabinet", "administration", "ministry", "opposition", "parliament", "union",
        "army", "assembly", "authority", "bank", "board", "bureau", "committee", "company", "council", "court",
        "department", "group", "office", "party", "police", "agency", "corporation", "federation", "association",
        "institute", "club", "league", "organisation", "organization",
    ]

    /// Bodies that one word names and that each country has one of ("the Senate", "the
    /// Treasury"): a document about one country means that country's
    /// (`MentionRefiner.qualifyingByDocumentCountry`).
    static let nationalBodies: Set<String> = ["senate", "house", "congress", "parliament", "treasury", "police", "army", "navy"]

    /// Party names many countries' parties share ("Labour", "the Conservatives", "Communist
    /// Party"), by their first word, with the name they stand for: like a generic institution,
    /// each country's is its own (`MentionRefiner.qualifyingInstitution`). Not "Democrats" or
    /// "Republicans", which news of one country uses for its own two parties.
    static let sharedPartyWords: [String: String] = [
        "labour": "labour", "labor": "labour", "conservative": "conservative", "conservatives": "conservative",
        "liberal": "liberal", "liberals": "liberal", "communist": "communist", "communists": "communist",
        "socialist": "socialist", "socialists": "socialist", "greens": "green", "green": "green",
    ]

    /// The shared party name that lowercase words are ("labour", "conservative party", "the
    /// greens"), or nil. "Green" alone is a surname or a colour, not a party.
    static func sharedPartyName(_ words: [Substring]) -> String? {
        let name = words.first == "the" ? words.dropFirst() : words[...]
        guard let first = name.first, name.count == 1 && first != "green" || name.count == 2 && name.last == "party" else { return nil }
        return sharedPartyWords[String(first)]
    }

    /// Lowercase nouns that say what kind of organization the name after them is ("oil giant
    /// Rosneft", "German magazine Bild", "engineering firm Balfour Beatty", "pop group
    /// Portishead"): the name is an organization's, whatever the tagger's margin.
    static let organizationKindNouns: Set<String> = [
        "firm", "firms", "company", "giant", "group", "maker", "manufacturer", "carrier", "airline", "bank",
        "lender", "insurer", "retailer", "chain", "supermarket", "broadcaster", "network", "channel",
        "newspaper", "daily", "tabloid", "magazine", "weekly", "agency", "publisher", "label", "studio",
        "charity", "club", "band", "union", "watchdog", "regulator", "conglomerate", "consultancy",
        "brewer", "distiller", "miner", "side", "outfit",
    ]

    /// The `organizationKindNouns` no one's job or side is called by ("lender Northern Rock",
    /// "band Franz Ferdinand", "tabloid Kronen Zeitung"; not "film maker George Lucas", "broadcaster Cyril
    /// Fletcher", "the Wales side Martyn Williams", "publisher Rupert Murdoch"): right before a
    /// name, they make it the organization's throughout the story and mark it for the corpus.
    static let firmKindNouns: Set<String> = [
        "firm", "firms", "bank", "lender", "insurer", "retailer", "supermarket", "airline", "conglomerate", "consultancy",
        "newspaper", "tabloid", "magazine", "label", "studio", "charity", "band",
    ]

    /// Lowercase nouns after an organization's name that speak of it as one ("the Nikkei Asia
    /// website", "Cairn shares", "the DUP leader").
    static let organizationNounsAfter: Set<String> = [
        "website", "newspaper", "journalist", "journalists", "spokesman", "spokeswoman", "spokesperson",
        "shares", "shareholders", "executives", "boss", "subsidiary", "headquarters", "chairman",
        "leader", "leadership", "members", "employees", "staff",
    ]

    /// Nouns for the holder of an office that end or begin its name ("Divisional Railway
    /// Manager", "Garda Commissioner", "Chairperson of the Policing Authority"): an office is
    /// no organization, though the tagger types it as one for its capitals
    /// (`MentionRefiner.withoutOffice`). Not "general" ("Dollar General"), "counsel" ("Bahl &
    /// Gaynor Investment Counsel") or "premier" ("Scottish Premier"), which end companies'
    /// and leagues' names.
    static let officeHolderNouns: Set<String> = [
        "manager", "commissioner", "superintendent", "inspector", "chairman", "chairwoman", "chairperson",
        "secretary", "minister", "director", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor",
        "ambassador", "officer", "ombudsman", "registrar", "treasurer", "president", "chief",
    ]

    /// Lowercase nouns for what a person does that stand before the name ("striker Zico",
    /// "Sunni politician Adnan al-Dulaimi"): the name is a person's. Not the roles a company
    /// plays too ("fund manager BlackRock", "market leader Nintendo", "oil producer Rosneft",
    /// "e-commerce player Mogujie", "host star AB Aurigae", "analyst Gartner").
    static let personRoleNouns: Set<String> = [
        "striker", "midfielder", "defender", "goalkeeper", "winger", "coach", "singer", "actor", "actress",
        "rapper", "guitarist", "drummer", "economist", "politician", "lawmaker", "legislator", "diplomat",
        "businessman", "businesswoman", "tycoon", "lawyer", "columnist", "novelist", "playwright", "poet",
        "painter", "sculptor", "photographer", "filmmaker", "chef", "boxer", "golfer", "cyclist",
        "sprinter", "jockey", "skipper", "captain", "footballer", "cricketer", "batsman", "bowler", "swimmer",
        "gymnast", "wrestler", "athlete", "comedian", "presenter", "songwriter", "vocalist", "pianist", "composer",
        "dancer", "author", "writer", "spokesman", "spokeswoman", "activist", "campaigner", "blogger", "monk",
        "cleric", "imam", "preacher", "astronaut",
    ]

    /// Portfolios that name a minister's office ("Labour Minister", "Finance Minister").
    static let portfolios: Set<String> = [
        "labour", "labor", "finance", "trade", "agriculture", "defence", "defense", "interior", "health",
        "education", "energy", "transport", "justice", "economy", "environment", "industry", "housing",
        "exchequer",
    ]

    /// Lowercase nouns for securities, named after their issuer ("Treasury bills").
    static let securityNouns: Set<String> = [
        "bill", "bills", "bond", "bonds", "note", "notes", "securities", "yield", "yields", "paper",
        "debt", "coupon", "coupons", "futures", "certificates", "gilts",
    ]

    /// Lowercase nouns for works that stand before their titles ("the film Sideways").
    static let workNouns: Set<String> = [
        // Not "play", "hit" or "single": "Arsenal play Chelsea", "strikes hit Hamas".
        "film", "films", "movie", "movies", "documentary", "album", "albums", "song", "songs", "novel",
        "novels", "book", "books", "musical", "opera", "series", "sitcom", "drama", "comedy",
        "thriller", "game", "games", "videogame", "blockbuster", "biopic", "programme", "soap",
        "franchise", "sequel", "ballet", "poem", "painting",
    ]

    /// Lowercase nouns that stand after the name of a programme, a law or a project, and of
    /// those it benefits ("the DACA program", "DACA recipients", "the Keystone pipeline", "a Ponzi
    /// scheme", "Stand Your Ground laws"; `MentionRefiner.markingSchemeNames`).
    static let schemeNouns: Set<String> = [
        "program", "programs", "programme", "programmes", "scheme", "schemes", "pipeline", "pipelines", "law", "laws",
        "recipients", "beneficiaries",
    ]

    /// Lowercase nouns for products that stand after the product's name ("the Xbox console"),
    /// rarely after a maker's: not "phone" or "car" ("Samsung phones", "Ford cars").
    static let productNouns: Set<String> = [
        "console", "consoles", "handheld", "handhelds", "smartwatch", "gamepad", "browser", "browsers",
    ]

    /// Nouns for a relative before a person's full name ("his daughter Ivanka Trump";
    /// `MentionRefiner.markingRelatives`).
    static let relativeNouns: Set<String> = [
        "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father", "niece",
        "nephew", "cousin", "grandson", "granddaughter", "widow", "widower", "stepson", "stepdaughter",
        "stepmother", "stepfather",
    ]

    /// Honorifics and offices that only a person's name follows ("Mr Farage", "President
    /// Trump"), unlike roles such as "actor" or "star" that also stand before works and brands.
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame", "lord",
        "lady", "prof", "prof.", "professor", "president", "president-elect", "senator", "sen.", "rep.",
        "congressman", "congresswoman", "governor", "gov.", "mayor", "minister", "chancellor", "premier",
        "taoiseach", "pope", "king", "queen", "prince", "princess", "judge", "justice", "gen.", "general",
        "colonel", "col.", "captain", "capt.", "sgt.", "lt.", "admiral", "sheikh", "ayatollah", "rabbi",
        "imam", "bishop", "archbishop", "cardinal", "ambassador", "commissioner", "chairman",
        "chairwoman", "spokesman", "spokeswoman", "secretary", "mp", "mep",
    ]

    /// Offices before a surname that name who holds them, not a relative ("President Trump" is no
    /// "his daughter Ivanka Trump"); not the roles and honorifics a relative shares ("comedian
    /// Reeves", "Mr Bush").
    static let offices: Set<String> = [
        "president", "president-elect", "senator", "sen.", "rep.", "congressman", "congresswoman", "governor",
        "gov.", "mayor", "minister", "chancellor", "premier", "taoiseach", "speaker", "ambassador", "judge",
    ]

    /// Titles written before a given name rather than a surname ("Prince Charles", "Sir John",
    /// "Pope Francis"): with one word after them, the title stays in the name.
    static let titlesBeforeGivenNames: Set<String> = [
        "prince", "princess", "king", "queen", "sir", "dame", "pope", "emperor", "empress", "saint",
        "st.", "sheikh", "sultan", "emir", "crown",
    ]

    /// Words that qualify a title without being one ("Foreign Minister", "former deputy").
    static let titleModifiers: Set<String> = [
        "former", "ex", "deputy", "vice", "acting", "interim", "foreign", "defense", "defence", "prime",
        "first", "chief", "senior", "special", "general", "state", "national", "security", "finance",
        "interior", "justice", "economy", "trade", "energy", "presidential", "opposition", "democratic",
        "republican", "top", "then", "late", "elect", "assistant", "executive", "associate", "principal",
        "head", "leading", "veteran", "supreme", "high", "lord", "grand", "new", "incoming", "outgoing",
        "u.s.", "us", "white", "house", "kremlin", "party", "armed", "forces", "staff", "joint",
        // Services and ranks before an officer's title ("Navy Rear Adm. John Kirby", "Air Vice
        // Marshal").
        "rear", "navy", "army", "air", "marines",
    ]

    /// Last words of newspaper names that news writes alone for the paper it named in full
    /// ("The New York Times … the Times reported", "the Post", "the Journal").
    static let newspaperHeads: Set<String> = [
        "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "observer",
        "independent", "chronicle", "globe", "star", "mail", "express", "mirror", "sun", "examiner",
        "inquirer", "courier", "bulletin", "dispatch", "register", "sentinel",
    ]

    /// Last words of organization names ("Atlantic Council", "Carnegie Moscow Center").
    static let organizationHeads: Set<String> = [
        "council", "institute", "institution", "center", "centre", "corp", "corp.", "corporation",
        "inc", "inc.", "ltd", "ltd.", "llc", "plc", "co.", "company", "agency", "department", "party",
        "union", "organization", "organisation", "ministry", "bank", "university", "college", "school",
        "academy", "times", "news", "post", "journal", "herald", "tribune", "gazette", "review",
        "magazine", "telegraph", "guardian", "observer", "independent", "chronicle", "daily", "weekly",
        "press", "radio", "tv", "television", "channel", "network", "broadcasting", "media",
        "committee", "commission", "foundation", "association", "group", "service", "services",
        "forces", "army", "navy", "guard", "police", "court", "congress", "parliament", "senate",
        "duma", "assembly", "league", "front", "movement", "fund", "office", "bureau", "board",
        "authority", "alliance", "coalition", "club", "society", "federation", "airlines", "airways",
        "motors", "motor", "holdings", "industries", "technologies", "systems", "partners", "capital",
        "administration", "cabinet", "government", "directorate", "secretariat", "consortium",
        "cooperative", "trust", "exchange", "reserve", "treasury", "command", "brigade", "battalion",
        "regiment", "division", "fleet", "brotherhood", "nations", "taliban", "hezbollah", "hamas", "isis",
        "networks", "pictures", "records", "studios", "entertainment", "electronics", "communications",
        "telecom", "telecoms", "pharmaceuticals", "airline", "insurance", "energy", "labs", "laboratories",    ]

    /// Public bodies named by their portfolios ("Department for Business, Energy and Industrial
    /// Strategy", "Institute of Geology, Mining and Metallurgy"): a bank or a party named after a
    /// place or an idea is not one ("Bank of America, Regions Financial and Wachovia").
    static let portfolioBodyHeads: Set<String> = [
        "department", "ministry", "office", "administration", "secretariat", "directorate", "institute",
        "union", "commission", "committee", "council", "agency", "bureau", "authority", "board",
        "federation", "confederation", "association", "society",
    ]

    /// Nouns that make a name an organization's by themselves: a portfolio list holds none of
    /// them ("Bureau of Land Management, Fish and Wildlife Service" names two bodies).
    static let bodyNouns: Set<String> = portfolioBodyHeads.union([
        "service", "services", "bank", "corp", "corp.", "corporation", "company", "co", "co.", "inc", "inc.",
        "ltd", "ltd.", "plc", "llc", "group", "association", "party", "court", "fund", "foundation", "society",
        "federation", "league", "university", "college", "school", "holdings", "partners", "trust",
    ])

    /// Last words of South Asian parties' and bodies' names ("Shiv Sena", "Janata Dal",
    /// "Rashtriya Swayamsevak Sangh", "Vishva Hindu Parishad", "Lok Sabha", "Jharkhand Mukti
    /// Morcha"), which are surnames too ("Ken Sena"): an organization's only after a word that
    /// is no known given name (`MentionRefiner.personOrNot`).
    static let southAsianOrganizationHeads: Set<String> = ["sena", "dal", "sangh", "parishad", "sabha", "morcha", "samiti", "manch"]

    /// Legal forms of companies written after their names ("Baidu Inc", "Siemens AG"), lowercase.
    static let corporateSuffixes: Set<String> = [
        "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co.", "gmbh", "ag", "s.a.", "n.v.", "b.v.",
        "s.p.a.", "spa", "lp", "llp", "pty", "bhd",
    ]

    /// First words of organization names followed by "of" or "for" ("Ministry of Defense").
    static let organizationStarts: Set<String> = [
        "organization", "organisation", "ministry", "department", "university", "institute", "bank",
        "council", "committee", "commission", "court", "league", "union", "federation", "association",
        "office", "bureau", "board", "house", "academy", "agency", "center", "centre", "fund", "school",
    ]

    /// First words that make a name an organization's, never a person's ("Deutsche Boerse",
    /// "Banco Santander", "Société Générale").
    static let organizationFirstWords: Set<String> = [
        "deutsche", "deutscher", "banco", "banca", "banque", "societe", "société", "compagnie", "groupe",
        "grupo", "compañía", "compania", "regie", "régie", "caisse", "crédit", "institut", "istituto",
        "instituto", "empresa", "sociedad", "società", "societa", "companhia", "cassa", "fondazione",
        "fundación", "fundacion", "stichting", "fondation", "kombinat",
        // A campaign or a side named after its leader or country ("Team Obama", "Team GB").
        "team",
    ]

    /// Lowercase words that may sit inside a name ("Organization for Security and Cooperation in
    /// Europe", "Charles de Gaulle").
    static let nameConnectors: Set<String> = [
        "of", "for", "and", "&", "de", "da", "del", "della", "di", "du", "des", "la", "le", "von", "van",
        "der", "den", "al", "el", "bin", "ibn", "on", "in", "the",
    ]

    /// Function words (prepositions, conjunctions, determiners, pronouns, sentence adverbs): never
    /// the first word of a name, wherever they stand ("Unlike Trump", "Moreover").
    static let functionWords: Set<String> = [
        "a", "about", "according", "after", "against", "also", "although", "an", "and", "as", "at",
        "because", "before", "besides", "both", "but", "by", "despite", "during", "each", "either",
        "even", "every", "finally", "for", "from", "furthermore", "he", "her", "his", "however", "i",
        "if", "in", "indeed", "instead", "interestingly", "into", "its", "it", "just", "like",
        "meanwhile", "moreover", "my", "neither", "nevertheless", "no", "nor", "not", "now", "of", "on",
        "only", "or", "our", "perhaps", "regardless", "she", "similarly", "since", "so", "some",
        "still", "than", "that", "the", "their", "then", "therefore", "these", "they", "this", "those",
        "though", "through", "thus", "to", "under", "unlike", "until", "upon", "we", "when", "where",
        "whether", "which", "while", "with", "within", "without", "yet", "you", "your",
    ]

    /// The auxiliaries and wh-words that open a question ("Does Trump…", "Should Congress…",
    /// "How Star Wars…"), which begin no name. Not "will", "may", "can" or "do", which begin
    /// people's ("Will Smith", "Theresa May" aside: "May Chidiac", "Can Dundar", "Do Kwon").
    static let questionWords: Set<String> = [
        "does", "did", "is", "are", "was", "were", "has", "have", "had", "should", "would", "could", "shall",
        "must", "why", "how", "what", "whether", "if", "when", "where", "which",
    ]

    /// The question words that end no name either ("U.S. Has", "Mike Pompeo Was"): not the
    /// ones that are surnames too ("Tan Tee How", "Carolina Are", "Rein van der Does").
    static let questionWordsEndingNoName = questionWords.subtracting(["how", "why", "are", "does", "if"])

    /// Frequent English words: capitalized at a sentence start or in a title-case headline, they
    /// are not names.
    static let commonWords: Set<String> = [
        "a", "about", "above", "according", "across", "after", "again", "against", "ago", "all", "almost",
        "along", "already", "also", "although", "always", "among", "an", "and", "another", "any", "anyone",
        "are", "around", "as", "at", "back", "be", "because", "been", "before", "being", "below", "best",
        "better", "between", "beyond", "both", "but", "by", "can", "cannot", "could", "despite", "did",
        "do", "does", "doing", "down", "during", "each", "early", "either", "else", "enough", "even",
        "ever", "every", "everyone", "everything", "far", "few", "finally", "first", "for", "from",
        "further", "furthermore", "given", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "indeed", "instead", "into",
        "is", "it", "its", "itself", "just", "last", "late", "later", "least", "less", "let", "like",
        "likely", "many", "may", "maybe", "me", "meanwhile", "might", "more", "moreover", "most", "much",
        "must", "my", "near", "nearly", "neither", "never", "nevertheless", "new", "next", "no", "nobody",
        "none", "nor", "not", "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto",
        "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own", "perhaps", "please",
        "quite", "rather", "really", "recently", "same", "second", "see", "several", "she", "should",
        "similarly", "since", "so", "some", "someone", "something", "soon", "still", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "therefore", "these",
        "they", "third", "this", "those", "though", "through", "thus", "to", "today", "together", "too",
        "toward", "towards", "under", "unless", "unlike", "until", "up", "upon", "us", "very", "via",
        "was", "we", "well", "were", "what", "whatever", "when", "whenever", "where", "whether", "which",
        "while", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "yours", "yes", "interestingly", "apparently", "certainly",
        "clearly", "obviously", "fortunately", "unfortunately", "initially", "eventually", "currently",
        "ultimately", "importantly", "additionally", "consequently", "regardless", "yesterday",
        "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "read", "says", "said", "say", "new", "old", "big", "how",
        "loss", "win", "wins", "deal", "talks", "war", "peace", "news", "analysis", "opinion", "report",
        "update", "breaking", "exclusive", "watch", "video", "photo", "live", "follow", "share", "leave",
        "reply", "comment", "comments", "sign", "subscribe", "click", "edit", "recent", "posts", "related",
        "original", "url", "source", "sources", "image", "images", "copyright", "advertisement",
        "it's", "i'm", "we're", "don't", "that's", "there's", "let's", "relations", "sanctions",
        "elections", "election", "policy", "security", "economy", "summit", "treaty", "agreement",
        "strategy", "crisis", "conflict", "diplomacy", "negotiations", "government", "state", "states",
        "people", "world", "country", "countries", "nation", "nations", "leaders", "officials", "experts", "analysts", "unlikely", "improve", "necessarily",
        "regardless", "outcome", "far", "gap", "parties", "came", "threats", "will", "is", "are",
    ]

    /// Acronyms of organizations common enough in news to know without an explanation in the
    /// text, with their full names. Facts, not tuning: a user thesaurus extends them.
    static let organizationAcronyms: [String: String] = [
        "NATO": "North Atlantic Treaty Organization", "UN": "United Nations", "U.N.": "United Nations",
        "EU": "European Union", "E.U.": "European Union", "OSCE": "Organization for Security and Co-operation in Europe",
        "FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency", "KGB": "KGB",
        "FSB": "Federal Security Service", "GRU": "GRU", "SVR": "Foreign Intelligence Service",
        "NSA": "National Security Agency", "WHO": "World Health Organization",
        "IMF": "International Monetary Fund", "WTO": "World Trade Organization", "OPEC": "OPEC",
        "UNESCO": "UNESCO", "UNICEF": "UNICEF", "ASEAN": "Association of Southeast Asian Nations",
        "IAEA": "International Atomic Energy Agency", "ICC": "International Criminal Court",
        "OECD": "Organisation for Economic Co-operation and Development", "BBC": "BBC", "CNN": "CNN",
        "AP": "Associated Press", "AFP": "Agence France-Presse", "TASS": "TASS", "CSTO": "Collective Security Treaty Organization",
        "SCO": "Shanghai Cooperation Organisation", "BRICS": "BRICS", "G7": "G7", "G20": "G20",
        "DNC": "Democratic National Committee", "RNC": "Republican National Committee", "GOP": "Republican Party",
        // The group's own and its enemies' acronyms (Islamic State of Iraq and Syria / the Levant).
        "ISIS": "Islamic State", "ISIL": "Islamic State",
    ]

    /// Last words of the names of buildings, streets and other places ("Trump Tower").
    static let facilityHeads: Set<String> = [
        "tower", "towers", "hotel", "plaza", "square", "street", "avenue", "road", "bridge", "airport",
        "stadium", "arena", "building", "palace", "hall", "park", "station", "hospital", "prison",
        "mosque", "church", "cathedral", "temple", "base", "camp", "island", "islands", "valley",
        "river", "lake", "mountain", "mountains", "county", "province", "district", "beach", "port",
    ]

    /// Last words of places' names that never end an organization's ("Beijing Capital
    /// International Airport", "Henan Province", "Yangtze River"). Not the heads a government or
    /// a firm is named after ("Downing Street", "Buckingham Palace", "City Hall", "Catholic
    /// Church", "Mount Sinai Hospital", "Trump Tower", "MTV Base").
    static let placeHeads: Set<String> = buildingHeads.union([
        "arena", "bridge", "island", "islands", "valley", "river", "lake", "mountain", "mountains", "beach", "plaza",
        "square", "avenue",
        // Land and water ("Appalachian Trail", "Mississippi Canyon", "Taiwan Strait"); not "Bay"
        // or "Forest", which name clubs ("Tampa Bay", "Nottingham Forest").
        "trail", "canyon", "glacier", "peninsula", "desert", "reef", "gorge", "falls", "creek", "strait", "sea", "ocean",
        "coast", "hills", "heights", "harbour", "harbor", "volcano", "plateau", "lagoon",
    ])

    /// Nouns for a place that come before its name ("River Thames", "Lake Oroville", "Camp
    /// David", "Mount Etna").
    static let placeFirstWords: Set<String> = ["river", "lake", "camp", "mount", "mt", "mt."]

    /// Last words of buildings' and landmarks' names that never end a person's either ("Linwood
    /// Mosque", "Raj Bhavan", "Vijay Chowk"; not "Lake", "Bridge", "Square", "Arena", which are
    /// surnames): South Asian English writes a building "Bhavan" or "Bhawan", a square "Chowk", a
    /// mosque "Masjid" and a temple "Mandir".
    static let buildingHeads: Set<String> = [
        "airport", "stadium", "mosque", "cathedral", "station", "province", "bhavan", "bhawan", "chowk", "masjid", "mandir",
    ]

    /// Words that name a storm before its given name ("Hurricane Katrina", "Typhoon Haiyan",
    /// "Cyclone Idai", "Tropical Storm Allison", the British "Storm Ciara").
    static let stormWords: Set<String> = ["hurricane", "typhoon", "cyclone", "storm", "superstorm"]

    /// Legislators' offices, and plural offices, that end a name for a legislator or a group of
    /// people, not for an organization ("Congress MLA", "Labour MPs", "Republican senators").
    static let legislatorOffices: Set<String> = [
        "mla", "mlas", "mp", "mps", "mep", "meps", "msp", "msps", "mlc", "mlcs", "mna", "mnas", "mpa", "mpas",
        "senator", "senators", "lawmaker", "lawmakers", "legislator", "legislators", "councillors", "councilors",
        "ministers", "members", "congressman", "congressmen", "congresswoman", "congresswomen",
    ]

    /// Words for believers of a faith, nouns and adjectives ("Shiite villagers", "Sunnis"): never
    /// an organization's whole name, nor a person's.
    static let faithGroups: Set<String> = [
        "muslims", "muslim", "christians", "jews", "catholics", "protestants", "sunnis", "sunni", "shias",
        "shia", "shiites", "shiite", "hindus", "buddhists", "sikhs", "evangelicals", "mormons",
    ]

    /// Adjectives of faiths that are also names' first words ("Christian Democrats", "Jewish
    /// Agency") or given names: alone, never an organization's name.
    static let faithAdjectives: Set<String> = [
        "christian", "catholic", "protestant", "jewish", "hindu", "buddhist", "sikh", "alawite", "alawites",
        "druze", "islamic", "islamist", "islamists", "jihadist", "jihadists",
    ]

    /// Nouns for groups of people by faith, party or movement: never one person's name.
    static let groupsOfPeople: Set<String> = faithGroups.union([
        "democrats", "republicans", "conservatives", "liberals", "socialists", "communists", "tories",
        "islamists", "jihadists", "nationalists", "populists", "greens", "loyalists", "unionists",
        "separatists", "rebels", "militants", "kurds", "arabs", "latinos", "hispanics", "millennials",
        "mps", "meps", "msps", "mlas", "peers", "lawmakers", "senators", "congressmen", "fans", "supporters",
        "voters", "ministers",
    ])

    /// Nouns that number parts of laws, texts and routes ("Article 50", "Section 230", "Flight 17").
    static let numberedNouns: Set<String> = [
        "article", "articles", "section", "chapter", "clause", "paragraph", "title", "amendment",
        "resolution", "rule", "phase", "stage", "part", "volume", "level", "flight", "route", "room",
        "highway", "proposition", "protocol", "annex", "schedule", "bill", "form", "grade", "category",
    ]

    /// Prefixes of US bill numbers, dots dropped ("HB 509", "H.R. 1", "SB 8", "HJR 3").
    static let billPrefixes: Set<String> = ["hb", "hr", "sb", "ab", "hf", "sf", "lb", "hjr", "sjr", "hres", "sres", "hcr", "scr"]

    /// Currency abbreviations written before an amount ("Rs 10 lakh", "Rp 500", "Tk 20",
    /// "KSh 100", "RM 50", "Dh 300"): the rupee, rupiah, taka, Kenyan shilling, ringgit and dirham.
    static let currencyAbbreviations: Set<String> = ["rs", "re", "rp", "tk", "ksh", "kes", "rm", "dh", "dhs", "inr", "pkr", "lkr", "npr"]

    /// Common words that begin names with a possessive: "People's Bank of China", "Women's Tennis
    /// Association", "Children's Hospital", "King's College".
    static let possessiveNameWords: Set<String> = ["people", "women", "children", "men", "king", "queen", "lord", "st"]

    /// Words that make a person former ("Retired Army Maj. Gen. …", "Former Goldman Sachs banker"):
    /// no part of an organization's name before which they stand.
    static let formerWords: Set<String> = ["former", "retired", "then", "onetime", "erstwhile"]

    /// Party members' nouns that run into a person's name ("as a Donald Trump Republican", "Val
    /// Demings, Florida Democrat") and end no one's name themselves ("a Nevada Republican",
    /// "Lean Democrat" in a race rating).
    static let partyMemberNouns: Set<String> = [
        "republican", "republicans", "democrat", "democrats", "conservative", "liberal", "socialist",
        "communist", "unionist", "nationalist", "loyalist",
    ]

    /// Verbs of title-case headlines that the tagger runs into a name ("Jay Inslee Announces",
    /// "Stephen Colbert Mocks Kellyanne Conway"): third-person forms no surname shares.
    static let headlineVerbs: Set<String> = [
        "says", "slams", "mocks", "announces", "calls", "urges", "warns", "vows", "blasts", "backs", "defends",
        "denies", "accuses", "launches", "unveils", "signs", "endorses", "responds", "reveals", "rips", "praises",
        "attacks", "meets", "visits", "joins", "quits", "resigns", "claims", "admits", "tells", "asks", "wants",
        "plans", "faces", "pushes", "seeks", "sues", "blames", "thanks", "trolls", "slaps", "torches", "hails",
        "condemns", "demands", "rejects", "confirms", "insists", "explains", "grills", "spars", "clashes",
        "taunts", "threatens", "reminds", "scolds", "lashes", "fires", "picks", "names", "nominates",
    ]

    /// Names of God, religions, holidays and awards, ethnic adjectives, diseases and "the
    /// Constitution": capitalized, often
    /// tagged as people or organizations, never a person or an organization of the news alone
    /// ("God", "Islam", "Christmas", "the Oscar", "Latino voters"; "Joseph Latino" is a name).
    static let notPeople: Set<String> = [
        "latino", "latina", "latinx", "hispanic",
        "god", "allah", "jehovah", "yahweh", "lord", "christmas", "easter", "xmas", "ramadan", "eid",
        "diwali", "hanukkah", "passover", "thanksgiving", "halloween", "oscar", "oscars", "emmy",
        "emmys", "grammy", "grammys", "bafta", "baftas", "christ", "islam", "christianity", "judaism",
        "buddhism", "hinduism", "sikhism", "catholicism", "protestantism", "zoroastrianism",
        // Diseases written with capitals ("TB", "Ebola"), which taggers take for organizations.
        "aids", "hiv", "tb", "sars", "mers", "ebola", "zika", "bse", "mrsa", "covid", "covid-19",
        "h1n1", "h5n1", "alzheimer", "alzheimer's", "parkinson's",
        // A country's founding law alone ("under the Constitution"), which would otherwise join a
        // "Constitution Party" of another country as its short form.
        "constitution",
    ]

    /// English words written after a name and a hyphen ("Obama-era", "Trump-led"): not the
    /// syllable of a hyphenated given name ("Kim Jong-un", "Moon Jae-in").
    /// Prefixes glued by a hyphen before a name that leave it someone else's ("Anti-Trump",
    /// "Ex-Labour", "Pro-EU", "Anglo-Dutch", "Sino-Japanese"): never part of the name.
    static let hyphenPrefixes: Set<String> = [
        "anti", "pro", "ex", "non", "post", "pre", "mid", "sub", "trans", "pan", "neo", "multi", "tri", "bi",
        "inter", "intra", "co", "semi", "super", "ultra", "counter", "never", "un", "over", "under",
        "self", "cross", "re", "de", "mega", "mini", "micro", "macro", "quasi", "pseudo", "vice",
        "anglo", "franco", "sino", "indo", "euro", "afro", "russo", "greco", "graeco", "italo",
        "austro", "hispano", "judeo", "turco", "luso", "nippo", "arab", "islamo",
    ]

    static let hyphenSuffixes: Set<String> = [
        "era", "led", "run", "age", "old", "off", "out", "up", "set", "won", "type", "like", "born",
        "made", "free", "wide", "year", "style", "based", "owned", "held", "ish", "esque", "ite",
        "ites", "ism", "isms", "ist", "ists", "mania", "gate", "fest", "care", "bot", "bots", "tie",
        "ties", "door", "less",
    ]

    /// All-caps words that are not organizations.
    static let nonOrganizationAcronyms: Set<String> = [
        "TV", "OK", "CEO", "CFO", "GDP", "PHD", "PhD", "VIP", "FAQ", "DNA", "RNA", "mRNA", "HIV", "AIDS", "COVID",
        "USD", "EUR", "RUB", "UTC", "GMT", "OBE", "MBE", "BREAKING", "UPDATE", "LIVE", "VIDEO", "PHOTO",
        // Devices, formats and technologies.
        "PC", "PCS", "DVD", "DVDS", "CD", "CDS", "ID", "USB", "MP3", "SMS", "GPS", "HD", "HDTV", "LCD", "PDA",
        "PDAS", "VCR", "DVR", "PVR", "PIN", "ATM", "AI", "VR", "IT", "IPTV", "VOIP", "WIFI", "GDPR", "SUV",
        "CEOS", "IPO", "GCSE", "GCSES", "MRI", "PR", "HQ", "PDF", "URL", "HTML", "HDMI", "VPN", "SIM", "SUVs",
        "IPOs", "ATMs", "UFO", "UFOs", "NFT", "NFTs",
        // Taxes, fuels, medical and financial terms, an honour, India's police report (a
        // document that spells one out after a name keeps it: "Islamic Courts Union (ICU)").
        // Not "A&E" (a US network too), "EMI" (a record company), "CCTV" (China's broadcaster)
        // or "DRM" (its definitions decide: "Digital Rights Management (DRM)" is a technology's,
        // "Divisional Railway Manager (DRM)" an office's).
        "VAT", "GST", "LNG", "LPG", "CNG", "IVF", "ICU", "PCR", "PPE", "ETF", "ETFs", "ESG", "CBE", "FIR",
        // Currencies by their ISO 4217 codes and common abbreviations; groups of people.
        "GBP", "JPY", "CNY", "RMB", "CHF", "INR", "CAD", "AUD", "KRW", "HKD", "TRY", "BRL", "ZAR", "MXN",
        "LGBT", "LGBTQ", "LGBTI", "LGBTIQ",
        // A nerve agent, written in capitals.
        "VX",
        // Economic indicators.
        // Not "PPI" (the Pensions Policy Institute too).
        "GNP", "CPI", "PMI", "EPS", "NAV",
    ]

    /// Lowercase nouns for pacts named after the place they were made ("the Louvre accord",
    /// "the Kyoto protocol"): the name before them is the pact's, not an organization's.
    static let pactNouns: Set<String> = ["accord", "accords", "pact", "protocol", "treaty"]

    /// Endings of Slavic and Georgian surnames that no common word or place name has: a lone
    /// capitalized word ending so is a person ("Lukashenko", "Kovalchuk", "Saakashvili").
    static let surnameEndings: [String] = [
        "enko", "enka", "chuk", "czuk", "shvili", "adze", "idze", "ovich", "evich", "ovych", "evych",
        "ovsky", "evsky", "insky", "ensky", "ovskiy", "evskiy", "enskyy", "enskiy", "ovskyi",
    ]

    /// Given names, to tell "Vladimir Putin" from "Central Europe". Widespread English, Slavic,
    /// European, Arabic, Persian and Asian given names in their usual Latin spellings.
    static let givenNames: Set<String> = [
        "aaron", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan", "albert",
        "aleksandr", "aleksei", "alexei", "alexey", "aleksey", "alex", "alexander", "alexandra",
        "alexandre", "alyaksandr", "ali", "alice", "alison", "amanda", "amy", "ana", "anatoly", "andre",
        "andrea", "andrei", "andrey", "andrew", "andrzej", "angela", "ann", "anna", "anne", "anthony",
        "antonio", "antony", "arkady", "arnold", "arseniy", "arthur", "ashraf", "bashar", "ben",
        "benjamin", "bernard", "bernie", "beto", "bill", "bob", "bohdan", "boris", "brad", "brian",
        "bruce", "carl", "carlos", "carol", "catherine", "charles", "charlie", "chris", "christian",
        "christine", "christopher", "chuck", "claire", "colin", "condoleezza", "craig", "dan", "daniel",
        "david", "dean", "deborah", "denis", "dennis", "dick", "dmitri", "dmitriy", "dmitry",
        "donald", "doug", "douglas", "ed", "edward", "elena", "elizabeth", "ellen", "emily", "emma",
        "emmanuel", "eric", "erik", "evan", "evgeny", "fedor", "fidel", "fiona", "francis", "francois",
        "frank", "fyodor", "gary", "gennady", "george", "gerhard", "gordon", "grace", "greg", "gregory",
        "hamid", "hans", "harold", "harry", "hassan", "heather", "heinz", "helen", "henry", "hillary",
        "hosni", "hugo", "hunter", "ian", "igor", "ilya", "ivan", "jack", "jacob", "jake", "james",
        "jamie", "jan", "jane", "janet", "jared", "jason", "javad", "jean", "jeb", "jeff", "jeffrey",
        "jennifer", "jens", "jeremy", "jerry", "jim", "jimmy", "joan", "joe", "johann", "john", "johnny",
        "jon", "jonathan", "jose", "joseph", "josh", "joshua", "juan", "julia", "julian", "julie",
        "justin", "kamala", "karen", "karl", "kate", "katherine", "kathleen", "keith", "kelly", "ken",
        "kenneth", "kevin", "kim", "kirill", "kurt", "larry", "laura", "lee", "leonid", "lindsey", "lisa",
        "liz", "lloyd", "louis", "lucy", "luis", "maria", "marie", "marine", "mario", "mark", "martin",
        "mary", "maryam", "matt", "matthew", "max", "maxim", "megan", "mel", "michael", "michel",
        "michelle", "mike", "mikhail", "mitch", "mitt", "mohamed", "mohammad", "mohammed", "muhammad",
        "nancy", "naftali", "narendra", "natalia", "nathan", "neil", "nicholas", "nick", "nicolas",
        "nikita", "nikolai", "nikolay", "nina", "noah", "oleg", "oleksandr", "oleksiy", "olga", "oliver",
        "olaf", "pablo", "pam", "patricia", "patrick", "paul", "pedro", "peter", "petro", "philip",
        "pierre", "rachel", "ralph", "ramzan", "raul", "recep", "rex", "richard", "rick", "rob",
        "robert", "roger", "roman", "ron", "ronald", "rudy", "rupert", "ruslan", "russell", "ryan",
        "sam", "samantha", "samuel", "sarah", "scott", "sean", "sebastian", "selina", "serge", "sergei",
        "sergey", "sergiy", "shinzo", "sophie", "stephen", "steve", "steven", "stuart", "susan", "svetlana",
        "taras", "ted", "theresa", "thomas", "tim", "timothy", "todd", "tom", "tony", "valentina",
        "valery", "vasily", "victor", "victoria", "viktor", "vitali", "vladimir", "vladislav",
        "volodymyr", "walter", "wang", "wendy", "william", "xi", "yanis", "yevgeny", "yulia", "yuri",
        "yury", "zbigniew", "zhang", "josep", "ursula", "antonio", "boyko", "dominic", "ebrahim",
        "emomali", "ilham", "kassym-jomart", "mahmoud", "moon", "nursultan", "shavkat", "tsai", "yoweri",
        "bashar", "hafez", "hosni", "muammar", "saddam", "tayyip", "benjamin", "yair", "ehud", "ariel",
        "yitzhak", "mahmud", "salman", "khalifa", "abdel", "fattah", "nouri", "haider", "hassan", "ismail",
    ]
}

extension TokenizedDocument {
    /// Whether the document writes two of `cues` (`Lexicon.sportsWordHashes` or
    /// `nationalTeamWordHashes`) in lowercase inside its sentences.
    ///
    /// - Complexity: O(t log t) for t tokens (`lowercaseWords`).
    func speaksOfSport(_ cues: [UInt64] = Lexicon.sportsWordHashes) -> Bool {
        Self.speaksOfSport(lowercaseWords: lowercaseWords(), cues)
    }

    /// `speaksOfSport` over the document's `lowercaseWords()` already made (sorted hashes).
    ///
    /// - Complexity: O(c log w) for c cues and w words.
    static func speaksOfSport(lowercaseWords: [UInt64], _ cues: [UInt64] = Lexicon.sportsWordHashes) -> Bool {
        cues.count(where: { DocumentResolver.isWrittenInLowercase($0, lowercaseWords) }) >= 2
    }
}
