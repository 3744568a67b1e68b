using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// Takes the dots out of an acronym written with them: the tokenizer keeps "U.N." as one word "u.n" (dropping the
/// last dot), and a reader who types "UN" or "U.N." means the same organization (issue 18). Only single letters
/// between dots count as an acronym, so numbers ("1.5") and domain names ("hrw.org") are left as they are.
/// </summary>
internal sealed class AcronymDotsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public AcronymDotsFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (IsDottedAcronym(buffer, length))
        {
            // Letters stand at the even places: move each to its place without the dots.
            for (var i = 2; i < length; i += 2)
            {
                buffer[i / 2] = buffer[i];
            }

            _term.Length = (length + 1) / 2;
        }

        return true;
    }

    /// <summary>"u.n", "u.n.h.c.r": a letter, then a dot and a letter, at least once.</summary>
    private static bool IsDottedAcronym(char[] buffer, int length)
    {
        if (length < 3 || length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(buffer[i]) : buffer[i] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
