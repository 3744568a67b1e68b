using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Countries;
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

    private readonly LetterAnalyzer _analyzer = new();
    private readonly ShortValueTokens _shortValues;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, IndexedLetter> _letters;
    private readonly IndexedLetter[] _byDocument;
    private readonly FacetTable _organizations;
    private readonly FacetTable _countries;
    private readonly Tally _everyLetter;
    private readonly int _maxQueryTerms;

    // Indexes the archive into an empty directory (write: true), or reads the index a previous run wrote there for
    // the same content (write: false; an index that does not hold exactly these letters is refused).
    private SearchIndex(ArchiveContent archive, int maxQueryTerms, Lucene.Net.Store.Directory directory, bool write)
    {
        _maxQueryTerms = maxQueryTerms;
        _directory = directory;
        _shortValues = new ShortValueTokens(_analyzer);
        _organizations = new FacetTable(archive.Letters
            .SelectMany(archive.OrganizationIdsOf)
            .Distinct(StringComparer.Ordinal)
            .Select(id => (id, archive.FindOrganization(id)?.Name ?? id)));
        _countries = new FacetTable(archive.Letters
            .SelectMany(l => l.Signatories)
            .SelectMany(archive.CountriesOf)
            .Distinct()
            .Select(code => (code.Value, CountryTable.Get(code).Name)));
        var newestFirst = archive.Letters.DistinctBy(l => l.Id).OrderByDescending(l => l.Date).ThenBy(l => l.Id, StringComparer.Ordinal);
        _letters = newestFirst.Select((l, recency) => IndexedLetter.Of(l, recency, archive, _organizations, _countries))
            .ToDictionary(l => l.Letter.Id, StringComparer.Ordinal);
        if (write)
        {
            // Lucene's writer takes documents from several threads at once (each gets a segment of its own); the
            // order of documents does not matter, since hits are ordered by score and date and mapped by stored id.
            using var writer = new IndexWriter(_directory, new IndexWriterConfig(LetterAnalyzer.Version, _analyzer));
            Parallel.ForEach(_letters.Values, letter => writer.AddDocument(letter.ToDocument()));

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);

        try
        {
            _byDocument = LettersByDocument(_reader, _letters);
        }
        catch
        {
            _reader.Dispose();
            throw;
        }

        _everyLetter = new Tally(_organizations.Count, _countries.Count);
        foreach (var indexed in _byDocument)
        {
            _everyLetter.Add(indexed, 1);
        }
    }

    // Every search maps Lucene's document numbers to letters; reading the stored id of each hit per request cost more
    // than the search itself, so the map is made once. An index read from disk must hold exactly the archive's letters.
    private static IndexedLetter[] LettersByDocument(DirectoryReader reader, Dictionary<string, IndexedLetter> letters)
    {
        if (reader.MaxDoc != letters.Count || reader.NumDeletedDocs > 0)
        {
            throw new InvalidDataException($"the index holds {reader.NumDocs} letters, the archive {letters.Count}");
        }

        var byDocument = new IndexedLetter[reader.MaxDoc];
        for (var document = 0; document < reader.MaxDoc; document++)
        {
            var id = reader.Document(document).Get(SearchFields.Id);
            byDocument[document] = id is not null && letters.TryGetValue(id, out var indexed)
                ? indexed
                : throw new InvalidDataException($"the index holds a letter '{id}' that the archive does not have");
        }

        return byDocument;
    }

    /// <summary>Indexes every letter of the archive.</summary>
    /// <param name="archive">The loaded archive.</param>
    /// <param name="maxQueryTerms">How many distinct words one query may expand to before it is refused.</param>
    public static SearchIndex Build(ArchiveContent archive, int maxQueryTerms = DefaultMaxQueryTerms)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueryTerms, 1);
        return new SearchIndex(archive, maxQueryTerms, new RAMDirectory(), write: true);
    }

    /// <summary>Indexes every letter of the archive into <paramref name="directory"/>, which must be empty.</summary>
    internal static SearchIndex Write(ArchiveContent archive, int maxQueryTerms, Lucene.Net.Store.Directory directory) =>
        new(archive, maxQueryTerms, directory, write: true);

    /// <summary>
    /// Reads the index <see cref="Write"/> left in <paramref name="directory"/> for this archive; throws
    /// <see cref="InvalidDataException"/> (or Lucene's <see cref="IOException"/>) if it is not that index.
    /// </summary>
    internal static SearchIndex Read(ArchiveContent archive, int maxQueryTerms, Lucene.Net.Store.Directory directory) =>
        new(archive, maxQueryTerms, directory, write: false);

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

    /// <summary>Every letter that matches the query and the filter, in the given order.</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query, LetterFilter filter, SearchOrder order = SearchOrder.Relevance)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        var matches = new AllMatches();
        _searcher.Search(query.Query, matches);
        var keep = FilterOf(filter);
        var kept = new List<(float Score, int Recency, int Document)>(matches.Documents.Count);
        foreach (var (document, score) in matches.Documents)
        {
            var indexed = _byDocument[document];
            if (keep(indexed))
            {
                kept.Add((score, indexed.Recency, document));
            }
        }

        // Sorted as plain values, not through the letters: recency ranks are unique, so both orders are total and
        // an unstable sort gives the same list every time.
        if (order == SearchOrder.Date)
        {
            kept.Sort(static (a, b) => a.Recency.CompareTo(b.Recency));
        }
        else
        {
            kept.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Recency.CompareTo(b.Recency));
        }

        var hits = new List<SearchHit>(kept.Count);
        foreach (var (score, _, document) in kept)
        {
            hits.Add(new SearchHit(_byDocument[document].Letter, score) { Document = document });
        }

        return hits;
    }

    /// <summary>
    /// The facets of a result set from <see cref="Search"/>: a letter counts once per organization, country and
    /// year however many of its signatories share it.
    /// </summary>
    public SearchFacets FacetsOf(IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        Tally tally;
        if (hits.Count * 2 <= _byDocument.Length)
        {
            tally = new Tally(_organizations.Count, _countries.Count);
            foreach (var hit in hits)
            {
                tally.Add(_byDocument[hit.Document], 1);
            }
        }
        else
        {
            // Most of the archive matched (a common word, or no query at all): count the few letters that did not
            // and take them from the whole archive's counts, made once.
            var matched = new bool[_byDocument.Length];
            foreach (var hit in hits)
            {
                matched[hit.Document] = true;
            }

            tally = _everyLetter.Copy();
            for (var document = 0; document < matched.Length; document++)
            {
                if (!matched[document])
                {
                    tally.Add(_byDocument[document], -1);
                }
            }
        }

        return new SearchFacets(
            _organizations.Top(tally.Organizations, SearchFacets.MaxValues),
            _countries.Top(tally.Countries, SearchFacets.MaxValues),
            [.. tally.Years.Where(p => p.Value > 0).OrderByDescending(p => p.Key).Select(p => new FacetCount(
                p.Key.ToString(CultureInfo.InvariantCulture), p.Key.ToString(CultureInfo.InvariantCulture), p.Value))]);
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
        var highlight = new CutSnippets(_analyzer, _shortValues, query);
        var snippets = new List<SearchSnippet>();
        snippets.AddRange(highlight.Whole(SearchFields.Title, [indexed.Letter.Title]));
        snippets.AddRange(highlight.Whole(SearchFields.Signatory, indexed.Names).Take(5));
        snippets.AddRange(highlight.Whole(SearchFields.Recipient, indexed.Recipients).Take(5));
        snippets.AddRange(highlight.Passages(SearchFields.Body, indexed.Body));
        return snippets;
    }

    /// <summary>
    /// The filter as a test of an indexed letter: organization and country by the facet slots made at index time
    /// (the same signatories and countries <see cref="LetterFilter.Matches"/> reads, without looking each up again
    /// for every hit), dates by the letter itself.
    /// </summary>
    private Func<IndexedLetter, bool> FilterOf(LetterFilter filter)
    {
        if (filter.IsNone)
        {
            return static _ => true;
        }

        // A value no letter has has no slot (-1): it matches nothing, and any of several values may match.
        int[] organizations = [.. filter.OrganizationIds.Select(id => _organizations.TryGetSlot(id, out var o) ? o : -1)];
        int[] countries = [.. filter.Countries.Select(code => _countries.TryGetSlot(code.Value, out var c) ? c : -1)];
        var anyDate = !filter.HasDates;
        return indexed =>
            (organizations.Length == 0 || indexed.OrganizationSlots.Any(organizations.Contains))
            && (countries.Length == 0 || indexed.CountrySlots.Any(countries.Contains))
            && (anyDate || filter.MatchesDates(indexed.Letter));
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

    /// <summary>Facet counts being added up: letters per organization slot, per country slot and per year.</summary>
    private sealed class Tally
    {
        public Tally(int organizations, int countries)
            : this(new int[organizations], new int[countries], [])
        {
        }

        private Tally(int[] organizations, int[] countries, Dictionary<int, int> years)
        {
            Organizations = organizations;
            Countries = countries;
            Years = years;
        }

        public int[] Organizations { get; }

        public int[] Countries { get; }

        public Dictionary<int, int> Years { get; }

        public Tally Copy() => new([.. Organizations], [.. Countries], new Dictionary<int, int>(Years));

        /// <summary>Counts a letter once per organization, country and year (or takes it away, with -1).</summary>
        public void Add(IndexedLetter letter, int sign)
        {
            foreach (var slot in letter.OrganizationSlots)
            {
                Organizations[slot] += sign;
            }

            foreach (var slot in letter.CountrySlots)
            {
                Countries[slot] += sign;
            }

            var year = letter.Letter.Date.Year;
            Years[year] = Years.GetValueOrDefault(year) + sign;
        }
    }

    /// <summary>
    /// A letter as indexed: its text per field, kept to cut snippets from, and its facet values as slots of the
    /// facet tables (each once), and its place in the archive newest first (ties by id), to sort hits by integers.
    /// </summary>
    private sealed record IndexedLetter(
        Letter Letter, int Recency, IReadOnlyList<string> Names, IReadOnlyList<string> Recipients, int[] OrganizationSlots, int[] CountrySlots)
    {
        private string? _body;

        /// <summary>
        /// The body as plain text, worked out from its Markdown when first needed: when the index is written, or for
        /// a snippet. An index read from disk needs it only for the letters a search shows, and parsing every body
        /// was most of the time it took to read one.
        /// </summary>
        public string Body => _body ??= LetterMarkdown.ToPlainText(Letter.Body);

        public static IndexedLetter Of(Letter letter, int recency, ArchiveContent archive, FacetTable organizations, FacetTable countries)
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
                recency,
                [.. names.Distinct(StringComparer.Ordinal)],
                [.. letter.Recipients.Concat(letter.CopiedTo)],
                [.. letter.Signatories.Select(s => organizations.SlotOf(s.OrganizationId)).Distinct()],
                [.. letter.Signatories.SelectMany(archive.CountriesOf).Distinct().Select(c => countries.SlotOf(c.Value))]);
        }

        public Document ToDocument()
        {
            var document = new Document { new StringField(SearchFields.Id, Letter.Id, Field.Store.YES) };
            AddText(document, SearchFields.Title, Letter.Title);
            AddText(document, SearchFields.Body, Body);
            foreach (var name in Names)
            {
                AddText(document, SearchFields.Signatory, name);
            }

            foreach (var recipient in Recipients)
            {
                AddText(document, SearchFields.Recipient, recipient);
            }

            return document;
        }

        /// <summary>A text in its field, stemmed, and again unstemmed for the words a query expands (prefixes, fuzzy words).</summary>
        private static void AddText(Document document, string field, string text)
        {
            document.Add(new TextField(field, text, Field.Store.NO));
            document.Add(new Field(SearchFields.Unstemmed(field), text, UnstemmedText));
        }

        /// <summary>
        /// The unstemmed copies hold no positions: only single words are looked up in them (phrases use the stemmed
        /// field), and positions are most of a field's size in the index.
        /// </summary>
        private static readonly FieldType UnstemmedText = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

        private static FieldType Frozen(FieldType type)
        {
            type.Freeze();
            return type;
        }
    }
}
