using System.Text.RegularExpressions;

namespace Archive.Core.Organizations;

/// <summary>
/// An organization's identifier in an authority file (Wikidata, VIAF, ROR), and its address there: the one place
/// that knows how each identifier is written and where it points, for the page, the JSON-LD, CMIF and the API.
/// </summary>
/// <param name="Authority">The authority's name as a reader knows it: <c>Wikidata</c>, <c>VIAF</c>, <c>ROR</c>.</param>
/// <param name="Value">The identifier as the organization file writes it: <c>Q42</c>, <c>123456789</c>, <c>02mhbdp94</c>.</param>
/// <param name="Uri">Its permanent address at the authority.</param>
public sealed partial record AuthorityId(string Authority, string Value, Uri Uri)
{
    /// <summary>The organization's identifiers, in a fixed order (Wikidata, VIAF, ROR), each present once at most.</summary>
    public static IReadOnlyList<AuthorityId> Of(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var ids = new List<AuthorityId>(3);
        if (organization.Wikidata is { } wikidata)
        {
            ids.Add(new AuthorityId("Wikidata", wikidata, new Uri("https://www.wikidata.org/wiki/" + wikidata)));
        }

        if (organization.Viaf is { } viaf)
        {
            ids.Add(new AuthorityId("VIAF", viaf, new Uri("https://viaf.org/viaf/" + viaf)));
        }

        if (organization.Ror is { } ror)
        {
            ids.Add(new AuthorityId("ROR", ror, new Uri("https://ror.org/" + ror)));
        }

        return ids;
    }

    /// <summary>What is wrong with a Wikidata item id (<c>Q</c> and a number), or null when it is well formed.</summary>
    public static string? WikidataProblem(string value) => WikidataPattern().IsMatch(value)
        ? null
        : $"'wikidata' must be a Wikidata item id, Q and a number such as Q42 (without the address), not '{value}'";

    /// <summary>What is wrong with a VIAF id (digits only), or null when it is well formed.</summary>
    public static string? ViafProblem(string value) => ViafPattern().IsMatch(value)
        ? null
        : $"'viaf' must be a VIAF id, its digits only such as 123456789 (without the address), not '{value}'";

    /// <summary>
    /// What is wrong with a ROR id, or null when it is well formed: <c>0</c>, six characters of Crockford's base 32
    /// (digits and lower-case letters but i, l, o and u) and two check digits, which must match (ROR's own rule:
    /// 98 minus the number times 100 modulo 97), so a mistyped character is caught.
    /// </summary>
    public static string? RorProblem(string value)
    {
        const string Form = "'ror' must be a ROR id, 0 then six letters or digits then two check digits such as 02mhbdp94 (without the address)";
        var match = RorPattern().Match(value);
        if (!match.Success)
        {
            return $"{Form}, not '{value}'";
        }

        long number = 0;
        foreach (var c in match.Groups[1].ValueSpan)
        {
            number = (number * 32) + CrockfordDigits.IndexOf(c, StringComparison.Ordinal);
        }

        var check = 98 - (number * 100 % 97);
        return check == int.Parse(match.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            ? null
            : $"the ROR id '{value}' has check digits {match.Groups[2].Value} where its first seven characters give {check:00}: a character is mistyped";
    }

    /// <summary>The form of a Wikidata item id, as a regular expression (for the OpenAPI document too).</summary>
    public const string WikidataForm = "^Q[1-9][0-9]{0,11}$";

    /// <summary>The form of a VIAF id.</summary>
    public const string ViafForm = "^[1-9][0-9]{0,21}$";

    /// <summary>The form of a ROR id (its check digits aside).</summary>
    public const string RorForm = "^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$";

    private const string CrockfordDigits = "0123456789abcdefghjkmnpqrstvwxyz";

    [GeneratedRegex(WikidataForm, RegexOptions.CultureInvariant)]
    private static partial Regex WikidataPattern();

    [GeneratedRegex(ViafForm, RegexOptions.CultureInvariant)]
    private static partial Regex ViafPattern();

    [GeneratedRegex("^0([0-9a-hjkmnp-tv-z]{6})([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RorPattern();
}
