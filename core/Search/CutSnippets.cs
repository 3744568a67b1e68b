using System.Text;
using Lucene.Net.Analysis;

namespace Archive.Core.Search;

/// <summary>
/// Finds the words of a text that a query matched, by running the text through the same analyzer as the index
/// and keeping each token's character offsets, then cuts escaped HTML around them with <c>&lt;mark&gt;</c>.
/// (Lucene's Highlighter package is not available to us; offsets from the analyzer are all it needs.)
/// </summary>
internal sealed class CutSnippets(Analyzer analyzer, ShortValueTokens shortValues, SearchQuery query)
{
    private const int Context = 90;
    private const int MaxPassages = 3;
    private const int LeadLength = 240;

    /// <summary>Each value of a field that has a matched word, whole, with its matches marked.</summary>
    public IEnumerable<SearchSnippet> Whole(string field, IEnumerable<string> values)
    {
        if (!LooksIn(field))
        {
            yield break;
        }

        foreach (var value in values)
        {
            var matches = Matches(field, f => shortValues.Of(f, value));
            if (matches.Count > 0)
            {
                yield return new SearchSnippet(field, Render(value, 0, value.Length, matches));
            }
        }
    }

    /// <summary>Up to three passages around the matched words of a long text; its opening when nothing matched.</summary>
    public IEnumerable<SearchSnippet> Passages(string field, string text)
    {
        var matches = !LooksIn(field) || text.Length == 0
            ? []
            : Matches(field, f => ShortValueTokens.Analyze(analyzer, f, text, query.TermsIn(f)));
        if (matches.Count == 0)
        {
            var end = text.Length <= LeadLength ? text.Length : WordEnd(text, LeadLength);
            return text.Length == 0 ? [] : [new SearchSnippet(field, Render(text, 0, end, []))];
        }

        var passages = new List<(int Start, int End)>();
        foreach (var (start, end) in matches)
        {
            if (passages.Count > 0 && start <= passages[^1].End)
            {
                passages[^1] = (passages[^1].Start, Math.Max(passages[^1].End, Math.Min(text.Length, end + Context)));
            }
            else if (passages.Count < MaxPassages)
            {
                passages.Add((Math.Max(0, start - Context), Math.Min(text.Length, end + Context)));
            }
        }

        return passages.Select(p => new SearchSnippet(field, Render(text, WordStart(text, p.Start), WordEnd(text, p.End), matches)));
    }

    /// <summary>Whether the query looks for any word in this field or in its unstemmed copy.</summary>
    private bool LooksIn(string field) =>
        query.TermsIn(field).Set.Count > 0 || query.TermsIn(SearchFields.Unstemmed(field)).Set.Count > 0;

    /// <summary>
    /// The character ranges of the tokens the query matched in this field: any token that is one of its words, the
    /// tokens of each phrase where all its words stand at their positions, as Lucene matched them, and the tokens of
    /// the unstemmed copy that a prefix, wildcard or fuzzy word expanded to. <paramref name="analyze"/> gives the
    /// text's tokens as a field (this one or its copy) holds them; both have the same positions and characters.
    /// </summary>
    private List<(int Start, int End)> Matches(string field, Func<string, IReadOnlyList<AnalyzedToken>> analyze)
    {
        var marked = new SortedSet<(int Start, int End)>();
        var unstemmed = SearchFields.Unstemmed(field);
        if (query.TermsIn(unstemmed).Set.Count > 0)
        {
            foreach (var token in analyze(unstemmed).Where(t => query.Words.Contains((unstemmed, t.Term))))
            {
                marked.Add((token.Start, token.End));
            }
        }

        var wanted = query.TermsIn(field);
        List<AnalyzedToken> tokens = wanted.Set.Count == 0 ? [] : analyze(field).Where(t => wanted.Set.Contains(t.Term)).ToList();
        foreach (var token in tokens.Where(t => query.Words.Contains((field, t.Term))))
        {
            marked.Add((token.Start, token.End));
        }

        var byPosition = tokens.ToLookup(t => t.Position);
        foreach (var phrase in query.Phrases.Where(p => p.Field == field))
        {
            foreach (var first in tokens.Where(t => t.Term == phrase.Words[0].Text))
            {
                var found = phrase.Words
                    .Select(w => byPosition[first.Position + w.Offset].FirstOrDefault(t => t.Term == w.Text))
                    .ToList();
                if (found.All(t => t.Term is not null))
                {
                    foreach (var t in found)
                    {
                        marked.Add((t.Start, t.End));
                    }
                }
            }
        }

        return [.. marked];
    }

    /// <summary>Escapes text[start..end] for HTML, runs of white space as one space, and marks the matches in it.</summary>
    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
        var next = 0;
        var lastWasSpace = false;
        for (var i = start; i < end; i++)
        {
            if (next < inside.Count && i == inside[next].Start)
            {
                html.Append("<mark>");
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    html.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                AppendEscaped(html, c);
                lastWasSpace = false;
            }

            if (next < inside.Count && i == inside[next].End - 1)
            {
                html.Append("</mark>");
                next++;
            }
        }

        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Trim();
    }

    private static void AppendEscaped(StringBuilder html, char c)
    {
        switch (c)
        {
            case '&': html.Append("&amp;"); break;
            case '<': html.Append("&lt;"); break;
            case '>': html.Append("&gt;"); break;
            case '"': html.Append("&quot;"); break;
            case '\'': html.Append("&#39;"); break;
            default: html.Append(c); break;
        }
    }

    private static int WordStart(string text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }

        var space = text.LastIndexOfAny([' ', '\n', '\t'], index);
        return space < 0 ? 0 : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.IndexOfAny([' ', '\n', '\t'], index);
        return space < 0 ? text.Length : space;
    }
}
