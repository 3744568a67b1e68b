namespace Archive.Core.Content.Yaml;

/// <summary>A node of parsed YAML with the 1-based line it starts on (in the parsed text).</summary>
internal abstract record YamlValue(int Line);

/// <summary>A scalar. <see cref="Value"/> is null for an empty or null plain scalar (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
internal sealed record YamlScalar(string? Value, int Line) : YamlValue(Line);

/// <summary>A sequence, block (<c>- a</c>) or flow (<c>[a, b]</c>).</summary>
internal sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line) : YamlValue(Line);

/// <summary>A mapping whose keys are scalars, in written order.</summary>
internal sealed record YamlMap(IReadOnlyList<(YamlScalar Key, YamlValue Value)> Entries, int Line) : YamlValue(Line)
{
    public YamlValue? this[string key]
    {
        get
        {
            // Indexed, not enumerated: an enumerator through the interface is an allocation, for every field
            // of every signatory of every letter.
            for (var i = 0; i < Entries.Count; i++)
            {
                if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal))
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}
