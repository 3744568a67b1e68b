using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Places printed around a name in any order and with any separator, as lists that copy each signatory's address
/// print them: after the name ("Justice Plus (Bunia, Ituri – RDC)", "Droits Humains Sans Frontières (DHSF), RDC –
/// Bukavu", "Human Rights Focus (HURIFO) / Gulu / Ouganda", "Forum … (FORSC) : Bujumbura – Burundi") or before it
/// ("Kigali (Rwanda) : Ligue …", "Genève, Suisse — TRIAL"). A run of places is made of cities, provinces, countries and
/// regions only, with at least one country or region; its cities and provinces are left out (they give no country).
/// </summary>
internal static partial class PlaceRun
{
    /// <summary>The name and the places around it, with the cities and provinces left out; null when no run of places is there.</summary>
    public static (string Name, PrintedPlaces Places, string LeftOut)? TryRead(string text)
    {
        foreach (Match separator in RunStart().Matches(text))
        {
            // The earliest start that leaves a name before it and only places after it: a country alone after a dash or
            // a slash may be part of the name ("World Federalist Movement – Canada", "SOS-Torture/Burundi"), which the
            // rules for a country in a name decide; with a city or a province, or after a comma, it is a place.
            var name = text[..separator.Index].Trim();
            if (IsName(name) && ReadRun(text[separator.Index..]) is { } after && (after.LeftOut.Length > 0 || !DashOrSlash().IsMatch(separator.Value)))
            {
                return (name, after.Places, after.LeftOut);
            }
        }

        // Before the name, a country alone after a dash may start the name ("Sudan – Darfur Women's Network"): a list
        // that prints its places first is read as such when most of its lines do; here, a city or a colon says it.
        return PlacesFirst().Match(text) is { Success: true } first && IsName(first.Groups["name"].Value) && ReadRun(first.Groups["places"].Value) is { } before
            && (before.LeftOut.Length > 0 || first.Groups["separator"].Value.Contains(':', StringComparison.Ordinal))
            ? (first.Groups["name"].Value.Trim(), before.Places, before.LeftOut)
            : null;
    }

    /// <summary>
    /// "Aegis Trust, Newark", "Défenseurs … (DDHSF), Kindu (Maniema)", "Forum … (FORSC) : Bujumbura": under a country the
    /// line prints elsewhere, a city and its province after a comma or a colon are where the organization is, not its
    /// name; they give no country and are left out, and so is that country printed again among them ("…, RDC"). After
    /// a dash they may be a name's end ("… – Ditshwanelo"), and words that are no known city may be a part of it
    /// ("Commission Justice et Paix, Archidiocèse de Kananga").
    /// </summary>
    public static (string Name, string LeftOut)? CitiesAfter(string name, PrintedPlaces places)
    {
        foreach (Match separator in CitiesStart().Matches(name))
        {
            var before = name[..separator.Index].Trim();
            var cities = RunSeparator().Split(name[separator.Index..]).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
            bool IsItsPlace(string city) =>
                KnownCities.Contains(city) || (!city.Contains(' ', StringComparison.Ordinal) && IsCityOrProvince(city))
                || (Places.TryCountry(city, out var country) && places.Countries.Contains(country));
            if (IsName(before) && cities.Count is > 0 and <= 3 && cities.All(IsItsPlace))
            {
                return (before, string.Join(", ", cities));
            }
        }

        return null;
    }

    private static (PrintedPlaces Places, string LeftOut)? ReadRun(string run)
    {
        var found = PrintedPlaces.None;
        var leftOut = new List<string>();
        foreach (var token in RunSeparator().Split(run).Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (!Places.IsAlpha3(token) && Places.TryRead(token) is { } place)
            {
                found = found.Plus(place);
            }
            else if (IsCityOrProvince(token))
            {
                leftOut.Add(token);
            }
            else
            {
                return null;
            }
        }

        return found.Any ? (found, string.Join(", ", leftOut)) : null;
    }

    // "Bunia", "Nord-Kivu", "New-York": a city or a province reads like a city's name; a word with capitals inside
    // ("DHSF", "TLS", "FIDA Kenya") is an acronym or has one, not a place; nor is an ISO code.
    private static bool IsCityOrProvince(string token) =>
        token.Any(char.IsLower) && !Capitals().IsMatch(token) && SignatoryLine.IsCityName(token);

    // A name may read like a city's ("Justice Plus"); it is no place.
    private static bool IsName(string text) =>
        text.Any(char.IsLetter) && Places.TryRead(text) is null;

    // Where a run of places may start after a name: a comma, a slash, a colon, a spaced dash or an opening bracket.
    [GeneratedRegex(@"\s*(?:,|/|\s:|:\s|\s[-–—]\s|\()", RegexOptions.CultureInvariant)]
    private static partial Regex RunStart();

    [GeneratedRegex(@"\s*(?:,|/|;|:|\(|\)|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex RunSeparator();

    [GeneratedRegex(@"\p{Lu}\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Capitals();

    [GeneratedRegex(@"[-–—/]", RegexOptions.CultureInvariant)]
    private static partial Regex DashOrSlash();

    [GeneratedRegex(@"\s*(?:,|\s:|:\s)", RegexOptions.CultureInvariant)]
    private static partial Regex CitiesStart();

    // "Kigali (Rwanda) : Ligue …", "Genève, Suisse — TRIAL": the places, then a colon or a spaced dash, then the name.
    [GeneratedRegex(@"^(?<places>[^:–—]+?)(?<separator>\s*(?::|\s[-–—]\s)\s*)(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacesFirst();
}
