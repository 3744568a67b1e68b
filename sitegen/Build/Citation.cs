using System.Text;
using Archive.Core.Letters;

namespace Archive.SiteGen.Build;

/// <summary>How to cite a letter: a Chicago-style note and a BibTeX entry, both ending in the permalink.</summary>
internal static class Citation
{
    private static readonly string[] BibTexMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Chicago (notes and bibliography) for an unpublished letter: author, title, recipient, date, where to find it.</summary>
    public static string Chicago(Letter letter, string? author, string siteTitle, string permalink)
    {
        var builder = new StringBuilder();
        if (author is not null)
        {
            builder.Append(EndSentence(author)).Append(' ');
        }

        builder.Append('“').Append(EndSentence(letter.Title)).Append("” ");
        builder.Append("Open letter");
        if (letter.Recipients.Count > 0)
        {
            builder.Append(" to ").Append(string.Join("; ", letter.Recipients));
        }

        builder.Append(", ").Append(DisplayDate(letter)).Append(". ");
        builder.Append(EndSentence(siteTitle)).Append(' ').Append(permalink).Append('.');
        return builder.ToString();
    }

    public static string BibTex(Letter letter, string? author, string siteTitle, string permalink)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", "{{" + Escape(letter.Title) + "}}"),
        };
        if (author is not null)
        {
            // Double braces: an organization is one name, not "Last, First"; in the title they keep its capitals.
            fields.Add(("author", "{{" + Escape(author) + "}}"));
        }

        fields.Add(("year", letter.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
        if (letter.Date.Precision != DatePrecision.Year)
        {
            fields.Add(("month", BibTexMonths[letter.Date.Month - 1]));
        }

        fields.Add(("howpublished", "{Open letter}"));
        fields.Add(("url", "{" + permalink + "}"));
        if (letter.DateIsEstimate)
        {
            fields.Add(("note", "{Undated; date estimated}"));
        }

        fields.Add(("publisher", "{" + Escape(siteTitle) + "}"));
        var builder = new StringBuilder();
        builder.Append("@misc{").Append(letter.Id).Append(",\n");
        foreach (var (name, value) in fields)
        {
            builder.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }

        builder.Append('}');
        return builder.ToString();
    }

    private static string DisplayDate(Letter letter) =>
        letter.DateIsEstimate ? $"undated [{letter.Date.ToDisplayString()}]" : letter.Date.ToDisplayString();

    private static string EndSentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    // BibTeX's special characters; braces are dropped rather than escaped so that a title cannot unbalance the entry.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' or '%' or '$' or '#' or '_' => builder.Append('\\').Append(c),
                '{' or '}' or '\\' => builder,
                '~' => builder.Append("\\textasciitilde{}"),
                '^' => builder.Append("\\textasciicircum{}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
