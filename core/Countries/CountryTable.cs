using System.Collections.Frozen;
using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Countries;

/// <summary>
/// The one table of countries (ISO 3166-1) with the names letters print for them: English short names,
/// common aliases ("USA", "UK", "DR Congo", "Swaziland"), and the French, Spanish, Portuguese, German and Italian
/// names of the countries letters most often name, every country's name in Russian, in Cyrillic (the name the
/// platform's ICU data gives it, and the other forms letters print: "Кыргызстан", "США"), and the English adjective
/// of each nationality ("Kenyan").
/// The rows are in <c>CountryTable.Data.cs</c>.
/// </summary>
public static partial class CountryTable
{
    private static readonly FrozenDictionary<string, Country> ByCode;
    private static readonly FrozenDictionary<string, Country> ByName;
    private static readonly FrozenDictionary<string, Country> ByAlpha3;
    private static readonly FrozenDictionary<string, Country> ByDemonym;
    private static readonly FrozenSet<string> SharedDemonymKeys;

    // The alpha-3 codes come from the platform's region data (ICU), which holds ISO 3166-1; a code it does not know
    // (a user-assigned one) simply has no alpha-3 form.
    private static FrozenDictionary<string, Country> BuildByAlpha3()
    {
        var byAlpha3 = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in ByCode.Values)
        {
            try
            {
                var alpha3 = new System.Globalization.RegionInfo(country.Code.Value).ThreeLetterISORegionName;
                if (alpha3.Length == 3 && alpha3.All(char.IsAsciiLetterUpper))
                {
                    byAlpha3.TryAdd(alpha3, country);
                }
            }
            catch (ArgumentException)
            {
                // Not a region the platform knows.
            }
        }

        return byAlpha3.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A static constructor, not field initializers: the rows live in another file of this partial class,
    // and C# runs field initializers of different files in no promised order; the constructor runs after them all.
    static CountryTable()
    {
        ByCode = BuildByCode();
        ByName = BuildByName();
        ByAlpha3 = BuildByAlpha3();
        ByDemonym = BuildByDemonym();
        SharedDemonymKeys = SharedDemonyms.Select(NormalizeName).ToFrozenSet(StringComparer.Ordinal);
        All = [.. ByCode.Values.OrderBy(c => c.Code.Value, StringComparer.Ordinal)];
    }

    /// <summary>Every country, ordered by code.</summary>
    public static IReadOnlyList<Country> All { get; }

    /// <summary>Finds a country by its alpha-2 code, in any case (<c>ug</c>, <c>UG</c>).</summary>
    public static bool TryGetByCode(string code, out Country country)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code.Trim().ToUpperInvariant(), out country!);
    }

    /// <summary>
    /// Finds a country by its ISO 3166-1 alpha-3 code in capitals ("BDI", "UGA", "ZAF"), as some lists print it after
    /// each name. Lower case is no code: "uga" is not Uganda.
    /// </summary>
    public static bool TryGetByAlpha3(string code, out Country country)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByAlpha3.TryGetValue(code.Trim(), out country!);
    }

    /// <summary>The country of a code that is known to be valid.</summary>
    public static Country Get(CountryCode code) => ByCode[code.Value];

    /// <summary>
    /// Finds a country by a name as a letter prints it: its English name, an alias, its French or Spanish name,
    /// ignoring case, accents, punctuation and a leading article ("the Gambia", "la République démocratique du Congo").
    /// Codes are not names: "US" as printed resolves because it is listed as an alias, "ug" does not.
    /// </summary>
    public static bool TryResolveName(string printed, out Country country)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var key = NormalizeName(printed);
        if (OnlyWithTheirArticle.Contains(key) && !LeadingArticles.Contains(printed.Trim().Split(' ')[0].ToLowerInvariant()))
        {
            country = null!;
            return false;
        }

        return ByName.TryGetValue(key, out country!) || TryResolveListOrder(printed, out country);
    }

    // "Tanzania, United Republic of", "Congo, The Democratic Republic of the": the order of the ISO 3166 list, as
    // forms' country menus print it, is the name "United Republic of Tanzania" turned around.
    private static bool TryResolveListOrder(string printed, out Country country)
    {
        var comma = printed.IndexOf(',', StringComparison.Ordinal);
        var form = comma > 0 ? printed[(comma + 1)..].Trim() : "";
        if (form.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || form.EndsWith(" of the", StringComparison.OrdinalIgnoreCase))
        {
            return ByName.TryGetValue(NormalizeName($"{form} {printed[..comma].Trim()}"), out country!);
        }

        country = null!;
        return false;
    }

    // A country whose article is never left out: "Salvador" alone is the Brazilian city ("CESE – Salvador, Bahia"),
    // not El Salvador.
    private static readonly FrozenSet<string> OnlyWithTheirArticle = new[] { "salvador" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Finds a country by the adjective of its nationality, as a letter prints it for an organization's place:
    /// "Kenyan", "South Sudanese", "Burkinabè", ignoring case and accents. An adjective is no name: "Kenyan" is not
    /// found by <see cref="TryResolveName"/>, nor "Kenya" here.
    /// </summary>
    public static bool TryResolveDemonym(string printed, out Country country)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return ByDemonym.TryGetValue(NormalizeName(printed), out country!);
    }

    /// <summary>"Congolese", "Korean": an adjective of nationality that two countries share, and so names neither.</summary>
    public static bool IsSharedDemonym(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return SharedDemonymKeys.Contains(NormalizeName(printed));
    }

    /// <summary>Every adjective of nationality, by its lookup key ("south sudanese"), with its country.</summary>
    public static IEnumerable<(string Key, Country Country)> Demonyms => ByDemonym.Select(pair => (pair.Key, pair.Value));

    /// <summary>The lookup key of a printed country name: lower case, no accents, no punctuation, no leading article.</summary>
    public static string NormalizeName(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        // The accents go as in every name key; the rest is this table's own rule, not OrganizationNameForm's: the
        // articles of three languages go ("la République démocratique du Congo"), where an organization's "Le" or "La"
        // is part of its name, and "&" is not read as "and" (the table lists "Bosnia & Herzegovina" as printed).
        var unaccented = Accents.Remove(WithoutElidedArticle(printed.Trim()));
        var builder = new StringBuilder(unaccented.Length);
        foreach (var c in unaccented)
        {
            if (c is '\'' or '’' or '.')
            {
                // "Cote d'Ivoire" and "Cote dIvoire", "U.S.A." and "USA" are the same name.
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = words.Length > 1 && LeadingArticles.Contains(words[0]) ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }

    private static readonly FrozenSet<string> LeadingArticles =
        new[] { "the", "le", "la", "les", "el", "los", "las" }.ToFrozenSet(StringComparer.Ordinal);

    // "l'Ouganda", "L’Argentine": the French article elided before a vowel.
    private static string WithoutElidedArticle(string text) =>
        text.Length > 2 && text[0] is 'l' or 'L' && text[1] is '\'' or '’' ? text[2..] : text;

    private static FrozenDictionary<string, Country> BuildByCode() =>
        Rows.ToFrozenDictionary(
            row => row.Code,
            row => new Country(new CountryCode(row.Code), row.Name, row.Aliases),
            StringComparer.Ordinal);

    private static FrozenDictionary<string, Country> BuildByName()
    {
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in ByCode.Values)
        {
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                var key = NormalizeName(name);
                if (byName.TryGetValue(key, out var other) && other.Code != country.Code)
                {
                    throw new InvalidOperationException(
                        $"The country table gives '{name}' to both {other.Code} and {country.Code}.");
                }

                byName[key] = country;
            }
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Country> BuildByDemonym()
    {
        var byDemonym = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var (code, demonyms) in DemonymRows)
        {
            foreach (var demonym in demonyms)
            {
                if (!byDemonym.TryAdd(NormalizeName(demonym), ByCode[code]))
                {
                    throw new InvalidOperationException($"The country table gives the adjective '{demonym}' to two countries.");
                }
            }
        }

        return byDemonym.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
