using Archive.Core.Letters;

namespace Archive.Core.Content;

/// <summary>The letters two organizations both signed (<see cref="CoSignaturePair.Letters"/>), oldest first, read from their places in the archive's list.</summary>
public readonly struct SharedLetters : IReadOnlyList<Letter>
{
    private readonly IReadOnlyList<Letter> _archiveLetters;
    private readonly ArraySegment<int> _places;

    internal SharedLetters(IReadOnlyList<Letter> archiveLetters, ArraySegment<int> places)
    {
        _archiveLetters = archiveLetters;
        _places = places;
    }

    /// <summary>How many letters.</summary>
    public int Count => _places.Count;

    /// <summary>The letter at <paramref name="index"/>.</summary>
    public Letter this[int index] => _archiveLetters[_places[index]];

    /// <inheritdoc/>
    public IEnumerator<Letter> GetEnumerator()
    {
        foreach (var place in _places)
        {
            yield return _archiveLetters[place];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
