namespace Archive.Core.Organizations;

/// <summary>How a printed name was matched to an organization, from the safest to "ask the editor".</summary>
public enum MatchMethod
{
    /// <summary>The printed name is one of the organization's names, up to typography.</summary>
    Alias,

    /// <summary>The printed acronym (or the whole name) is the organization's acronym.</summary>
    Acronym,

    /// <summary>The names are the same once case, accents, punctuation, "The", hyphens and "&amp;" are set aside.</summary>
    Normalized,

    /// <summary>
    /// The printed name is one of the organization's names written another way (<see cref="NameVariant"/>): small
    /// words, spacing, spelling, its country, an acronym for some of its words or another language; a slip of a letter
    /// only when the country agrees. Also a printed acronym that spells the initials of its name, and its name followed
    /// by the university it belongs to in its country.
    /// </summary>
    Variant,

    /// <summary>No organization is like the printed name.</summary>
    New,

    /// <summary>Some organizations are like the printed name, but not surely the same: the editor decides.</summary>
    Review,
}
