using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A line of a signatory list that heads a group instead of naming an organization: a country ("KENYA",
/// "Democratic Republic of Congo:", "— ESTADOS UNIDOS —", "Organizations from Uganda", "Kenya (12)"), a region
/// or a scope that is no single country ("INTERNATIONAL", "GLOBAL", "West Africa", "Regional organizations").
/// The organizations under it take its places unless they print their own.
/// </summary>
internal static partial class PlaceHeading
{
    /// <summary>The places a heading line gives (none for "National organizations"), or null when the line is not a heading.</summary>
    public static PrintedPlaces? TryRead(string text)
    {
        if (Bracketed().Match(text.Trim()) is { Success: true } bracketed)
        {
            // "(International):", "(West Africa):": the heading in brackets, as a thread's next post goes on with
            // the list under "Signed by (Lake region):".
            return TryRead(bracketed.Groups["heading"].Value + ":");
        }

        var match = Heading().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim();
        var scopes = ScopeJoin().Split(place);
        if (scopes.Any(part => OtherCountries().IsMatch(part)) && scopes.All(part => Scope().IsMatch(part) || OtherCountries().IsMatch(part) || Places.TryRead(part) is not null))
        {
            // "Entidades internacionais e de outros países", "International organisations and other countries",
            // "Partner organisations in Indonesia and the region": a category that names no one place; each
            // organization under it prints its own.
            return PrintedPlaces.None;
        }

        if (scopes.All(part => Scope().IsMatch(part)))
        {
            // "INTERNATIONAL ORGANIZATIONS" is the region International; "National organizations" names no place;
            // "Regional and International", "REGIONALES E INTERNACIONALES": the widest of them. "National and International
            // Organizations" puts a country's own bodies with the world's: a category that names no one place, as does
            // "Diaspora and international" (a country's people abroad, and the world's bodies).
            var words = scopes.Select(part => Scope().Match(part).Groups["word"].Value.ToLowerInvariant()).ToList();
            return words.Count > 1 && words.Any(w => w.StartsWith("nation", StringComparison.Ordinal) || w.StartsWith("nacion", StringComparison.Ordinal) || w.StartsWith("local", StringComparison.Ordinal) || w.StartsWith("diasp", StringComparison.Ordinal) || w.StartsWith("национальн", StringComparison.Ordinal) || w.StartsWith("местн", StringComparison.Ordinal)) ? PrintedPlaces.None
                : words.Any(w => w.StartsWith("internation", StringComparison.Ordinal) || w.StartsWith("internacion", StringComparison.Ordinal) || w.StartsWith("международн", StringComparison.Ordinal)) ? new PrintedPlaces([], ["International"])
                : words.Any(w => w.StartsWith("global", StringComparison.Ordinal)) ? new PrintedPlaces([], ["Global"])
                : PrintedPlaces.None;
        }

        return Places.TryRead(place) is { } places ? places with { Regions = [.. places.Regions.Select(Places.RegionName)] }
            : OfCountry(place) is { } country ? new PrintedPlaces([country], [])
            : OneCountryInTwoNames(place) is { } named ? new PrintedPlaces([named], [])
            : DivisionInCapitals(place) is { } division ? new PrintedPlaces([division], [])
            : CityAndItsState(place) is { } ofCity ? new PrintedPlaces([ofCity], [])
            : null;
    }

    // "Belém e Pará", "Mumbai and Maharashtra": a city the archive knows and its state or province, joined as a heading
    // joins them, head the bodies of that city and state.
    private static Archive.Core.Countries.CountryCode? CityAndItsState(string place) =>
        ScopeJoin().Split(place) is [var city, var state] && KnownCities.CountryOf(city) is { } country
        && KnownCities.CountryOfDivisionBesideCity(state) == country
            ? country
            : null;

    // "LUZON", "VISAYAS", "ONTARIO": a country's island group, state or province as a heading, in capitals, is in that
    // country; "Victoria" or "Guerrero" on a line of its own may be a name.
    private static Archive.Core.Countries.CountryCode? DivisionInCapitals(string place) =>
        place.Any(char.IsLetter) && place.Where(char.IsLetter).All(char.IsUpper) ? KnownCities.CountryOfDivision(place) : null;

    /// <summary>
    /// "MAOHI NUI / FRENCH POLYNESIA", "RAPA NUI / CHILE": a heading in capitals that names its place by its own
    /// people's name and by its country's name, written out. In capitals only, as a heading is, so that
    /// "Oxfam / United Kingdom" stays an organization and its country.
    /// </summary>
    private static Archive.Core.Countries.CountryCode? OneCountryInTwoNames(string place) =>
        place.Split(" / ", StringSplitOptions.TrimEntries) is [var first, var second] && place.Any(char.IsLetter) && place.Where(char.IsLetter).All(char.IsUpper)
        && (Written(first), Written(second)) switch { ({ } code, null) => (code, second), (null, { } code) => (code, first), _ => default((Archive.Core.Countries.CountryCode, string)?) } is var (country, other)
        && other.Split(' ').Length <= 3 && !OrganizationWords.AnyIn(other) && !KnownCities.Contains(other)
            ? country
            : null;

    // A country written out, not by its code ("UK", "USA").
    private static Archive.Core.Countries.CountryCode? Written(string name) =>
        name.Length >= 5 && Places.TryRead(name) is { Countries: [var only], Regions: [] } ? only : null;

    /// <summary>
    /// "Organizações angolanas", "Organisations sénégalaises", "Kenyan organisations": organizations named by the
    /// adjective of their country. The adjective starts with the country's name (without its last vowel, and of
    /// four letters or more: "angol-anas", "keny-an") and ends as adjectives of countries end, in a vowel or "t" and at
    /// most six letters ("guatemal-tecas"), so "Organizações indígenas" is not India's ("indi-genas"); it must fit
    /// exactly one country, and a country whose name is in another's ("Congo", "Guinea", "Sudan") fits more than one,
    /// so "Organisations congolaises" is no heading.
    /// </summary>
    private static Archive.Core.Countries.CountryCode? OfCountry(string place)
    {
        if (OrganizationsOf().Match(place) is not { Success: true } named)
        {
            return null;
        }

        var adjective = Archive.Core.Countries.CountryTable.NormalizeName(named.Groups["adjective"].Value);
        var names = Archive.Core.Countries.CountryTable.All
            .SelectMany(country => country.Aliases.Prepend(country.Name).Select(name => (country.Code, Name: Archive.Core.Countries.CountryTable.NormalizeName(name))))
            .ToList();
        var fitting = names
            .Where(n => !n.Name.Contains(' ', StringComparison.Ordinal) && Stem(n.Name) is { Length: >= 4 } stem && adjective.Length > n.Name.Length && adjective.StartsWith(stem, StringComparison.Ordinal) && IsAdjectiveEnding(adjective[stem.Length..]))
            .ToList();
        var countries = fitting.Select(n => n.Code)
            .Concat(names.Where(n => fitting.Any(f => n.Name.Split(' ').Contains(f.Name, StringComparer.Ordinal))).Select(n => n.Code))
            .Distinct()
            .ToList();
        if (countries.Count == 0 && Archive.Core.Countries.CountryTable.TryResolveDemonym(named.Groups["adjective"].Value, out var ofNationality))
        {
            // "Philippine organisations": an adjective that does not start with its country's name, which the country
            // table has.
            return ofNationality.Code;
        }

        return countries is [var only] ? only : null;

        static string Stem(string name) => name[^1] is 'a' or 'e' or 'i' or 'o' ? name[..^1] : name;
        static bool IsAdjectiveEnding(string ending) => ending.Length is > 0 and <= 6 && ending[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 't';
    }

    // "Organizações angolanas", "ONG sénégalaises", "Kenyan organisations", "Organizaciones colombianas".
    [GeneratedRegex(@"^(?:(?:organi[sz]ations?|organizaciones|organizações|organizacoes|ong|ongs|ngos|entidades|associations)\s+(?<adjective>\p{L}+)|(?<adjective>\p{L}+)\s+(?:organi[sz]ations|ngos|civil\s+society\s+organi[sz]ations))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationsOf();

    [GeneratedRegex(@"^\((?<heading>[^()]+)\)\s*:$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // "de outros países", "other countries", "d'autres pays", "otros países", "the region", "beyond": wherever else.
    [GeneratedRegex(@"^(?:(?:de|of|from|d['’]|en)\s*)?(?:outros\s+pa[ií]ses|otros\s+pa[ií]ses|other\s+countries|autres\s+pays|elsewhere|ailleurs|(?:the\s+)?(?:wider\s+)?region|beyond|abroad|la\s+r[ée]gion|l['’]\s*[ée]tranger|la\s+regi[óo]n|a\s+regi[ãa]o)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherCountries();

    // Decoration around the place ("— KENYA —", "## Kenya", "Kenya:"), a lead-in ("Organizations from", "Signataires
    // du"), and a count after it ("Kenya (12)", "Uganda (3 organizations)") or a note in small letters ("International
    // NGOs (country offices)"; "Internationale (CI-CPI)" and "Africa (SIHA Network)" end a wrapped name).
    [GeneratedRegex(@"^[\s\-–—*#=_•·]*(?:(?:(?:partner|member|signing|participating|supporting|allied)\s+)?(?:organi[sz]ations?|ngos|groups|signator(?:y|ies)|signataires|organizaciones|firmantes)\s+(?:(?:from|in|based\s+in|de|du|des|en)\s+|d'))?(?<place>[^()\d:]+?)(?:\s*\((?:\d[^()]*|(?-i:\p{Ll}[^()]*))\))?[\s:\-–—*#=_]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // "International organizations", "Organisations internationales", "Organizaciones regionales", "REDES REGIONALES",
    // "NATIONAL", "State and Local Organizations", "International partners", "INTERNATIONAL SOLIDARITY" (those
    // abroad who support a national list); "African organisations" names a continent's organizations, each printing
    // its own country.
    [GeneratedRegex(@"^(?:(?:organi[sz]ations?|organizaciones|organizações|organizacoes|entidades|ong|ongs|redes|réseaux|reti|netzwerke|plataformas|plateformes|coaliciones|coalizões)\s+)?(?<word>international|международн(?:ые|ая|ый|ое)|региональн(?:ые|ая|ый|ое)|национальн(?:ые|ая|ый|ое)|местн(?:ые|ая|ый|ое)|global|regional|sub-?regional|national|state|provincial|local|internationales?|nationales?|régionales?|regionales?|internacional(?:es)?|nacional(?:es)?|locales?|globales?|internacionais|nacionais|regionais|locais|globais|diaspora|diáspora|african|africaines?|africanas?|africanos?|european|européennes?|asian|arab|latin\s+american)(?:\s+(?:organi[sz]ations?|ngos|networks|groups|partners|partenaires|socios|parceiros|allies|organizaciones|signatories|signataires|members|solidarity|solidarité|solidaridad|solidariedade|solidarietà|организации|сети))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Scope();

    [GeneratedRegex(@"\s+(?:and|&|et|y|e)\s+|\s*[,/]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScopeJoin();
}
