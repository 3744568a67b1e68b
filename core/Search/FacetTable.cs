using Archive.Core.Content;

namespace Archive.Core.Search;

/// <summary>
/// The values of one facet (organization ids or country codes), numbered once at index time in the order the facet
/// lists ties in (label A–Z, then value), so counting a result set is adding up small integers and ordering it
/// compares integers: no name folding or lookups per request.
/// </summary>
internal sealed class FacetTable
{
    private readonly (string Value, string Label)[] _values;
    private readonly Dictionary<string, int> _slots;

    public FacetTable(IEnumerable<(string Value, string Label)> values)
    {
        _values = [.. NameComparer.OrderByName(values.DistinctBy(v => v.Value, StringComparer.Ordinal), v => v.Label)
            .ThenBy(v => v.Value, StringComparer.Ordinal)];
        _slots = _values.Select((v, slot) => (v.Value, slot)).ToDictionary(v => v.Value, v => v.slot, StringComparer.Ordinal);
    }

    /// <summary>How many distinct values there are.</summary>
    public int Count => _values.Length;

    /// <summary>The number of a value; its rank among ties.</summary>
    public int SlotOf(string value) => _slots[value];

    /// <summary>The number of a value, if any letter has it.</summary>
    public bool TryGetSlot(string value, out int slot) => _slots.TryGetValue(value, out slot);

    /// <summary>
    /// The values with a count above 0, most first, ties in label order; at most <paramref name="limit"/> of them.
    /// </summary>
    public List<FacetCount> Top(int[] counts, int limit)
    {
        var present = new List<int>();
        for (var slot = 0; slot < counts.Length; slot++)
        {
            if (counts[slot] > 0)
            {
                present.Add(slot);
            }
        }

        // Slots are already in tie order, so a count-then-slot comparison gives the whole order.
        present.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        return [.. present.Take(limit).Select(slot => new FacetCount(_values[slot].Value, _values[slot].Label, counts[slot]))];
    }
}
