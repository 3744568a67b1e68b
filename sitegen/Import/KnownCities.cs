using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Archive.Core.Countries;

namespace Archive.SiteGen.Import;

/// <summary>
/// Cities letters print after an organization's name: every capital and the other cities where civil-society
/// organizations and the UN sit, each with its country. Used to tell a city from the end of a name ("Refugee Law
/// Project – Kampala" against "Botswana Centre for Human Rights – Ditshwanelo"), and to give a signatory whose line
/// prints a city and no country that city's country ("Brot für die Welt, Berlin" is in Germany). A city several
/// countries have ("Santiago", "San José", "Cambridge") is a city but names no country. The states, provinces and
/// departments of the countries whose lists print them where a city would stand ("Madres Buscadoras de Sonora –
/// Sonora", "… – Winnipeg, Manitoba") are read as their cities are.
/// </summary>
internal static partial class KnownCities
{
    public static bool Contains(string text) => IsCity(text, out _) || IsKota(text.Trim());

    /// <summary>The country of a state, province or department printed alone ("Ontario", "Jalisco"), or null: no division the table has, or a city as well.</summary>
    public static CountryCode? CountryOfDivision(string text) => ByDivision.TryGetValue(CountryTable.NormalizeName(text), out var country) ? country : null;

    /// <summary>
    /// The country of a state printed beside one of its cities ("Belém e Pará"): a division the table has, or one it
    /// leaves out because without its accents it is a word ("Pará"), printed with them, as only its own name is.
    /// </summary>
    public static CountryCode? CountryOfDivisionBesideCity(string text) =>
        CountryOfDivision(text) ?? (text.Trim() == "Pará" ? Brazil : null);

    /// <summary>The cities of a body's two seats as printed ("Kabul/Genf", "Jakarta and Dili"), or the one city.</summary>
    public static string[] Seats(string text) =>
        OwnNameThenCity().Match(text.Trim()) is { Success: true } dual && !ByName.ContainsKey(CountryTable.NormalizeName(dual.Groups["own"].Value))
            ? [text.Trim()]
            : SeatSeparator().Split(text.Trim());

    [GeneratedRegex(@"\s*/\s*|\s+(?:and|&|et|y|dan|und)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeatSeparator();

    /// <summary>The country of a city printed alone, or null: a city the table lacks, or one several countries have.</summary>
    public static CountryCode? CountryOf(string text) => IsCity(text, out var code) ? code : null;

    // Keys drop a leading article, as country names' do, so "El Salvador" would read as the Brazilian city Salvador:
    // what names another country is that country, not a city. "Cagayan de Oro City" is the city "Cagayan de Oro", as
    // Philippine and other cities are printed with the word after them. "Colombo 7", "Dublin 2": a city and the number
    // of its postal district.
    private static bool IsCity(string text, out CountryCode? country) =>
        (ByName.TryGetValue(CountryTable.NormalizeName(text), out country)
            || (text.TrimEnd().EndsWith(" City", StringComparison.Ordinal) && ByName.TryGetValue(CountryTable.NormalizeName(text.TrimEnd()[..^5]), out country))
            || (PostalDistrict().Match(text.Trim()) is { Success: true } district && ByName.TryGetValue(CountryTable.NormalizeName(district.Groups["city"].Value), out country))
            || (OwnNameThenCity().Match(text.Trim()) is { Success: true } dual && !ByName.ContainsKey(CountryTable.NormalizeName(dual.Groups["own"].Value))
                && ByName.TryGetValue(CountryTable.NormalizeName(dual.Groups["city"].Value), out country)))
        && !(CountryTable.TryResolveName(text, out var named) && named.Code != country);

    // "Naarm/Melbourne", "Meanjin/Brisbane", "Tāmaki Makaurau/Auckland": the city's name in the language of its first
    // peoples, then the one the table knows, a slash between without spaces. Not two seats ("Kabul/Genf"), whose first
    // is a city the table knows too.
    [GeneratedRegex(@"^(?<own>\p{Lu}[\p{L}'’ -]*\p{L})/(?<city>\p{Lu}[\p{L}'’ .-]*\p{L})$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnNameThenCity();

    /// <summary>
    /// The country whose state or province a code printed after a city is ("Chicago, IL", "Porto Alegre/RS",
    /// "Toronto, ON"), or null: no such code, or one two countries use ("PA" is Pennsylvania and Pará).
    /// </summary>
    private static CountryCode? CountryOfState(string code) => ByState.TryGetValue(code.Trim(), out var country) ? country : null;

    /// <summary>
    /// A city and its state's code ("Porto Alegre/RS", "Belém – PA", "Oakland, CA"): the city, and the state's country
    /// (<see cref="CountryOfState"/>), or null. A code two countries have is the one of the city's country where the
    /// archive knows the city ("Belém, PA" is in Brazil); otherwise the way it is printed tells: after a slash or in
    /// brackets ("Dourados/MS", "Dourados (MS)") as Brazilian lists print it, Brazil's; after a comma ("Akron, PA",
    /// "Jackson, MS") as American lists print it, the United States'.
    /// </summary>
    public static (string City, CountryCode? Country)? CityAndState(string text)
    {
        if (CityThenState().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var (city, code) = (m.Groups["city"].Value.Trim(), m.Groups["state"].Value);
        return (city, CountryOf(city) is { } ofCity && HasState(ofCity, code) ? ofCity
            : m.Groups["slash"].Success && HasState(Brazil, code) ? Brazil
            : m.Groups["comma"].Success && HasState(UnitedStates, code) ? UnitedStates
            : CountryOfState(code));
    }

    private static bool HasState(CountryCode country, string code) => States.Any(s => s.Country == country.Value && s.Codes.Contains(code));

    [GeneratedRegex(@"^(?<city>\p{L}[\p{L} ]*?)\s+0?\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalDistrict();

    [GeneratedRegex(@"^(?<city>[^/,()\[\]]+?)\s*(?:(?:(?<slash>/)|(?<comma>,)|\s[-–]\s)\s*(?<state>\p{Lu}{2})|\((?<slash>)(?<state>\p{Lu}{2})\))$", RegexOptions.CultureInvariant)]
    private static partial Regex CityThenState();

    // The United States', Brazil's and Canada's two-letter codes of their states and provinces.
    private static readonly (string Country, string[] Codes)[] States =
    [
        ("US", ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"]),
        ("BR", ["AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"]),
        ("CA", ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]),
    ];

    // "Kota Bandung", "Kota Davao": a city named with the Indonesian and Malay word for city before it (so in either
    // country: no country of its own).
    private static bool IsKota(string text) =>
        text.StartsWith("Kota ", StringComparison.Ordinal)
        && text[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 2 } words && words.All(word => char.IsUpper(word[0]));

    // In English and, where letters print them so, in the letters' other languages; keyed as country names are
    // normalized.
    private static readonly (string Country, string[] Cities)[] Cities =
    [
        // Africa
        ("DZ", ["Algiers", "Alger", "Oran", "Constantine", "Tindouf", "Tinduf"]),
        ("AO", ["Luanda", "Huambo", "Lobito", "Benguela", "Lubango"]),
        ("BJ", ["Cotonou", "Porto-Novo", "Parakou", "Abomey"]),
        ("BW", ["Gaborone", "Francistown"]),
        ("BF", ["Ouagadougou", "Bobo-Dioulasso", "Koudougou"]),
        ("BI", ["Bujumbura", "Gitega", "Ngozi"]),
        ("CM", ["Douala", "Yaoundé", "Yaounde", "Maroua", "Garoua", "Bamenda", "Buea", "Bafoussam", "Ngaoundéré", "Bertoua"]),
        ("CV", ["Praia", "Cidade da Praia", "Mindelo"]),
        ("CF", ["Bangui", "Bambari", "Berbérati", "Bria", "Bangassou", "Bossangoa", "Bouar", "Kaga-Bandoro", "Ndélé", "Birao", "Obo", "Paoua"]),
        ("TD", ["Ndjamena", "N'Djamena", "Abéché", "Moundou", "Sarh"]),
        ("KM", ["Moroni"]),
        ("CG", ["Brazzaville", "Pointe-Noire"]),
        ("CD", ["Kinshasa", "Bukavu", "Goma", "Kisangani", "Lubumbashi", "Bunia", "Uvira", "Beni", "Kananga", "Mbuji-Mayi", "Kalemie", "Kindu", "Matadi", "Mbandaka"]),
        ("CI", ["Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo"]),
        ("DJ", ["Djibouti"]),
        ("EG", ["Cairo", "Le Caire"]),
        ("GQ", ["Malabo"]),
        ("ER", ["Asmara"]),
        ("ET", ["Addis Ababa", "Addis-Abeba", "Bahir Dar", "Mekelle", "Gondar", "Hawassa", "Dire Dawa", "Jijiga", "Adama"]),
        ("GA", ["Libreville"]),
        ("GM", ["Banjul", "Serrekunda", "Brikama"]),
        ("GH", ["Accra", "Kumasi", "Tamale"]),
        ("GN", ["Conakry", "Nzérékoré", "Kankan", "Labé", "Kindia"]),
        ("GW", ["Bissau"]),
        ("KE", ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Garissa"]),
        ("LS", ["Maseru"]),
        ("LR", ["Monrovia", "Gbarnga", "Buchanan", "Zwedru"]),
        ("LY", ["Benghazi", "Tobruk", "Misrata"]),
        ("MG", ["Antananarivo", "Toamasina", "Fianarantsoa", "Mahajanga"]),
        ("MW", ["Blantyre", "Lilongwe", "Mzuzu", "Zomba"]),
        ("ML", ["Bamako", "Sikasso", "Mopti", "Gao", "Timbuktu", "Tombouctou", "Kidal", "Ségou", "Kayes"]),
        ("MR", ["Nouakchott"]),
        ("MA", ["Rabat", "Casablanca", "Marrakech", "Fès", "Fez", "Tangier", "Tanger", "Agadir"]),
        ("MZ", ["Maputo", "Beira", "Nampula", "Lichinga", "Quelimane", "Tete"]),
        ("NA", ["Windhoek", "Walvis Bay", "Swakopmund"]),
        ("NE", ["Niamey", "Zinder", "Maradi", "Agadez", "Tahoua", "Diffa"]),
        ("NG", ["Abuja", "Lagos", "Ibadan", "Kaduna", "Kano", "Port Harcourt", "Maiduguri", "Jos", "Enugu", "Onitsha", "Benin City", "Warri", "Calabar", "Yola", "Sokoto", "Zaria", "Ilorin", "Owerri", "Uyo", "Makurdi", "Minna", "Lafia", "Bauchi", "Gombe", "Jalingo", "Lokoja"]),
        ("RW", ["Kigali", "Musanze", "Huye", "Butare"]),
        ("ST", ["São Tomé"]),
        ("SN", ["Dakar", "Ziguinchor", "Thiès", "Kaolack", "Touba", "Tambacounda"]),
        ("SL", ["Freetown", "Bo", "Kenema", "Makeni", "Koidu"]),
        ("SO", ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Garowe", "Bossaso", "Galkayo"]),
        ("ZA", ["Cape Town", "Ciudad del Cabo", "Cidade do Cabo", "Le Cap", "Durban", "Johannesburg", "Joanesburgo", "Johannesburgo", "Johannesbourg", "Pretoria", "Pretória", "Pietermaritzburg", "Port Elizabeth", "Gqeberha", "Bloemfontein", "Polokwane", "Soweto"]),
        ("SS", ["Juba", "Malakal", "Bor", "Wau", "Yei", "Bentiu", "Torit", "Aweil", "Rumbek"]),
        ("SD", ["Khartoum", "El Fasher", "Port Sudan", "Nyala", "El Geneina", "Kadugli", "El Obeid", "Wad Madani", "Kassala"]),
        ("SZ", ["Mbabane", "Manzini"]),
        ("TZ", ["Arusha", "Dar es Salaam", "Dodoma", "Zanzibar", "Mwanza"]),
        ("TG", ["Lomé", "Lome", "Kara", "Sokodé"]),
        ("TN", ["Tunis", "Sfax", "Sousse"]),
        ("UG", ["Kampala", "Entebbe", "Gulu", "Mbale", "Jinja", "Arua", "Lira", "Mbarara", "Fort Portal", "Kitgum", "Pader", "Soroti", "Moroto", "Kotido", "Hoima", "Masaka", "Kasese", "Adjumani", "Tororo"]),
        ("ZM", ["Lusaka", "Ndola", "Kitwe", "Livingstone"]),
        ("ZW", ["Harare", "Bulawayo", "Mutare", "Gweru"]),

        // Asia and the Pacific
        ("AF", ["Kabul"]),
        ("AU", ["Canberra", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Perth", "Hobart", "Darwin", "Parramatta", "Geelong", "Wollongong", "Cairns", "Townsville", "Gold Coast"]),
        ("BD", ["Dhaka", "Cox's Bazar", "Chattogram", "Chittagong", "Gazipur", "Savar", "Ashulia", "Narayanganj", "Khulna", "Rajshahi", "Sylhet"]),
        ("BT", ["Thimphu"]),
        ("CN", ["Beijing"]),
        ("FJ", ["Suva", "Lautoka"]),
        ("HK", ["Hong Kong"]),
        ("ID", ["Jakarta", "Jacarta", "Yakarta", "Yogyakarta", "Jayapura", "Wamena", "Manokwari", "Merauke", "Sorong", "Timika", "Nabire", "Surabaya", "Bandung", "Semarang", "Medan", "Makassar", "Denpasar", "Banda Aceh", "Ambon", "Kupang", "Jakarta Pusat", "Jakarta Selatan", "Jakarta Timur", "Jakarta Barat", "Jakarta Utara", "Biak", "Fakfak", "Pontianak", "Samarinda"]),
        ("IN", ["Mumbai", "New Delhi", "Delhi", "Chennai", "Kolkata", "Bangalore", "Bengaluru"]),
        ("JP", ["Tokyo"]),
        ("KG", ["Bishkek", "Osh", "Jalal-Abad", "Karakol", "Naryn", "Talas", "Batken", "Бишкек", "Ош", "Джалал-Абад", "Каракол"]),
        ("KH", ["Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville"]),
        ("KR", ["Seoul"]),
        ("KZ", ["Almaty", "Astana", "Nur-Sultan", "Shymkent", "Taraz", "Taldykorgan", "Karaganda", "Aktobe", "Atyrau", "Pavlodar", "Semey", "Uralsk", "Oskemen", "Ust-Kamenogorsk", "Kyzylorda", "Aktau", "Kostanay", "Zhanaozen", "Алматы", "Астана"]),
        ("LA", ["Vientiane"]),
        ("LK", ["Colombo", "Jaffna", "Batticaloa", "Trincomalee", "Kandy", "Mannar", "Vavuniya", "Kilinochchi", "Mullaitivu"]),
        ("MM", ["Yangon", "Rangoon", "Naypyidaw", "Mandalay"]),
        ("MN", ["Ulaanbaatar"]),
        ("MV", ["Malé"]),
        ("MY", ["Kuala Lumpur", "Petaling Jaya", "Klang", "Shah Alam", "Penang", "Johor Bahru", "Ipoh", "Kota Kinabalu", "Kuching"]),
        ("NP", ["Kathmandu", "Lalitpur", "Pokhara", "Biratnagar", "Nepalgunj", "Bhaktapur", "Dhangadhi", "Butwal", "Hetauda", "Janakpur", "Birgunj", "Dharan", "Itahari", "Tulsipur", "Ghorahi"]),
        ("NZ", ["Wellington", "Auckland", "Christchurch", "Dunedin"]),
        ("PG", ["Port Moresby", "Goroka", "Madang", "Arawa", "Buka", "Mount Hagen", "Kundiawa", "Kokopo", "Wewak", "Alotau"]),
        ("PH", ["Manila", "Davao", "Davao City", "Cebu", "Cebu City", "Quezon City", "Iloilo City", "Zamboanga City", "Cagayan de Oro", "Cotabato City", "Marawi", "Bacolod", "Makati", "Baguio", "Tacloban", "Pasig", "Caloocan", "General Santos"]),
        ("PK", ["Islamabad", "Karachi", "Lahore"]),
        ("SB", ["Honiara"]),
        ("SG", ["Singapore"]),
        ("TH", ["Bangkok", "Chiang Mai", "Mae Sot"]),
        ("TJ", ["Dushanbe", "Khujand", "Khorog", "Kulob", "Bokhtar", "Душанбе"]),
        ("TL", ["Dili", "Díli", "Baucau"]),
        ("NC", ["Nouméa", "Noumea"]),
        ("TM", ["Ashgabat"]),
        ("TO", ["Nuku'alofa"]),
        ("TW", ["Taipei"]),
        ("UZ", ["Tashkent", "Samarkand", "Bukhara", "Nukus", "Andijan", "Fergana", "Namangan", "Ташкент"]),
        ("VN", ["Hanoi", "Ho Chi Minh City"]),
        ("VU", ["Port-Vila", "Port Vila"]),
        ("WS", ["Apia"]),

        // The Middle East
        ("AE", ["Dubai", "Abu Dhabi"]),
        ("BH", ["Manama"]),
        ("IL", ["Tel Aviv"]),
        ("IQ", ["Baghdad", "Bagdad", "Erbil", "Arbil", "Hawler", "Duhok", "Dohuk", "Dahuk", "Sulaymaniyah", "Sulaimani", "Slemani", "Mosul", "Basra", "Kirkuk", "Najaf"]),
        ("IR", ["Tehran"]),
        ("JO", ["Amman"]),
        ("KW", ["Kuwait City"]),
        ("LB", ["Beirut", "Beyrouth"]),
        ("OM", ["Muscat"]),
        ("PS", ["Gaza", "Ramallah"]),
        ("QA", ["Doha"]),
        ("SA", ["Riyadh"]),
        ("SY", ["Damascus", "Damas", "Aleppo", "Alep", "Idlib", "Azaz", "Qamishli", "Raqqa"]),
        ("TR", ["Ankara", "Istanbul", "Gaziantep"]),
        ("YE", ["Sanaa", "Sana'a", "Aden"]),

        // Europe, with the cities of the UN and of most networks as letters in other languages print them
        ("AL", ["Tirana"]),
        ("AM", ["Yerevan", "Gyumri"]),
        ("AT", ["Vienna", "Vienne", "Viena", "Wenen", "Wien", "Wiedeń", "Graz", "Linz", "Salzburg", "Innsbruck"]),
        ("AZ", ["Baku", "Ganja", "Sumgait"]),
        ("BA", ["Sarajevo"]),
        ("BE", ["Brussels", "Bruxelles", "Brussel", "Brüssel", "Bruselas", "Bruxelas", "Bruksela", "Brüksel", "Antwerp", "Antwerpen", "Anvers", "Ghent", "Gent", "Liège", "Leuven", "Louvain", "Namur"]),
        ("BG", ["Sofia"]),
        ("BY", ["Minsk", "Hrodna", "Grodno", "Homel", "Gomel", "Vitebsk", "Mahilyow", "Минск"]),
        ("CH", ["Bern", "Berne", "Geneva", "Genève", "Ginebra", "Ginevra", "Genf", "Genebra", "Genewa", "Jenewa", "Cenevre", "Zurich", "Zürich", "Lausanne", "Basel", "Bâle", "Lucerne", "Luzern", "Fribourg"]),
        ("CY", ["Nicosia"]),
        ("CZ", ["Prague", "Praha", "Praga", "Brno"]),
        ("DE", ["Berlin", "Berlino", "Berlijn", "Berlim", "Berlín", "Frankfurt", "Frankfurt am Main", "Hamburg", "Bonn", "Cologne", "Köln", "Keulen", "Kolonia", "Munich", "München", "Monaco di Baviera", "Stuttgart", "Düsseldorf", "Dresden", "Leipzig", "Hannover", "Bremen", "Nuremberg", "Nürnberg", "Essen", "Dortmund", "Aachen", "Freiburg", "Heidelberg", "Mainz", "Münster", "Göttingen", "Osnabrück", "Minden", "Marburg", "Bielefeld", "Kassel", "Bochum", "Duisburg", "Wuppertal", "Karlsruhe", "Mannheim", "Kiel", "Lübeck", "Magdeburg", "Erfurt", "Potsdam", "Jena", "Würzburg", "Regensburg", "Augsburg", "Saarbrücken", "Wiesbaden", "Darmstadt", "Oldenburg", "Konstanz", "Tübingen", "Paderborn", "Braunschweig", "Chemnitz", "Gießen", "Bamberg", "Hildesheim"]),
        ("DK", ["Copenhagen", "Kopenhagen", "Copenaghen", "København", "Copenhague", "Copenhaga", "Aarhus", "Odense"]),
        ("EE", ["Tallinn", "Tartu"]),
        ("ES", ["Madrid", "Barcelona", "Ceuta", "Melilla", "Seville", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Jerez de la Frontera", "Las Palmas de Gran Canaria", "Santa Cruz de Tenerife", "Santiago de Compostela", "Vitoria-Gasteiz", "Donostia", "Pamplona", "Oviedo", "Gijón", "Vigo", "A Coruña", "Palma de Mallorca", "Murcia"]),
        ("FI", ["Helsinki", "Tampere", "Turku"]),
        ("FR", ["Paris", "Parigi", "Parijs", "Paryż", "Lyon", "Strasbourg", "Straatsburg", "Straßburg", "Strasburgo", "Estrasburgo", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Montpellier", "Rennes", "Grenoble", "Nice", "Caen", "Rouen", "Dijon", "Angers", "Poitiers", "Clermont-Ferrand"]),
        ("GB", ["London", "Londres", "Londra", "Londen", "Londyn", "Edinburgh", "Oxford", "Manchester", "Nottingham", "Bristol", "Glasgow", "Belfast", "Cardiff", "Leeds", "Liverpool", "Sheffield", "Newcastle", "Brighton", "Coventry", "York"]),
        ("GE", ["Tbilisi", "Batumi", "Kutaisi", "Zugdidi"]),
        ("GR", ["Athens", "Atene", "Atenas", "Athènes", "Thessaloniki"]),
        ("HR", ["Zagreb"]),
        ("HU", ["Budapest"]),
        ("IE", ["Dublin", "Cork", "Galway"]),
        ("IS", ["Reykjavik"]),
        ("IT", ["Rome", "Roma", "Rom", "Milan", "Milano", "Mailand", "Florence", "Firenze", "Turin", "Torino", "Naples", "Napoli", "Bologna", "Genoa", "Genova", "Venice", "Venezia", "Padua", "Padova", "Verona", "Palermo", "Bari", "Brescia", "Trento", "Perugia"]),
        ("LT", ["Vilnius", "Kaunas"]),
        ("LU", ["Luxembourg City"]),
        ("LV", ["Riga"]),
        ("MD", ["Chisinau"]),
        ("ME", ["Podgorica"]),
        ("MK", ["Skopje"]),
        ("MT", ["Valletta"]),
        ("NL", ["Amsterdam", "The Hague", "La Haye", "La Haya", "Den Haag", "L'Aia", "Haia", "Haga", "Utrecht", "Leiden", "Rotterdam", "Nijmegen", "Groningen", "Eindhoven"]),
        ("NO", ["Oslo", "Bergen", "Trondheim", "Stavanger"]),
        ("PL", ["Warsaw", "Warszawa", "Warschau", "Varsavia", "Krakow", "Kraków", "Wrocław", "Gdańsk", "Poznań"]),
        ("PT", ["Lisbon", "Lisbonne", "Lisboa", "Lissabon", "Lisbona", "Porto", "Coimbra"]),
        ("RO", ["Bucharest"]),
        ("RS", ["Belgrade", "Beograd", "Novi Sad", "Niš", "Nis"]),
        ("RU", ["Moscow", "Moskva", "Moscou", "Moscú", "Moskau", "Mosca", "Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Saint-Pétersbourg", "Kazan", "Yekaterinburg", "Novosibirsk", "Nizhny Novgorod", "Perm", "Voronezh", "Krasnodar"]),
        ("SE", ["Stockholm", "Stoccolma", "Estocolmo", "Sztokholm", "Gothenburg", "Göteborg", "Uppsala", "Malmö", "Lund"]),
        ("SI", ["Ljubljana"]),
        ("SK", ["Bratislava"]),
        ("UA", ["Kyiv", "Kiev", "Kharkiv", "Lviv", "Odesa", "Odessa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Kherson", "Chernihiv", "Київ", "Киев"]),

        // The Americas
        ("AR", ["Buenos Aires", "Rosario", "Mendoza"]),
        ("BB", ["Bridgetown"]),
        ("BO", ["La Paz", "Sucre", "Cochabamba", "Santa Cruz de la Sierra", "El Alto", "Oruro", "Potosí", "Tarija", "San Ignacio de Velasco"]),
        ("BR", ["Brasília", "Brasilia", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Porto Alegre", "Salvador", "Curitiba",
            "Goiânia", "Goiania", "Fortaleza", "Manaus", "Belém", "Belem", "Florianópolis", "Florianopolis", "São Luís", "Sao Luis", "Maceió",
            "Maceio", "Aracaju", "João Pessoa", "Joao Pessoa", "Teresina", "Cuiabá", "Cuiaba", "Porto Velho", "Macapá", "Macapa", "Boa Vista",
            "Campinas", "Santarém", "Santarem", "Marabá", "Maraba"]),
        ("BS", ["Nassau"]),
        ("BZ", ["Belmopan"]),
        ("CA", ["Ottawa", "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Quebec City", "Québec", "Kitchener", "Saskatoon", "Mississauga",
            "Trois-Rivières", "Sherbrooke", "Gatineau", "Saguenay", "Rimouski"]),
        ("CL", ["Santiago de Chile", "Valparaíso"]),
        ("CO", ["Bogotá", "Bogota", "Medellín", "Medellin", "Cali"]),
        ("CU", ["Havana", "La Habana"]),
        ("DO", ["Santo Domingo"]),
        ("EC", ["Quito", "Guayaquil"]),
        ("GT", ["Guatemala City", "Ciudad de Guatemala"]),
        ("HN", ["Tegucigalpa", "San Pedro Sula", "Tocoa", "La Ceiba", "Choluteca"]),
        ("HT", ["Port-au-Prince", "Porto Príncipe", "Puerto Príncipe"]),
        ("LC", ["Castries"]),
        ("MX", ["Mexico City", "Ciudad de México", "Monterrey"]),
        ("NI", ["Managua"]),
        ("PA", ["Panama City", "Ciudad de Panamá"]),
        ("PE", ["Lima", "Cusco"]),
        ("PY", ["Asunción", "Asuncion"]),
        ("SR", ["Paramaribo"]),
        ("SV", ["San Salvador"]),
        ("TT", ["Port of Spain"]),
        ("US", ["Washington", "Washington DC", "Washington D.C.", "New York", "New York City", "Nueva York", "Nuova York", "Nova Iorque", "Nova York", "Nowy Jork", "Chicago", "Los Angeles", "San Francisco", "Boston", "Philadelphia", "Atlanta", "Seattle", "Miami", "Houston", "Denver", "Minneapolis", "Oakland", "Berkeley",
            // "Washington, D.C.": the district is printed after the city, as a city would be.
            "D.C.", "DC"]),
        ("UY", ["Montevideo"]),
        ("VE", ["Caracas"]),
    ];

    // The first-level divisions letters print after a name as they print a city: the United States', Mexico's,
    // Brazil's, Canada's, Australia's and India's states and provinces, the Philippines' island groups and provinces, Nepal's
    // provinces and districts (Australia's also by the abbreviations no other word is:
    // "(VIC)", "(NSW)"; not "SA", "WA", "NT" nor "ACT"), and Colombia's and Guatemala's departments. Those whose
    // name is a country's stay the country ("Georgia", "México"), and "Pará" and "Acre" are left out, since read without
    // accents they are words of names ("para"), as are departments named like other countries' towns ("Santa Rosa",
    // "El Progreso"); a division and a city of one name are the same key. India's leave out Punjab, a province of
    // Pakistan too, and Jammu and Kashmir and Ladakh, whose country is disputed.
    private static readonly (string Country, string[] Divisions)[] Divisions =
    [
        ("US", ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming"]),
        ("MX", ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Estado de México", "Michoacán", "Michoacan", "Morelos", "Nayarit", "Nuevo León", "Nuevo Leon", "Oaxaca", "Puebla", "Querétaro", "Queretaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Yucatan", "Zacatecas", "CDMX"]),
        ("BR", ["Alagoas", "Amapá", "Bahia", "Ceará", "Distrito Federal", "Espírito Santo", "Goiás", "Maranhão", "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Paraíba", "Paraná", "Pernambuco", "Piauí", "Rio Grande do Norte", "Rio Grande do Sul", "Rondônia", "Roraima", "Santa Catarina", "Sergipe", "Tocantins"]),
        ("CA", ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Northwest Territories", "Nunavut", "Colombie-Britannique", "Nouvelle-Écosse", "Nouveau-Brunswick"]),
        ("AU", ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia", "Northern Territory", "Australian Capital Territory", "NSW", "VIC", "QLD", "TAS"]),
        ("CO", ["Antioquia", "Arauca", "Atlántico", "Boyacá", "Caquetá", "Casanare", "Cauca", "Chocó", "Cundinamarca", "Guainía", "Guaviare", "Huila", "La Guajira", "Nariño", "Norte de Santander", "Putumayo", "Quindío", "Risaralda", "Santander", "Tolima", "Valle del Cauca", "Vaupés", "Vichada"]),
        ("IN", ["Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal"]),
        ("PH", ["Luzon", "Visayas", "Mindanao", "Metro Manila", "Bulacan", "Pampanga", "Tarlac", "Nueva Ecija", "Zambales", "Bataan", "Cavite", "Batangas", "Quezon Province", "Benguet", "Ifugao", "Pangasinan", "Albay", "Sorsogon", "Camarines Sur", "Palawan", "Negros Occidental", "Negros Oriental", "Leyte", "Bohol", "Davao del Sur", "Davao del Norte", "Bukidnon", "Lanao del Sur", "Lanao del Norte", "Maguindanao", "Sulu", "Zamboanga del Sur", "South Cotabato", "Sultan Kudarat", "Surigao del Sur", "Agusan del Sur", "Misamis Oriental"]),
        ("NP", ["Koshi", "Madhesh", "Bagmati Province", "Gandaki", "Lumbini Province", "Karnali", "Sudurpashchim", "Kailali", "Kanchanpur", "Morang", "Sunsari", "Jhapa", "Kaski", "Chitwan", "Rupandehi", "Banke", "Bardiya", "Dang", "Surkhet", "Sindhupalchok", "Dhading", "Makwanpur", "Parsa", "Dhanusha", "Siraha", "Saptari"]),
        ("GT", ["Alta Verapaz", "Baja Verapaz", "Chimaltenango", "Chiquimula", "Escuintla", "Huehuetenango", "Izabal", "Jutiapa", "Petén", "Quetzaltenango", "Quiché", "El Quiché", "Retalhuleu", "Sacatepéquez", "Sololá", "Suchitepéquez", "Totonicapán", "Zacapa"]),
    ];

    // Cities letters print whose name several countries' cities have (or whose country is disputed): a city, so
    // left out of a name, but no country of their own.
    private static readonly string[] Shared =
    [
        "Santiago", "San José", "San Jose", "Córdoba", "Cordoba", "Santa Cruz", "León", "Cartagena", "Guadalajara",
        "Georgetown", "Kingston", "Halifax", "Cambridge", "Birmingham", "Perth", "Alexandria", "Tripoli", "Jerusalem",
        "Laayoune", "El Aaiún", "Pemba", "Saint-Louis", "Pristina", "Colonia", "Valencia", "Cádiz", "Cadiz",
        "Salamanca", "Valladolid", "San Sebastián", "Mérida", "Merida",
    ];

    private static readonly FrozenDictionary<string, CountryCode?> ByName = Keyed(Cities.Concat(Divisions));

    // The divisions that are no city of the table too ("São Paulo" and "Québec" are cities).
    private static readonly FrozenDictionary<string, CountryCode?> ByDivision = DivisionsNoCityIs();

    private static readonly CountryCode Brazil = Code("BR");

    private static readonly CountryCode UnitedStates = Code("US");

    // A code two countries use ("PA", "MA") names neither.
    private static readonly FrozenDictionary<string, CountryCode?> ByState = States
        .SelectMany(s => s.Codes.Select(code => (Code: code, s.Country)))
        .GroupBy(s => s.Code, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Count() == 1 && CountryTable.TryGetByCode(g.Single().Country, out var country) ? country.Code : (CountryCode?)null, StringComparer.Ordinal);

    private static CountryCode Code(string code) => CountryTable.TryGetByCode(code, out var found) ? found.Code : throw new InvalidOperationException($"KnownCities: '{code}' is no country code.");

    private static FrozenDictionary<string, CountryCode?> DivisionsNoCityIs()
    {
        var cities = Keyed(Cities);
        return Keyed(Divisions).Where(division => !cities.ContainsKey(division.Key)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, CountryCode?> Keyed(IEnumerable<(string Country, string[] Names)> places)
    {
        var byName = new Dictionary<string, CountryCode?>(StringComparer.Ordinal);
        foreach (var (country, cities) in places)
        {
            var code = Code(country);
            foreach (var city in cities)
            {
                // A city listed under two countries names neither.
                var key = CountryTable.NormalizeName(city);
                byName[key] = byName.TryGetValue(key, out var other) && other != code ? null : code;
            }
        }

        foreach (var city in Shared)
        {
            byName[CountryTable.NormalizeName(city)] = null;
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
