using Archive.Core.Countries;

namespace Archive.Core.Organizations;

/// <summary>
/// A name as <see cref="NameVariant"/> and <see cref="NameSimilarity"/> compare it, folded once: its words
/// (<see cref="OrganizationNameForm"/>), its compact form, the countries its words name and its reading in English
/// (<see cref="NameGlossary"/>). The matcher folds each organization's names when it is built and a printed name once
/// per query, instead of folding both for every pair it compares; the rules stay where they are.
/// </summary>
internal sealed class FoldedName
{
    private FoldedName(string name)
    {
        Name = name;
        Words = OrganizationNameForm.Words(name);
        Compact = OrganizationNameForm.Compact(name);
        Significant = [.. Words.Where(w => !NameVariant.IsSmallWord(w))];
        CountryPhrases = NameVariant.CountryPhrases(Significant);
        Reading = NameGlossary.Read(name);
        ReadingCountries = NameVariant.ReadingCountries(Reading);
    }

    /// <summary>The name as given.</summary>
    public string Name { get; }

    /// <summary>The words of its normalized form.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The normalized form without spaces.</summary>
    public string Compact { get; }

    /// <summary>Its words without the small ones (<see cref="NameVariant.IsSmallWord"/>).</summary>
    public IReadOnlyList<string> Significant { get; }

    /// <summary>The phrases of one to three of its <see cref="Significant"/> words that name a country, longest first, then from the left.</summary>
    public IReadOnlyList<(int Start, int Length, string Phrase, CountryCode Country)> CountryPhrases { get; }

    /// <summary>The name read in English.</summary>
    public NameGlossary.Reading Reading { get; }

    /// <summary>The countries each word of <see cref="Reading"/> names.</summary>
    public IReadOnlyList<IReadOnlyList<CountryCode>> ReadingCountries { get; }

    /// <summary>Folds a name.</summary>
    public static FoldedName Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new FoldedName(name);
    }
}
