/// Facts about countries that ISO 3166-1 does not carry: the names news text uses for them,
/// their demonyms, and the places and buildings that stand for their governments.
///
/// Keyed by ISO 3166-1 alpha-2 code. Only widely used forms are listed; a user thesaurus
/// covers the rest.
enum CountryFacts {
    /// The name a reader expects on the node, where ISO's short name is not it.
    static let preferredLabels: [String: String] = [
        "RU": "Russia", "US": "United States", "GB": "United Kingdom", "KR": "South Korea",
        "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos",
        "MD": "Moldova", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia", "TW": "Taiwan",
        "PS": "Palestine", "VA": "Vatican City", "CD": "DR Congo", "CG": "Republic of the Congo",
        "FM": "Micronesia", "BN": "Brunei", "CZ": "Czech Republic", "TR": "Turkey", "CV": "Cape Verde",
        "CI": "Ivory Coast", "SZ": "Eswatini", "MK": "North Macedonia", "TL": "East Timor",
    ]

    /// Further names and short forms in use.
    static let aliases: [String: [String]] = [
        "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
        "GB": ["UK", "U.K.", "Britain", "Great Britain"],
        "RU": ["Russia", "Russian Federation"],
        "KR": ["Republic of Korea", "S. Korea", "ROK"],
        "KP": ["DPRK", "N. Korea"],
        "AE": ["UAE", "U.A.E.", "Emirates"],
        "CD": ["DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
        "CG": ["Congo-Brazzaville", "Congo"],
        "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
        "CZ": ["Czechia"],
        "TR": ["Türkiye", "Turkiye"],
        "NL": ["Holland"],
        "MM": ["Burma"],
        "MK": ["Macedonia"],
        "SZ": ["Swaziland"],
        "VA": ["Vatican", "Holy See"],
        "PS": ["State of Palestine"],
        "BY": ["Belorussia", "Byelorussia"],
        "CN": ["PRC", "People's Republic of China", "Mainland China"],
        "TW": ["Republic of China", "ROC"],
        "GE": ["Sakartvelo"],
        "IE": ["Eire"],
    ]

    /// Countries within a sovereign state that news treats as countries of their own: the four
    /// nations of the United Kingdom, keyed by their ISO 3166-2 codes, with the names and
    /// demonyms that stand for them. Facts from ISO 3166-2:GB.
    static let nations: [(code: String, parent: String, label: String, names: [String], demonyms: [String])] = [
        ("GB-ENG", "GB", "England", ["England"], []),
        // Not "Ulster": in news it is mostly the rugby side or the unionist parties.
        ("GB-NIR", "GB", "Northern Ireland", ["Northern Ireland"], ["Northern Irish"]),
        ("GB-SCT", "GB", "Scotland", ["Scotland"], ["Scottish", "Scots", "Scot"]),
        ("GB-WLS", "GB", "Wales", ["Wales", "Cymru"], ["Welsh", "Welshman"]),
    ]

    /// Dependent territories and areas in ISO 3166-1 that are not sovereign states: places,
    /// typed LOCATION rather than COUNTRY.
    static let nonSovereign: Set<String> = [
        "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO",
        "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP",
        "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK",
        "UM", "VG", "VI", "WF", "YT",
    ]

    /// Adjectives and nouns of nationality ("Russian", "Ukrainians").
    static let demonyms: [String: [String]] = [
        "US": ["American", "Americans"], "RU": ["Russian", "Russians"], "UA": ["Ukrainian", "Ukrainians"],
        "BY": ["Belarusian", "Belarusians", "Belarussian"], "GB": ["British", "Briton", "Britons"],
        "CN": ["Chinese"], "FR": ["French", "Frenchman"], "DE": ["German", "Germans"],
        "IT": ["Italian", "Italians"], "ES": ["Spanish", "Spaniard", "Spaniards"], "JP": ["Japanese"],
        "IN": ["Indian", "Indians"], "PK": ["Pakistani", "Pakistanis"], "IR": ["Iranian", "Iranians"],
        "IQ": ["Iraqi", "Iraqis"], "SY": ["Syrian", "Syrians"], "IL": ["Israeli", "Israelis"],
        "TR": ["Turkish", "Turk", "Turks"], "PL": ["Polish", "Pole", "Poles"], "GE": ["Georgian", "Georgians"],
        "AM": ["Armenian", "Armenians"], "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri"],
        "KZ": ["Kazakh", "Kazakhstani"], "CA": ["Canadian", "Canadians"], "MX": ["Mexican", "Mexicans"],
        "BR": ["Brazilian", "Brazilians"], "AU": ["Australian", "Australians"], "KP": ["North Korean"],
        "KR": ["South Korean"], "SA": ["Saudi", "Saudis"], "EG": ["Egyptian", "Egyptians"],
        "AF": ["Afghan", "Afghans"], "LT": ["Lithuanian"], "LV": ["Latvian"], "EE": ["Estonian"],
        "FI": ["Finnish", "Finn", "Finns"], "SE": ["Swedish", "Swede", "Swedes"], "NO": ["Norwegian"],
        "DK": ["Danish", "Dane", "Danes"], "NL": ["Dutch"], "BE": ["Belgian"], "CH": ["Swiss"],
        "AT": ["Austrian"], "HU": ["Hungarian"], "CZ": ["Czech"], "SK": ["Slovak"], "RO": ["Romanian"],
        "BG": ["Bulgarian"], "RS": ["Serbian", "Serb", "Serbs"], "HR": ["Croatian", "Croat"],
        "GR": ["Greek", "Greeks"], "VE": ["Venezuelan"], "CU": ["Cuban", "Cubans"], "MD": ["Moldovan"],
        "LY": ["Libyan"], "AR": ["Argentine", "Argentinian"], "CL": ["Chilean"], "CO": ["Colombian"],
        "NG": ["Nigerian"], "ZA": ["South African"], "KE": ["Kenyan"], "ET": ["Ethiopian"],
        "VN": ["Vietnamese"], "TH": ["Thai"], "ID": ["Indonesian"], "PH": ["Filipino", "Philippine"],
        "IE": ["Irish"], "PT": ["Portuguese"], "NZ": ["New Zealander"], "LB": ["Lebanese"],
        "JO": ["Jordanian"], "QA": ["Qatari"], "YE": ["Yemeni"], "TW": ["Taiwanese"], "KG": ["Kyrgyz"],
        "TJ": ["Tajik"], "TM": ["Turkmen"], "UZ": ["Uzbek"], "MN": ["Mongolian"], "SD": ["Sudanese"],
        "KW": ["Kuwaiti", "Kuwaitis"], "AE": ["Emirati", "Emiratis"], "OM": ["Omani", "Omanis"],
        "BH": ["Bahraini", "Bahrainis"], "DZ": ["Algerian", "Algerians"], "MA": ["Moroccan", "Moroccans"],
        "TN": ["Tunisian", "Tunisians"], "PE": ["Peruvian", "Peruvians"], "EC": ["Ecuadorian", "Ecuadorean"],
        "BO": ["Bolivian", "Bolivians"], "UY": ["Uruguayan"], "PY": ["Paraguayan"], "MY": ["Malaysian", "Malaysians"],
        "SG": ["Singaporean", "Singaporeans"], "BD": ["Bangladeshi", "Bangladeshis"], "LK": ["Sri Lankan", "Sri Lankans"],
        "NP": ["Nepalese", "Nepali"], "MM": ["Burmese"], "KH": ["Cambodian", "Cambodians"], "LA": ["Laotian"],
        "GH": ["Ghanaian", "Ghanaians"], "UG": ["Ugandan", "Ugandans"], "TZ": ["Tanzanian"], "ZM": ["Zambian"],
        "ZW": ["Zimbabwean", "Zimbabweans"], "SN": ["Senegalese"], "SO": ["Somali", "Somalis"], "RW": ["Rwandan"],
        "AO": ["Angolan"], "MZ": ["Mozambican"], "CM": ["Cameroonian"], "ML": ["Malian"], "IS": ["Icelandic"],
        "SI": ["Slovenian", "Slovene"], "BA": ["Bosnian"], "AL": ["Albanian", "Albanians"], "CY": ["Cypriot", "Cypriots"],
        "MT": ["Maltese"], "JM": ["Jamaican", "Jamaicans"], "HT": ["Haitian", "Haitians"], "GT": ["Guatemalan"],
        "HN": ["Honduran"], "SV": ["Salvadoran"], "NI": ["Nicaraguan"], "CR": ["Costa Rican"], "PA": ["Panamanian"],
        "ME": ["Montenegrin"], "MK": ["Macedonian"], "NA": ["Namibian"], "LR": ["Liberian"], "ER": ["Eritrean", "Eritreans"],
        "MW": ["Malawian"], "FJ": ["Fijian"], "TT": ["Trinidadian"], "CD": ["Congolese"],
    ]

    /// The Associated Press's abbreviations of US state names, as datelines and "Ferguson,
    /// Mo." write them after a place.
    static let usStateAbbreviations: Set<String> = [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
        "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
        "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.",
        "W.Va.", "Wis.", "Wyo.",
    ]

    /// The states of the United States that tell the state of Georgia from the country in a
    /// document; not Washington and New York, whose cities stand for the US government and the
    /// UN in any foreign story ("Washington backs Georgia's bid").
    static let usStates: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    ]
    /// The one country named like a US state: the state where the document speaks of the
    /// United States and never of the country (`MentionRefiner.markingUSStates`).
    static let georgia = (name: "Georgia", code: "GE")
    /// What only a document about the state of Georgia holds: its capital, largest cities and
    /// abbreviations ("R-Ga.").
    static let georgiaStateWords: Set<String> = ["Atlanta", "Savannah", "Augusta", "Ga.", "Ga", "R-Ga.", "D-Ga.", "R-Ga", "D-Ga"]
    /// What only a document about the country Georgia holds besides its demonym and capital.
    static let georgiaCountryWords: Set<String> = ["Abkhazia", "Ossetia", "Caucasus", "Saakashvili", "Batumi", "Kutaisi"]

    /// Seats of government and capitals that stand for a country's government ("the Kremlin
    /// said", "Moscow responded"). Buildings are organizations; capitals are places.
    static let governmentSeats: [String: String] = [
        "Kremlin": "RU", "White House": "US", "Pentagon": "US", "Downing Street": "GB",
        "Elysee": "FR", "Élysée": "FR", "Zhongnanhai": "CN", "Bankova": "UA", "Quai d'Orsay": "FR",
        "Foggy Bottom": "US", "Capitol Hill": "US", "Whitehall": "GB",
    ]
    static let capitals: [String: String] = [
        "Moscow": "RU", "Washington": "US", "Kyiv": "UA", "Kiev": "UA", "Minsk": "BY", "Beijing": "CN",
        "London": "GB", "Paris": "FR", "Berlin": "DE", "Tehran": "IR", "Tokyo": "JP", "Ankara": "TR",
        "Warsaw": "PL", "Tbilisi": "GE", "Damascus": "SY", "Baghdad": "IQ", "Pyongyang": "KP",
        "Seoul": "KR", "New Delhi": "IN", "Islamabad": "PK", "Kabul": "AF", "Riyadh": "SA",
        "Jerusalem": "IL", "Cairo": "EG", "Ottawa": "CA", "Rome": "IT", "Madrid": "ES", "Caracas": "VE",
        "Havana": "CU", "Yerevan": "AM", "Baku": "AZ", "Chisinau": "MD", "Vilnius": "LT", "Riga": "LV",
        "Tallinn": "EE", "Helsinki": "FI", "Stockholm": "SE", "Oslo": "NO", "Budapest": "HU",
        "Prague": "CZ", "Bucharest": "RO", "Sofia": "BG", "Belgrade": "RS", "Athens": "GR",
        "Canberra": "AU", "Brasilia": "BR", "Mexico City": "MX", "Tripoli": "LY", "Doha": "QA",
        "Astana": "KZ", "Tashkent": "UZ", "Hanoi": "VN", "Bangkok": "TH", "Jakarta": "ID", "Manila": "PH",
    ]

    /// Continents and world regions: places, never organizations or people ("Central Asia").
    static let regions: Set<String> = [
        "Europe", "Asia", "Africa", "Americas", "Oceania", "Antarctica", "Arctic", "Eurasia",
        "Central Europe", "Eastern Europe", "Western Europe", "Northern Europe", "Southern Europe",
        "Central Asia", "East Asia", "South Asia", "Southeast Asia", "West Asia", "Asia-Pacific",
        "Middle East", "Near East", "Far East", "North Africa", "West Africa", "East Africa",
        "Southern Africa", "Sub-Saharan Africa", "Horn of Africa", "Sahel", "Maghreb", "Gulf",
        "Persian Gulf", "Latin America", "South America", "North America", "Central America",
        "Caribbean", "Balkans", "Western Balkans", "Caucasus", "South Caucasus", "North Caucasus",
        "Baltics", "Baltic", "Scandinavia", "Nordic", "Mediterranean", "Black Sea", "Baltic Sea",
        "Pacific", "Atlantic", "Indo-Pacific", "Levant", "Transcaucasia", "Siberia",
    ]

    /// The countries with a national body of that name, for the names only some countries'
    /// bodies have (from the countries' constitutions, as they stood from the 1980s on; the
    /// usual English name: Brazil's Federal Senate, Spain's Congress of Deputies, China's
    /// National People's Congress, Japan's House of Representatives, HM Treasury). "department"
    /// stands for a ministry named so ("Justice Department", "Department of Health").
    static let bodiesOfSomeCountries: [[Substring]: Set<String>] = [
        ["state", "department"]: ["US"],
        ["national", "security", "agency"]: ["US"],
        ["general", "assembly"]: ["UY"],
        ["senate"]: [
            "AF", "AG", "AR", "AU", "BB", "BE", "BF", "BI", "BO", "BR", "BS", "BZ", "CA", "CD", "CG", "CI",
            "CL", "CM", "CO", "CZ", "DO", "EG", "ES", "FJ", "FR", "GA", "GD", "GQ", "HT", "IE", "IT", "JM",
            "JO", "KE", "KH", "KZ", "LC", "LR", "LS", "MG", "MR", "MX", "MY", "NG", "NL", "PE", "PH", "PK",
            "PL", "PW", "PY", "RO", "RW", "SN", "SZ", "TH", "TT", "US", "UY", "VE", "ZA", "ZW",
        ],
        ["house"]: [
            "AU", "BA", "BB", "BD", "BS", "BY", "BZ", "CA", "CO", "CY", "EG", "FJ", "GB", "ID", "IN", "IQ",
            "JM", "JO", "JP", "LR", "LY", "MA", "MT", "MY", "NG", "NZ", "PH", "TH", "TT", "US", "YE",
        ],
        ["congress"]: [
            "AR", "BO", "BR", "CL", "CN", "CO", "DO", "EC", "ES", "FM", "GT", "HN", "IN", "LY", "MX", "NP",
            "PE", "PH", "PY", "SD", "US", "VE", "ZA",
        ],
        ["treasury"]: ["AU", "BR", "FR", "GB", "IT", "KE", "MY", "NZ", "PH", "TR", "US", "ZA"],
        ["department"]: ["AU", "CA", "GB", "HK", "IE", "PH", "US", "ZA"],
    ]

    /// The countries with a party of that shared name (`Lexicon.sharedPartyWords`; present or
    /// since the 1980s, as English-language news names them: Australia's Labor, Israel's
    /// Labour, Finland's and Sweden's conservatives). A name not listed ("Communist Party",
    /// "Socialists", "Liberals") every country may have.
    static let partiesOfSomeCountries: [String: Set<String>] = [
        "labour": ["AG", "AU", "BB", "DM", "FJ", "GB", "IE", "IL", "JM", "KE", "KN", "LC", "LT", "MT", "MU", "NL", "NO", "NZ", "VC"],
        "conservative": ["CA", "CO", "DK", "FI", "GB", "NI", "NO", "SE"],
    ]

    /// Whether a country (alpha-2, or a nation's ISO 3166-2 code such as "GB-SCT") has a body of
    /// this generic name (lowercase words): for the names of `bodiesOfSomeCountries` (and "X
    /// Department", "Department of X") and the parties of `partiesOfSomeCountries` the tables
    /// say (a nation's party is its state's branch: "Labour [Scotland]" has none of its own); a
    /// name of institution words alone
    /// ("Foreign Ministry", "Supreme Court", "Defense Forces") every country has; nil for any
    /// other ("House Intelligence Committee": a House's, but whose committees are named so is
    /// not known).
    static func country(_ code: String, hasBodyNamed words: [Substring]) -> Bool? {
        let alpha2 = String(code.prefix(2))
        if let party = Lexicon.sharedPartyName(words) { return partiesOfSomeCountries[party].map { $0.contains(code) } ?? true }
        let isMinistry = words.count <= 3 && words.contains("department")
            && words.allSatisfy { Lexicon.institutionWords.contains(String($0)) } && !words.contains("state")
        if let countries = bodiesOfSomeCountries[isMinistry ? ["department"] : words] { return countries.contains(alpha2) }
        let named = bodiesOfSomeCountries.keys.contains { key in key.count == 1 && words.contains(key[0]) }
        return !named && words.allSatisfy { Lexicon.institutionWords.contains(String($0)) } ? true : nil
    }
}
