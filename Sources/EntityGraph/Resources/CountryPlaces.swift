extension CountryFacts {
    /// States, provinces and large cities inside a country, with its ISO 3166-1 alpha-2 code:
    /// where a story is ("Bihar", "Karachi", "Guangdong", "Ontario"), never a mention of the
    /// country, but evidence of which country's "Supreme Court" or "Interior Ministry" a
    /// document means when it names no country clearly, as local news does
    /// (`MentionRefiner.documentCountry`).
    ///
    /// Facts from ISO 3166-2 (first-level subdivisions, English short names and common
    /// spellings) and the largest cities of each country. Left out: names two countries share
    /// ("Punjab", "Hyderabad", "Galicia", "Kashmir", "Gaza"), US states (`usStates`), places
    /// also common words or other places' names ("Nice", "Perth", "Victoria", "Alexandria",
    /// "Salvador", "Valencia"), and the capitals (`capitals`).
    static let places: [String: String] = {
        var table: [String: String] = [:]
        for (code, subdivisions, cities) in placesByCountry {
            for name in subdivisions + cities {
                precondition(table[name] == nil, "place listed twice: \(name)")
                table[name] = code
            }
        }
        return table
    }()

    /// The cities of `places`. A city names its football club as well ("Barcelona beat
    /// Chelsea", "Milan", "Lyon"): where the tagger reads a city as an organization, it stays
    /// one; a state or province is always the place.
    static let cities: Set<String> = Set(placesByCountry.flatMap(\.cities))

    private static let placesByCountry: [(code: String, subdivisions: [String], cities: [String])] = [
        ("IN",
         ["Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
          "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
          "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Orissa", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana",
          "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal", "Ladakh", "Puducherry"],
         ["Chandigarh", "Delhi", "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru",
          "Bangalore", "Ahmedabad", "Pune", "Surat", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Patna", "Bhopal",
          "Indore", "Thiruvananthapuram", "Kochi", "Guwahati", "Bhubaneswar", "Varanasi", "Amritsar", "Srinagar",
          "Gurugram", "Gurgaon", "Noida", "Ranchi", "Raipur", "Dehradun", "Shimla", "Coimbatore", "Visakhapatnam",
          "Vijayawada", "Agra", "Ayodhya", "Mysuru", "Mysore"]),
        ("PK",
         ["Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Baluchistan", "Gilgit-Baltistan"],
         ["Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Faisalabad", "Multan"]),
        ("CN",
         ["Guangdong", "Sichuan", "Hubei", "Hunan", "Henan", "Hebei", "Shandong", "Jiangsu", "Zhejiang", "Fujian",
          "Yunnan", "Guizhou", "Shaanxi", "Shanxi", "Gansu", "Qinghai", "Jiangxi", "Anhui", "Liaoning", "Jilin",
          "Heilongjiang", "Hainan", "Xinjiang", "Tibet", "Inner Mongolia", "Ningxia", "Guangxi"],
         ["Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chongqing", "Tianjin", "Chengdu", "Nanjing", "Hangzhou",
          "Xi'an", "Xiamen", "Dalian", "Qingdao", "Harbin", "Shenyang", "Kunming"]),
        ("CA",
         ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
          "New Brunswick", "Newfoundland", "Yukon", "Nunavut"],
         ["Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg"]),
        ("AU",
         ["New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Northern Territory"],
         ["Sydney", "Melbourne", "Brisbane"]),
        ("JP",
         ["Hokkaido", "Okinawa", "Fukushima"],
         ["Osaka", "Kyoto", "Hiroshima", "Nagasaki", "Yokohama", "Kobe", "Nagoya", "Sapporo"]),
        ("KR",
         ["Gyeonggi"],
         ["Busan", "Incheon", "Daegu", "Gwangju"]),
        ("DE",
         ["Bavaria", "Saxony", "Hesse", "Thuringia", "Brandenburg", "Baden-Wuerttemberg", "Baden-Württemberg",
          "North Rhine-Westphalia", "Lower Saxony", "Schleswig-Holstein"],
         ["Hamburg", "Munich", "Frankfurt", "Cologne", "Stuttgart", "Dresden", "Leipzig", "Duesseldorf",
          "Düsseldorf"]),
        ("FR",
         ["Brittany", "Normandy", "Corsica"],
         ["Marseille", "Lyon", "Toulouse", "Bordeaux", "Strasbourg", "Lille"]),
        ("ES",
         ["Catalonia", "Andalusia"],
         ["Barcelona", "Seville", "Bilbao"]),
        ("IT",
         ["Sicily", "Sardinia", "Lombardy"],
         ["Milan", "Naples", "Turin", "Venice", "Genoa", "Bologna", "Palermo"]),
        ("RU",
         ["Chechnya", "Dagestan", "Tatarstan", "Ingushetia"],
         ["St Petersburg", "St. Petersburg", "Saint Petersburg", "Novosibirsk", "Yekaterinburg", "Vladivostok",
          "Kaliningrad"]),
        ("UA",
         [],
         ["Donetsk", "Luhansk", "Kharkiv", "Kharkov", "Lviv", "Dnipro", "Mariupol", "Zaporizhzhia"]),
        ("IQ",
         ["Anbar"],
         ["Mosul", "Basra", "Erbil", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "Najaf", "Karbala"]),
        ("SY",
         [],
         ["Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa", "Hama"]),
        ("AF",
         ["Helmand", "Nangarhar"],
         ["Kandahar", "Herat", "Kunduz", "Mazar-i-Sharif", "Jalalabad"]),
        ("IL",
         [],
         ["Tel Aviv", "Haifa"]),
        ("TR",
         [],
         ["Istanbul", "Izmir", "Diyarbakir"]),
        ("SA",
         [],
         ["Jeddah", "Mecca"]),
        ("IR",
         [],
         ["Isfahan", "Shiraz", "Mashhad", "Tabriz"]),
        ("EG",
         ["Sinai"],
         ["Giza", "Luxor", "Aswan"]),
        ("NG",
         ["Borno"],
         ["Lagos", "Kano", "Kaduna", "Port Harcourt"]),
        ("ZA",
         [],
         ["Johannesburg", "Cape Town", "Durban", "Soweto"]),
        ("KE",
         [],
         ["Mombasa", "Kisumu"]),
        ("BR",
         ["Minas Gerais", "Bahia"],
         ["São Paulo", "Sao Paulo", "Rio de Janeiro", "Recife", "Porto Alegre", "Manaus"]),
        ("MX",
         ["Jalisco", "Sinaloa", "Michoacan", "Michoacán", "Tamaulipas"],
         ["Chihuahua", "Tijuana", "Guadalajara", "Monterrey", "Ciudad Juarez", "Ciudad Juárez", "Oaxaca", "Veracruz"]),
        ("PH",
         ["Mindanao", "Luzon"],
         ["Cebu", "Davao", "Quezon City"]),
        ("ID",
         ["Java", "Sumatra", "Bali", "Aceh", "Sulawesi"],
         ["Surabaya"]),
    ]
}
