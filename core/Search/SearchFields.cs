using System.Collections.Frozen;

namespace Archive.Core.Search;

/// <summary>The fields a query can name (<c>title:</c>, <c>body:</c>, <c>signatory:</c>, <c>recipient:</c>) and their aliases.</summary>
public static class SearchFields
{
    /// <summary>The letter's title.</summary>
    public const string Title = "title";

    /// <summary>The letter's text as plain text.</summary>
    public const string Body = "body";

    /// <summary>The recipients and those copied.</summary>
    public const string Recipient = "recipient";

    /// <summary>
    /// Every name of every signing organization (as printed, canonical name, acronym, aliases) and the names of
    /// the individuals who signed.
    /// </summary>
    public const string Signatory = "signatory";

    /// <summary>The stored letter id; not searchable by the query language.</summary>
    internal const string Id = "id";

    // Not a name a query can type: a field of the query language never has a dot.
    private const string UnstemmedSuffix = ".unstemmed";

    /// <summary>The fields an unqualified word searches, with how much a match in each counts.</summary>
    public static IReadOnlyDictionary<string, float> Boosts { get; } = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Title] = 3f,
        [Signatory] = 2f,
        [Recipient] = 1.5f,
        [Body] = 1f,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // What a user may type before the colon; "organization:" reads more naturally to some and means the same.
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Title] = Title,
        [Body] = Body,
        [Recipient] = Recipient,
        ["recipients"] = Recipient,
        [Signatory] = Signatory,
        ["signatories"] = Signatory,
        ["organization"] = Signatory,
        ["organisation"] = Signatory,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names a query may use before a colon, for messages.</summary>
    public static string Names => "title, body, signatory (or organization), recipient";

    /// <summary>
    /// The copy of a field with its words unstemmed ("responsibilities", not "respons"): what prefixes, wildcards and
    /// fuzzy words are matched against, so they mean words as written (issue 18).
    /// </summary>
    public static string Unstemmed(string field) => field + UnstemmedSuffix;

    /// <summary>Whether a field is the unstemmed copy of another.</summary>
    public static bool IsUnstemmed(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.EndsWith(UnstemmedSuffix, StringComparison.Ordinal);
    }

    /// <summary>The field a name typed in a query stands for, if it is one.</summary>
    public static bool TryResolve(string typed, out string field) => ByName.TryGetValue(typed, out field!);
}
