namespace Archive.Core.Countries;

/// <summary>
/// The regions organizations are named after ("Women and Law in Southern Africa", "West Africa Network for
/// Peacebuilding", "Forum Asia du Sud-Est") and the countries each holds: a regional body printed from one of its
/// countries is the body filed under another of them. Written as a name reads in English, without its small words
/// ("horn africa" for "Horn of Africa"), in either order: "Afrique australe" and "África Austral" read "africa
/// southern". Only regions whose countries are agreed (the members of their regional bodies: SADC, ECOWAS, EAC and
/// IGAD, ECCAS, ICGLR, ASEAN, SAARC, SICA); "Africa" or "Asia" alone holds too many to tell anything.
/// </summary>
public static class RegionTable
{
    private static readonly (string Name, string[] Words, string[] Countries)[] Regions =
    [
        ("Southern Africa", ["southern", "africa"], ["AO", "BW", "KM", "CD", "SZ", "LS", "MG", "MW", "MU", "MZ", "NA", "SC", "ZA", "TZ", "ZM", "ZW"]),
        ("West Africa", ["west", "africa"], ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"]),
        ("East Africa", ["east", "africa"], ["BI", "CD", "KE", "RW", "SO", "SS", "TZ", "UG", "DJ", "ER", "ET"]),
        ("Horn of Africa", ["horn", "africa"], ["DJ", "ER", "ET", "KE", "SO", "SD", "SS", "UG"]),
        ("Central Africa", ["central", "africa"], ["AO", "BI", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "RW", "ST"]),
        ("Great Lakes", ["great", "lakes"], ["AO", "BI", "CF", "CG", "CD", "KE", "RW", "SS", "SD", "TZ", "UG", "ZM"]),
        ("Southeast Asia", ["southeast", "asia"], ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]),
        ("Southeast Asia", ["south", "east", "asia"], ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]),
        ("South Asia", ["south", "asia"], ["AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"]),
        ("Central America", ["central", "america"], ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"]),
    ];

    /// <summary>
    /// The region named by words that stand together in <paramref name="words"/> (each word with its English
    /// alternatives), in any order, as languages put the point of the compass before or after; with its countries, or
    /// null.
    /// </summary>
    public static (string Name, IReadOnlyList<CountryCode> Countries)? Named(IReadOnlyList<IReadOnlyList<string>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (name, regionWords, countries) in Regions)
        {
            for (var start = 0; start + regionWords.Length <= words.Count; start++)
            {
                var span = words.Skip(start).Take(regionWords.Length).ToList();
                if (regionWords.All(word => span.Any(alternatives => alternatives.Contains(word))))
                {
                    return (name, [.. countries.Select(CodeOf)]);
                }
            }
        }

        return null;
    }

    // The table's codes are written by hand: one the country table lacks is a mistake here, not in a letter.
    private static CountryCode CodeOf(string code) =>
        CountryTable.TryGetByCode(code, out var country) ? country.Code : throw new InvalidOperationException($"'{code}' is no country code");
}
