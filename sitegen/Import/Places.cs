using System.Collections.Frozen;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads what letters print beside a name as its place: one or more countries (through core's one
/// <see cref="CountryTable"/>) or regions that are not countries ("South Asia", "Great Lakes Region", "global").
/// "Uganda and USA", "United States, The Netherlands", "Uganda/Kenya" are lists; every part must be a place.
/// </summary>
internal static class Places
{
    /// <summary>The printed places of a text, or null when any part of it is not a place.</summary>
    public static PrintedPlaces? TryRead(string text)
    {
        // A whole name first: "Trinidad and Tobago", "Latin America and the Caribbean" are one place each.
        if (IsRegion(text))
        {
            return new PrintedPlaces([], [text.Trim()]);
        }

        if (TryCountry(text, out var whole))
        {
            return new PrintedPlaces([whole], []);
        }

        if (IsAlpha3(text))
        {
            // "… – BDI", "…, ZAF": an ISO alpha-3 code printed for the country.
            CountryTable.TryGetByAlpha3(text, out var coded);
            return new PrintedPlaces([coded.Code], []);
        }

        var parts = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal)
            .Replace(" et ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" y ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" en ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" und ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" и ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', '/', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        // "West & Central Africa", "East and Southern Africa": directions that share the continent named once, at the end.
        if (parts.Length > 1 && parts[^1].Split(' ') is [_, .., var continent])
        {
            parts = [.. parts.Select(part => Directions.Contains(part) ? part + " " + continent : part)];
        }

        var countries = new List<CountryCode>();
        var regions = new List<string>();
        foreach (var part in parts)
        {
            if (IsRegion(part))
            {
                regions.Add(part);
            }
            else if (CountryTable.TryResolveName(part, out var country))
            {
                if (!countries.Contains(country.Code))
                {
                    countries.Add(country.Code);
                }
            }
            else if (parts.Length == 1 || !KnownCities.Contains(part))
            {
                return null;
            }

            // "Uganda and New York": a city among the countries is left out; it gives no country of its own.
        }

        return countries.Count + regions.Count > 0 ? new PrintedPlaces(countries, regions) : null;
    }

    /// <summary>
    /// "UG", "UG, US", "KE/TZ": ISO 3166-1 alpha-2 codes in capitals, as lists that print codes in brackets do ("Refugee
    /// Law Project (UG)"); null when any part is not an assigned code or when the codes spell the initials of the name
    /// they follow ("Amnesty International (AI)" prints its acronym, not Anguilla).
    /// </summary>
    public static PrintedPlaces? TryReadAlpha2(string text, string name)
    {
        var parts = text.Split([',', '/', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codes = new List<CountryCode>();
        foreach (var part in parts)
        {
            if (part.Length != 2 || !part.All(char.IsAsciiLetterUpper) || !CountryTable.TryGetByCode(part, out var country))
            {
                return null;
            }

            codes.Add(country.Code);
        }

        var spellsInitials = parts.Length == 1 && string.Equals(OrganizationNameForm.Initials(name), parts[0], StringComparison.OrdinalIgnoreCase);
        return codes.Count == 0 || spellsInitials ? null : new PrintedPlaces([.. codes.Distinct()], []);
    }

    /// <summary>
    /// "Kenyan", "Ugandan/American", "British-Kenyan", "Tanzanian-based": adjectives of nationality, which some lists
    /// print instead of a country ("Diakonia (Swedish)"); null when any part is not one. One that two countries share
    /// ("Congolese") is a nationality that gives no country. A region's word ("international",
    /// "regional") is no nationality: it is read as a place by <see cref="TryRead"/>.
    /// </summary>
    public static PrintedPlaces? TryReadNationality(string text)
    {
        var adjectives = text.Trim();
        adjectives = adjectives.EndsWith("-based", StringComparison.OrdinalIgnoreCase) ? adjectives[..^"-based".Length] : adjectives;
        if (CountryTable.TryResolveDemonym(adjectives, out var one))
        {
            // "Bissau-Guinean", "Ni-Vanuatu": one adjective, with a hyphen of its own.
            return new PrintedPlaces([one.Code], []);
        }

        var parts = adjectives.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal)
            .Split([",", "/", "-"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var countries = new List<CountryCode>();
        foreach (var part in parts)
        {
            if (CountryTable.TryResolveDemonym(part, out var country))
            {
                countries.Add(country.Code);
            }
            else if (!CountryTable.IsSharedDemonym(part))
            {
                // No nationality at all; "Congolese" is one, of two countries, and gives neither.
                return null;
            }
        }

        return parts.Length == 0 ? null : new PrintedPlaces([.. countries.Distinct()], []);
    }

    /// <summary>
    /// What a table's country cell holds as people type it into a form: a place ("japan" as well as "Japan"), or else
    /// a city the archive knows in place of its country ("Seoul"), a country's code in capitals ("PH"), or a country's
    /// name with a slip of the keys ("Cambodiaa", "Phillipines"). Null when it is none of these.
    /// </summary>
    public static PrintedPlaces? TryReadTypedCell(string cell)
    {
        if (TryRead(cell) is { } printed)
        {
            return printed;
        }

        if (TryReadAlpha2(cell.Trim(), name: "") is { } codes)
        {
            return codes;
        }

        if (KnownCities.CountryOf(cell) is { } cityCountry)
        {
            return new PrintedPlaces([cityCountry], []);
        }

        return SlipOfOneCountry(CountryTable.NormalizeName(cell)) is { } slipped ? new PrintedPlaces([slipped], []) : null;
    }

    // "cambodiaa" is one slip from "cambodia" and from no other country's name or alias, "phillipines" two from
    // "philippines" (a name of nine letters or more leaves room for two); a name of fewer than six letters is too
    // short to say which country a slip was meant for ("Irak" or "Iran"?).
    private static CountryCode? SlipOfOneCountry(string typed)
    {
        if (typed.Length < 6 || typed.Any(char.IsDigit))
        {
            return null;
        }

        var slips = typed.Length >= 9 ? 2 : 1;
        var near = CountryNameKeys
            .Where(key => Math.Abs(key.Name.Length - typed.Length) <= slips && NameVariant.EditDistance(key.Name, typed) <= slips)
            .Select(key => key.Code)
            .Distinct()
            .ToList();
        return near is [var only] ? only : null;
    }

    // Every country's name and aliases of six letters or more, keyed as printed names are, built once.
    private static readonly (string Name, CountryCode Code)[] CountryNameKeys =
        [.. CountryTable.All.SelectMany(country => new[] { country.Name }.Concat(country.Aliases).Select(name => (Name: CountryTable.NormalizeName(name), country.Code))).Where(key => key.Name.Length >= 6)];

    /// <summary>A single country name: "Canada" in "World Federalist Movement - Canada".</summary>
    public static bool TryCountry(string text, out CountryCode code)
    {
        code = default;
        if (CountryTable.TryResolveName(text.Trim(), out var country))
        {
            code = country.Code;
            return true;
        }

        return false;
    }

    /// <summary>An ISO 3166-1 alpha-3 code in capitals that is no country's name ("BDI", "UGA"; "USA" is a name).</summary>
    public static bool IsAlpha3(string text) =>
        text.Trim() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper) && !TryCountry(code, out _) && CountryTable.TryGetByAlpha3(code, out _);

    public static bool IsRegion(string text) => Regions.ContainsKey(CountryTable.NormalizeName(text));

    /// <summary>
    /// Whether a name names a region or the world in words of one to three ("Women and Law in Southern Africa",
    /// "Amnesty International", "Asia Pacific Forum"): a body of many countries, whose national chapters may carry
    /// their country after its name.
    /// </summary>
    public static bool NamesARegion(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, words.Length).Any(start =>
            Enumerable.Range(1, Math.Min(3, words.Length - start)).Any(count => IsRegion(string.Join(' ', words, start, count))));
    }

    /// <summary>A region as the list below spells it ("INTERNATIONAL" → "International"), or the text as printed when it is not listed.</summary>
    public static string RegionName(string text) => Regions.GetValueOrDefault(CountryTable.NormalizeName(text), text.Trim());

    // Regions letters print instead of a country, in English, French, Spanish and the other languages of the country table (Swahili too), keyed as country names are normalized.
    private static readonly FrozenDictionary<string, string> Regions = new[]
    {
        "Africa", "East Africa", "West Africa", "Southern Africa", "Central Africa", "North Africa", "Horn of Africa",
        "Sub-Saharan Africa", "Great Lakes", "Great Lakes Region", "African Great Lakes", "Middle East", "MENA",
        "Middle East and North Africa", "Asia", "South Asia", "Southeast Asia", "South-East Asia", "East Asia",
        "Central Asia", "Asia-Pacific", "Asia Pacific", "Pacific", "Oceania", "Europe", "Western Europe",
        "Eastern Europe", "Central Europe", "Balkans", "Western Balkans", "Caucasus", "Latin America",
        "Latin America and the Caribbean", "Caribbean", "Central America", "South America", "North America",
        "Americas", "Arab Region", "Arab World", "Global", "International", "Worldwide", "Africa-wide", "Pan-African",
        "Afrique", "Afrique de l'Ouest", "Afrique de l'Est", "Afrique centrale", "Afrique australe", "Grands Lacs",
        "Région des Grands Lacs", "Moyen-Orient", "Asie", "Amérique latine", "Amérique centrale", "Caraïbes",
        "África", "África Occidental", "África Oriental", "América Latina", "América Central", "Centroamérica",
        "Sudamérica", "Caribe", "Medio Oriente", "Oriente Medio", "Europa", "Mundial", "Internacional", "Global South",
        "Internationale", "Mondiale",
        // Asia and the Pacific in French, Spanish and Portuguese: "(Asie-Pacifique)", "(Océanie)".
        "Asie-Pacifique", "Asie Pacifique", "Pacifique", "Océanie", "Asie du Sud", "Asie du Sud-Est", "Asia-Pacífico",
        "Asia Pacífico", "Pacífico", "Oceanía", "Sudeste Asiático", "Ásia-Pacífico",
        "Sahel", "Maghreb", "Southern Africa Region", "Pacific Islands", "Nordic countries", "Scandinavia",
        "Mesoamerica", "Mesoamérica", "Andean Region", "Región Andina", "Southern Cone", "Cono Sur", "Amazonía", "Amazon",
        "Amazonia", "Amazônia", "Pan-Amazonia", "Pan-Amazônia", "Panamazonía", "Pan-Amazon", "Amazon region", "Amazon Basin",
        "Cuenca Amazónica", "Bacia Amazônica", "Abya Yala", "Euro-Afrique", "Euro-Africa", "Afrique-Europe", "Europe-Afrique",
        "Euro-Mediterranean", "Euro-Méditerranée", "Euromed",
        "East and Horn of Africa", "Gulf", "Gulf region", "Levant", "South Caucasus", "Southeast Europe",
        "Sub-Saharan Africa", "Afrique subsaharienne", "Afrique centrale et de l'Ouest", "América del Sur",
        "América del Norte", "Amérique du Nord", "Amérique du Sud", "Europe de l'Est", "Europa del Este",
        "Internationaal", "Int'l", "Internazionale", "Internasjonal", "Internationell", "Afrika", "Azië", "Latijns-Amerika",
        "Międzynarodowa", "Organizacja międzynarodowa", "Afryka", "Azja", "Bliski Wschód", "Ameryka Łacińska", "Uluslararası",
        "Küresel", "Orta Doğu", "Asya", "Latin Amerika", "Kimataifa", "Internasional", "Antarabangsa", "Afrika Mashariki", "Maziwa Makuu",
        "Latinamerika", "Lateinamerika", "Latinoamérica", "América Latina y el Caribe", "Amérique latine et Caraïbes",
        // A form's answer for an organization that works in no one country: "Âmbito internacional", "International scope".
        "Âmbito internacional", "Ámbito internacional", "Alcance internacional", "International scope", "Global scope",
        "Portée internationale", "Âmbito global", "Ámbito global",
        // German: "…, weltweit" for a body that works worldwide; "Asien", "Nahost".
        "Weltweit", "Asien", "Nahost", "Naher Osten",
        // Post-Soviet Europe and Asia, in English and Russian: "OSCE region", "Eastern Partnership", "Центральная Азия".
        "OSCE region", "OSCE area", "Eastern Partnership", "Post-Soviet region", "Международная", "Международный",
        "Международные организации", "Глобальный", "Центральная Азия", "Южный Кавказ", "Кавказ", "Восточная Европа",
        "Европа", "Азия", "Африка", "Северная Америка", "Латинская Америка", "Ближний Восток", "Восточное партнёрство",
    }.GroupBy(CountryTable.NormalizeName, StringComparer.Ordinal).ToFrozenDictionary(spellings => spellings.Key, spellings => spellings.First(), StringComparer.Ordinal);

    // A direction alone, before the continent it shares with the next ("West" in "West & Central Africa").
    private static readonly FrozenSet<string> Directions = new[] { "West", "East", "North", "South", "Central", "Western", "Eastern", "Northern", "Southern" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
