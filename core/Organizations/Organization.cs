using Archive.Core.Content;
using Archive.Core.Countries;

namespace Archive.Core.Organizations;

/// <summary>A real organization: one YAML file in <c>content/organizations/</c>, however letters print its name.</summary>
public sealed record Organization
{
    /// <summary>The stable id: the file name without <c>.yml</c>, e.g. <c>human-rights-watch</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>The acronym it goes by, if any ("HURINET").</summary>
    public string? Acronym { get; init; }

    /// <summary>Every other way letters print its name ("DanChurch Aid", an English translation of a French name).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The countries it works from.</summary>
    public IReadOnlyList<CountryCode> Countries { get; init; } = [];

    /// <summary>Its website, if known.</summary>
    public Uri? Website { get; init; }

    /// <summary>Its Wikidata item id (<c>Q42</c>), if known; see <see cref="AuthorityId"/>.</summary>
    public string? Wikidata { get; init; }

    /// <summary>Its VIAF id (digits), if known.</summary>
    public string? Viaf { get; init; }

    /// <summary>Its ROR id (<c>02mhbdp94</c>), if known.</summary>
    public string? Ror { get; init; }

    /// <summary>
    /// The organizations it replaced (renamed, or merged into it), with the names they had: their old addresses lead
    /// here, and their names are among its printed names, as letters of their time print them.
    /// </summary>
    public IReadOnlyList<ReplacedOrganization> Replaces { get; init; } = [];

    /// <summary>A short description in plain text.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// When the organization came into the archive and when its file last changed. Set when the archive is loaded;
    /// an organization made in memory (an import's new organization) has none.
    /// </summary>
    public ContentDates Dates { get; init; }

    /// <summary>The file the organization was read from.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// The organization's own string for <paramref name="printed"/> when it is one of its printed names character for
    /// character, else null. Letters mostly print names exactly so: sharing the string keeps 10,000 letters from
    /// holding 320,000 copies of a few thousand names, and an exact name needs no typographic key to be recognised.
    /// </summary>
    public string? ExactName(string printed)
    {
        if (string.Equals(printed, Name, StringComparison.Ordinal))
        {
            return Name;
        }

        if (string.Equals(printed, Acronym, StringComparison.Ordinal))
        {
            return Acronym;
        }

        foreach (var alias in Aliases)
        {
            if (string.Equals(printed, alias, StringComparison.Ordinal))
            {
                return alias;
            }
        }

        foreach (var replaced in Replaces)
        {
            if (string.Equals(printed, replaced.Name, StringComparison.Ordinal))
            {
                return replaced.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The canonical name, the acronym, every alias and the names of the organizations it replaced: each name a letter
    /// may print for it.
    /// </summary>
    public IEnumerable<string> PrintedNames
    {
        get
        {
            yield return Name;
            if (Acronym is not null)
            {
                yield return Acronym;
            }

            foreach (var alias in Aliases)
            {
                yield return alias;
            }

            foreach (var replaced in Replaces)
            {
                yield return replaced.Name;
            }
        }
    }
}
