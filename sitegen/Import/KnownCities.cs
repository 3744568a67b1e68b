using System.Collections.Frozen;
using Archive.Core.Countries;

namespace Archive.SiteGen.Import;

/// <summary>
/// Cities letters print after an organization's name: every capital and the other cities where civil-society
/// organizations and the UN sit. Used only to tell a city from the end of a name ("Refugee Law Project – Kampala"
/// against "Botswana Centre for Human Rights – Ditshwanelo"); a city never gives a country, because the letter did
/// not print one.
/// </summary>
internal static class KnownCities
{
    public static bool Contains(string text) => Names.Contains(CountryTable.NormalizeName(text)) || IsKota(text.Trim());

    // "Kota Bandung", "Kota Davao": a city named with the Indonesian and Malay word for city before it.
    private static bool IsKota(string text) =>
        text.StartsWith("Kota ", StringComparison.Ordinal)
        && text[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 2 } words && words.All(word => char.IsUpper(word[0]));

    // In English and, where letters print them so, in French and Spanish; keyed as country names are normalized.
    private static readonly FrozenSet<string> Names = new[]
    {
        // Africa
        "Abidjan", "Abuja", "Accra", "Addis Ababa", "Addis-Abeba", "Algiers", "Alger", "Antananarivo", "Arusha", "Asmara",
        "Bamako", "Bangui", "Banjul", "Bissau", "Blantyre", "Brazzaville", "Bujumbura", "Bukavu", "Bulawayo", "Cairo",
        "Le Caire", "Cape Town", "Casablanca", "Conakry", "Cotonou", "Dakar", "Dar es Salaam", "Djibouti", "Dodoma",
        "Douala", "Durban", "El Fasher", "Entebbe", "Freetown", "Gaborone", "Gitega", "Goma", "Gulu", "Harare",
        "Ibadan", "Juba", "Johannesburg", "Kaduna", "Kampala", "Kano", "Khartoum", "Kigali", "Kinshasa", "Kisangani",
        "Kisumu", "Lagos", "Libreville", "Lilongwe", "Lomé", "Lome", "Luanda", "Lubumbashi", "Lusaka", "Malabo",
        "Maputo", "Maseru", "Mbabane", "Mogadishu", "Mombasa", "Monrovia", "Moroni", "Nairobi", "Ndjamena", "N'Djamena",
        "Niamey", "Nouakchott", "Ouagadougou", "Port Harcourt", "Porto-Novo", "Praia", "Pretoria", "Rabat",
        "São Tomé", "Tripoli", "Tunis", "Windhoek", "Yaoundé", "Yaounde", "Zanzibar", "Bobo-Dioulasso", "Port Sudan",
        "Benghazi", "Alexandria", "Kumasi", "Tamale", "Mwanza", "Bunia", "Uvira", "Beni", "Kananga", "Mbuji-Mayi",
        "Pietermaritzburg", "Port Elizabeth", "Gqeberha", "Bloemfontein", "Polokwane", "Soweto", "Manzini", "Maputo",
        "Beira", "Nampula", "Pemba", "Lichinga", "Quelimane", "Tete", "Ndola", "Kitwe", "Livingstone", "Mzuzu", "Zomba",
        "Mutare", "Gweru", "Francistown", "Walvis Bay", "Swakopmund", "Huambo", "Lobito", "Benguela", "Lubango",
        "Toamasina", "Fianarantsoa", "Mahajanga", "Nakuru", "Eldoret", "Garissa", "Mbale", "Jinja", "Arua", "Lira",
        "Mbarara", "Fort Portal", "Musanze", "Huye", "Butare", "Ngozi", "Kalemie", "Kindu", "Matadi", "Mbandaka",
        "Pointe-Noire", "Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo", "Sikasso", "Mopti", "Gao", "Timbuktu",
        "Tombouctou", "Kidal", "Ségou", "Kayes", "Zinder", "Maradi", "Agadez", "Tahoua", "Diffa", "Maroua", "Garoua",
        "Bamenda", "Buea", "Bafoussam", "Ngaoundéré", "Bertoua", "Abéché", "Moundou", "Sarh", "Maiduguri", "Jos",
        "Enugu", "Onitsha", "Benin City", "Warri", "Calabar", "Yola", "Sokoto", "Zaria", "Ilorin", "Owerri", "Uyo",
        "Bo", "Kenema", "Makeni", "Koidu", "Gbarnga", "Buchanan", "Zwedru", "Nzérékoré", "Kankan", "Labé", "Kindia",
        "Ziguinchor", "Saint-Louis", "Thiès", "Kaolack", "Touba", "Tambacounda", "Serrekunda", "Brikama", "Kara",
        "Sokodé", "Parakou", "Abomey", "Koudougou", "Nyala", "El Geneina", "Kadugli", "El Obeid", "Wad Madani",
        "Kassala", "Malakal", "Bor", "Wau", "Yei", "Bentiu", "Torit", "Aweil", "Rumbek", "Bahir Dar", "Mekelle",
        "Gondar", "Hawassa", "Dire Dawa", "Jijiga", "Adama", "Hargeisa", "Kismayo", "Baidoa", "Garowe", "Bossaso",
        "Galkayo", "Tobruk", "Misrata", "Sfax", "Sousse", "Oran", "Constantine", "Marrakech", "Fès", "Fez", "Tangier",
        "Tanger", "Agadir", "Laayoune", "El Aaiún", "Tindouf",
        // Asia and the Pacific
        "Bangkok", "Beijing", "Bishkek", "Colombo", "Dhaka", "Dili", "Hanoi", "Ho Chi Minh City", "Hong Kong",
        "Islamabad", "Jakarta", "Kabul", "Karachi", "Kathmandu", "Kuala Lumpur", "Lahore", "Malé", "Manila", "Mumbai",
        "New Delhi", "Delhi", "Phnom Penh", "Seoul", "Singapore", "Taipei", "Tokyo", "Ulaanbaatar", "Vientiane",
        "Yangon", "Rangoon", "Naypyidaw", "Mandalay", "Chiang Mai", "Mae Sot", "Cox's Bazar", "Chennai", "Kolkata",
        "Bangalore", "Bengaluru", "Davao", "Cebu", "Quezon City", "Yogyakarta", "Almaty", "Astana", "Tashkent",
        "Dushanbe", "Ashgabat", "Thimphu", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
        "Wellington", "Auckland", "Suva", "Port Moresby", "Honiara", "Apia",
        // The Middle East
        "Amman", "Ankara", "Baghdad", "Beirut", "Beyrouth", "Damascus", "Damas", "Doha", "Dubai", "Erbil", "Gaza",
        "Istanbul", "Jerusalem", "Kuwait City", "Manama", "Muscat", "Ramallah", "Riyadh", "Sanaa", "Sana'a", "Tehran",
        "Tel Aviv", "Aden", "Abu Dhabi", "Gaziantep",
        // Europe
        "Amsterdam", "Athens", "Belgrade", "Berlin", "Bern", "Berne", "Bratislava", "Brussels", "Bruxelles", "Bucharest",
        "Budapest", "Copenhagen", "Dublin", "Edinburgh", "Frankfurt", "Geneva", "Genève", "Ginebra", "Hamburg",
        "Helsinki", "Kyiv", "Kiev", "Lisbon", "Lisbonne", "Lisboa", "Ljubljana", "London", "Londres", "Luxembourg City",
        "Lyon", "Madrid", "Milan", "Minsk", "Moscow", "Munich", "Oslo", "Oxford", "Paris", "Prague", "Reykjavik", "Riga",
        "Rome", "Roma", "Sarajevo", "Skopje", "Sofia", "Stockholm", "Strasbourg", "Tallinn", "The Hague", "La Haye",
        "La Haya", "Den Haag", "Tbilisi", "Tirana", "Utrecht", "Valletta", "Vienna", "Vienne", "Viena", "Vilnius",
        "Warsaw", "Zagreb", "Zurich", "Zürich", "Yerevan", "Baku", "Chisinau", "Podgorica", "Pristina", "Nicosia",
        "Barcelona", "Manchester", "Birmingham", "Nottingham", "Cambridge", "Bristol", "Glasgow", "Belfast", "Cardiff",
        "Leeds", "Bonn", "Cologne", "Köln", "Leiden", "Rotterdam", "Antwerp", "Ghent", "Lausanne", "Marseille",
        "Toulouse", "Bordeaux", "Lille", "Nantes", "Florence", "Turin", "Naples", "Gothenburg", "Uppsala", "Aarhus",
        "Bergen", "Krakow", "Kraków",
        // The cities of the UN and of most networks as letters in other languages print them.
        "Londra", "Londen", "Londyn", "Ginevra", "Genf", "Genebra", "Genewa", "Cenevre", "Parigi", "Parijs", "Paryż",
        "Brussel", "Brüssel", "Bruselas", "Bruxelas", "Bruksela", "Brüksel", "Berlino", "Berlijn", "Berlim", "Berlín",
        "Colonia", "Keulen", "Kolonia", "Firenze", "Milano", "Mailand", "Napoli", "Torino", "L'Aia", "Haia", "Haga",
        "Wenen", "Wien", "Wiedeń", "Rom", "Straatsburg", "Straßburg", "Strasburgo", "Estrasburgo", "Lissabon", "Lisbona",
        "Kopenhagen", "Copenaghen", "Warschau", "Varsavia", "Moskau", "Mosca", "Nuova York", "Nova Iorque", "Nova York",
        "Nowy Jork", "Monaco di Baviera", "München",
        // The Americas
        "Asunción", "Asuncion", "Bogotá", "Bogota", "Brasília", "Brasilia", "Buenos Aires", "Caracas", "Guatemala City",
        "Ciudad de Guatemala", "Havana", "La Habana", "Kingston", "La Paz", "Lima", "Managua", "Mexico City",
        "Ciudad de México", "Montevideo", "Nassau", "Ottawa", "Panama City", "Ciudad de Panamá", "Paramaribo",
        "Port-au-Prince", "Port of Spain", "Quito", "San José", "San Jose", "San Salvador", "Santiago",
        "Santiago de Chile", "Santo Domingo", "Tegucigalpa", "Washington", "Washington DC", "Washington D.C.",
        "New York", "New York City", "Nueva York", "Chicago", "Los Angeles", "San Francisco", "Boston", "Philadelphia",
        "Atlanta", "Seattle", "Miami", "Houston", "Denver", "Minneapolis", "Oakland", "Berkeley", "Toronto", "Montreal",
        "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Quebec City", "Québec", "Guadalajara",
        "Monterrey", "Medellín", "Medellin", "Cali", "Cartagena", "São Paulo", "Sao Paulo", "Rio de Janeiro",
        "Belo Horizonte", "Recife", "Porto Alegre", "Salvador", "Córdoba", "Cordoba", "Rosario", "Mendoza",
        "Cochabamba", "Santa Cruz", "Guayaquil", "Cusco", "San Pedro Sula", "León", "Valparaíso", "Georgetown",
        "Bridgetown", "Castries", "Belmopan",
        // "Washington, D.C.": the district is printed after the city, as a city would be.
        "D.C.", "DC",
    }.Select(CountryTable.NormalizeName).ToFrozenSet(StringComparer.Ordinal);
}
