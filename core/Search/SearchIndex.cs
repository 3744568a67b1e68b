using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Markdown;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Core.Search;

/// <summary>
/// The full-text index of the archive's letters, built once in memory and then only read (safe to share between
/// threads). Each letter is one document with its title, body (plain text), recipients and every name of its
/// signatories: as printed, and each signing organization's canonical name, acronym and aliases, so a search for
/// any name an organization is known by finds its letters.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>How many distinct words a query may expand to (wildcards, fuzzy words, ranges) by default.</summary>
    public const int DefaultMaxQueryTerms = 512;

    private readonly ArchiveContent _archive;
    private readonly LetterAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, IndexedLetter> _letters;
    private readonly int _maxQueryTerms;

    private SearchIndex(ArchiveContent archive, int maxQueryTerms)
    {
        _archive = archive;
        _maxQueryTerms = maxQueryTerms;
        _letters = archive.Letters.DistinctBy(l => l.Id).ToDictionary(l => l.Id, l => IndexedLetter.Of(l, archive), StringComparer.Ordinal);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LetterAnalyzer.Version, _analyzer)))
        {
            foreach (var letter in _letters.Values)
            {
                writer.AddDocument(letter.ToDocument());
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <summary>Indexes every letter of the archive.</summary>
    /// <param name="archive">The loaded archive.</param>
    /// <param name="maxQueryTerms">How many distinct words one query may expand to before it is refused.</param>
    public static SearchIndex Build(ArchiveContent archive, int maxQueryTerms = DefaultMaxQueryTerms)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueryTerms, 1);
        return new SearchIndex(archive, maxQueryTerms);
    }

    /// <summary>
    /// Parses a query in the Lucene query language: words (all must match), "exact phrases", AND, OR, NOT, -word,
    /// prefix*, wild?ard, fuzzy~, field:word for <see cref="SearchFields"/>. An empty query matches every letter.
    /// On failure <paramref name="problem"/> says what is wrong in words a reader can act on.
    /// </summary>
    public bool TryParse(string? text, out SearchQuery query, out string problem)
    {
        text ??= "";
        query = null!;
        problem = "";
        if (text.Length > MaxQueryLength)
        {
            problem = $"the query is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {MaxQueryLength.ToString(CultureInfo.InvariantCulture)} are allowed";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            query = new SearchQuery(text, new MatchAllDocsQuery());
            return true;
        }

        try
        {
            var parsed = WithPositiveClause(new ArchiveQueryParser(_analyzer).Parse(text));
            var rewritten = _searcher.Rewrite(parsed);
            var terms = new HashSet<Term>();
            rewritten.ExtractTerms(terms);
            if (terms.Count > _maxQueryTerms)
            {
                problem = TooManyTerms();
                return false;
            }

            query = new SearchQuery(text, rewritten);
            return true;
        }
        catch (ParseException e)
        {
            problem = Describe(e);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            problem = TooManyTerms();
        }
        catch (ArgumentException e)
        {
            // Lucene reports a malformed regular expression or fuzzy value this way.
            problem = "the query cannot be read: " + FirstLine(e.Message);
        }

        return false;
    }

    /// <summary>Every letter that matches the query and the filter, most relevant first (ties newest first, then by id).</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query, LetterFilter filter)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        var top = _searcher.Search(query.Query, Math.Max(1, _reader.MaxDoc));
        return [.. top.ScoreDocs
            .Select(hit => new SearchHit(_letters[_searcher.Doc(hit.Doc).Get(SearchFields.Id)].Letter, hit.Score))
            .Where(hit => filter.Matches(hit.Letter, _archive))
            .OrderByDescending(hit => hit.Score)
            .ThenByDescending(hit => hit.Letter.Date)
            .ThenBy(hit => hit.Letter.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The pieces of a letter that show why it matched, matched words in <c>&lt;mark&gt;</c>: the title, names
    /// and recipients that matched, then up to three passages of the body (or its opening when the body did not match).
    /// </summary>
    public IReadOnlyList<SearchSnippet> SnippetsOf(SearchQuery query, Letter letter)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(letter);
        var indexed = _letters[letter.Id];
        var highlight = new CutSnippets(_analyzer, query);
        var snippets = new List<SearchSnippet>();
        snippets.AddRange(highlight.Whole(SearchFields.Title, [indexed.Letter.Title]));
        snippets.AddRange(highlight.Whole(SearchFields.Signatory, indexed.Names).Take(5));
        snippets.AddRange(highlight.Whole(SearchFields.Recipient, indexed.Recipients).Take(5));
        snippets.AddRange(highlight.Passages(SearchFields.Body, indexed.Body));
        return snippets;
    }

    /// <summary>Releases the in-memory index.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private string TooManyTerms() =>
        $"a wildcard, fuzzy word or range in the query matches more than {_maxQueryTerms.ToString(CultureInfo.InvariantCulture)} different words; make it more specific (e.g. more letters before the *)";

    /// <summary>
    /// Lucene matches nothing for a query made only of exclusions ("NOT pillar"); a reader means "every letter
    /// except", so such a query gets an implicit "everything" to subtract from.
    /// </summary>
    private static Query WithPositiveClause(Query query)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            var withAll = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
            foreach (var clause in boolean.Clauses)
            {
                withAll.Add(clause);
            }

            return withAll;
        }

        return query;
    }

    /// <summary>Lucene's parse messages end with a long list of expected tokens; the first line says enough.</summary>
    private static string Describe(ParseException e)
    {
        var message = FirstLine(e.Message);
        const string prefix = "Cannot parse '";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            // "Cannot parse 'the query': Encountered ..." repeats the whole query; keep only what was wrong.
            var colon = message.IndexOf("': ", StringComparison.Ordinal);
            message = colon > 0 ? message[(colon + 3)..] : message;
        }

        return "the query cannot be read: " + message.TrimEnd('.') +
            ". Put a phrase in \"quotes\", escape special characters (+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /) with \\, and do not start a word with * or ?";
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    /// <summary>A letter as indexed: its text per field, kept to cut snippets from.</summary>
    private sealed record IndexedLetter(Letter Letter, string Body, IReadOnlyList<string> Names, IReadOnlyList<string> Recipients)
    {
        public static IndexedLetter Of(Letter letter, ArchiveContent archive)
        {
            var names = new List<string>();
            foreach (var signatory in letter.Signatories)
            {
                names.Add(signatory.Name);
                if (archive.FindOrganization(signatory.OrganizationId) is { } organization)
                {
                    names.AddRange(organization.PrintedNames);
                }
            }

            names.AddRange(letter.People.Select(p => p.Name));
            return new IndexedLetter(
                letter,
                LetterMarkdown.ToPlainText(letter.Body),
                [.. names.Distinct(StringComparer.Ordinal)],
                [.. letter.Recipients.Concat(letter.CopiedTo)]);
        }

        public Document ToDocument()
        {
            var document = new Document
            {
                new StringField(SearchFields.Id, Letter.Id, Field.Store.YES),
                new TextField(SearchFields.Title, Letter.Title, Field.Store.NO),
                new TextField(SearchFields.Body, Body, Field.Store.NO),
            };
            foreach (var name in Names)
            {
                document.Add(new TextField(SearchFields.Signatory, name, Field.Store.NO));
            }

            foreach (var recipient in Recipients)
            {
                document.Add(new TextField(SearchFields.Recipient, recipient, Field.Store.NO));
            }

            return document;
        }
    }
}
