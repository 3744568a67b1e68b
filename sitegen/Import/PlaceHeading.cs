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
        var match = Heading().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim();
        var scopes = ScopeJoin().Split(place);
        if (scopes.All(part => Scope().IsMatch(part)))
        {
            // "INTERNATIONAL ORGANIZATIONS" is the region International; "National organizations" names no place;
            // "Regional and International", "REGIONALES E INTERNACIONALES": the widest of them.
            var words = scopes.Select(part => Scope().Match(part).Groups["word"].Value.ToLowerInvariant()).ToList();
            return words.Any(w => w.StartsWith("internation", StringComparison.Ordinal) || w.StartsWith("internacion", StringComparison.Ordinal)) ? new PrintedPlaces([], ["International"])
                : words.Any(w => w.StartsWith("global", StringComparison.Ordinal)) ? new PrintedPlaces([], ["Global"])
                : PrintedPlaces.None;
        }

        return Places.TryRead(place) is { } places ? places with { Regions = [.. places.Regions.Select(Places.RegionName)] } : null;
    }

    // Decoration around the place ("— KENYA —", "## Kenya", "Kenya:"), a lead-in ("Organizations from", "Signataires
    // du"), and a count after it ("Kenya (12)", "Uganda (3 organizations)").
    [GeneratedRegex(@"^[\s\-–—*#=_•·]*(?:(?:organi[sz]ations?|ngos|groups|signator(?:y|ies)|signataires|organizaciones|firmantes)\s+(?:(?:from|in|based\s+in|de|du|des|en)\s+|d'))?(?<place>[^()\d:]+?)(?:\s*\(\d+[^()]*\))?[\s:\-–—*#=_]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // "International organizations", "Organisations internationales", "Organizaciones regionales", "NATIONAL".
    [GeneratedRegex(@"^(?:(?:organi[sz]ations?|organizaciones|ong|ongs)\s+)?(?<word>international|global|regional|sub-?regional|national|local|internationales?|nationales?|régionales?|regionales?|internacional(?:es)?|nacional(?:es)?|locales?|globales?)(?:\s+(?:organi[sz]ations?|ngos|networks|groups|organizaciones|signatories|signataires|members))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Scope();

    [GeneratedRegex(@"\s+(?:and|&|et|y|e)\s+|\s*[,/]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScopeJoin();
}
