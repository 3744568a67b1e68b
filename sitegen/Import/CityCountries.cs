using Archive.Core.Countries;

namespace Archive.SiteGen.Import;

/// <summary>
/// A city printed for an organization, with no country, gives its country: "Brot für die Welt, Berlin" is in Germany,
/// "Human Rights Watch (Geneva)" in Switzerland, "…, Genf/New York" in both. A country or region the line or its
/// heading prints stands ("Control Arms (New York)" under INTERNATIONAL is international); a country read only from the
/// name gives way ("Radio Dabanga Sudan, Amsterdam" is in the Netherlands), and so do the places of a heading that says
/// what the organizations are ("Syria Relief – Manchester" under "Syrian organisations" is in the United Kingdom). A
/// city several countries have ("Santiago", "Cambridge") or one the archive does not know gives none, and the report
/// says which city gave which country so that the editor can check it.
/// </summary>
internal static class CityCountries
{
    public static PrintedSignatory Given(PrintedSignatory signatory)
    {
        if (signatory.City is not { } city || (signatory.Places.Any && !signatory.PlacedOnlyByName && !signatory.FromHeadingOfKind) || Of(city) is not { Count: > 0 } countries)
        {
            return signatory;
        }

        var note = $"country {string.Join(", ", countries)} from the city '{city}'";
        return signatory with
        {
            Places = new PrintedPlaces(countries, []),
            FromName = null,
            FromCity = true,
            Note = signatory.Note is { } earlier ? $"{earlier}; {note}" : note,
        };
    }

    // "Genf/New York", "Jakarta and Dili": each part that is a city the archive places in one country; "Porto Alegre/RS",
    // "McLean, VA": the country of the state's code after the city (<see cref="KnownCities.CityAndState"/>); "Victoria,
    // British Columbia": the country of the province after the comma, which says which Victoria.
    public static List<CountryCode> Of(string city) =>
        KnownCities.CityAndState(city) is { Country: { } country } ? [country]
        : city.Split(',', StringSplitOptions.TrimEntries) is [_, var division] && KnownCities.CountryOfDivision(division) is { } ofDivision ? [ofDivision]
        : [.. city.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(KnownCities.Seats).Select(KnownCities.CountryOf).OfType<CountryCode>().Distinct()];
}
