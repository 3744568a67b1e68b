namespace Archive.SiteGen.Import;

/// <summary>An organization as a letter prints it: the name without its place, the places, the line, and what was set aside.</summary>
internal sealed record PrintedSignatory(string Name, PrintedPlaces Places, int Line, string? Note = null)
{
    /// <summary>The whole item as printed, place included ("Human Rights Network, Uganda"), to recognise a list printed twice.</summary>
    public string Text { get; init; } = Name;

    /// <summary>
    /// A country read only from the name ("Oxfam-Australia", "ALTSEAN-Burma"), not printed beside it: a name may be
    /// about a country rather than in it, so it never argues against an organization the name matches.
    /// </summary>
    public Archive.Core.Countries.CountryCode? FromName { get; init; }

    /// <summary>Whether its only place is the country read from its name: nothing printed beside it says where it is.</summary>
    public bool PlacedOnlyByName => FromName is { } named && Places.Countries is [var only] && only.Equals(named) && Places.Regions.Count == 0;

    /// <summary>
    /// The name with what was read as its place: the country its dash separated from it ("Front Line Defenders –
    /// Ireland"), when the list prints places apart from names and so the dash is read as a separator; or, under a
    /// country heading, words in brackets read as its town ("DanChurchAid (Folkekirkens Nødhjælp)"). Kept if it is an
    /// organization's name.
    /// </summary>
    public string? WholeName { get; init; }

    /// <summary>
    /// The city (or cities, "Genf/New York") the line printed for it and the name was read without ("Brot für die
    /// Welt, Berlin"): when the line prints no country, the city's country is its country (<see cref="CityCountries"/>).
    /// </summary>
    public string? City { get; init; }

    /// <summary>
    /// Whether its countries are its city's, not printed: like a country read from the name, they do not argue
    /// against an organization the name matches (Human Rights Watch signs from its Berlin office too).
    /// </summary>
    public bool FromCity { get; init; }

    /// <summary>
    /// Whether its places are those of a heading that says what the organizations under it are ("Syrian
    /// organisations"), not printed beside it: a town it prints ("… – Gaziantep") says where it sits, over them.
    /// </summary>
    public bool FromHeadingOfKind { get; init; }
}
