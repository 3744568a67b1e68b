using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// How letters and queries are cut into words: Unicode word boundaries, lower case, accents folded to ASCII
/// ("Société" and "Societe" are one word), English stop words dropped and English endings stemmed
/// ("pillars" finds "pillar"). The index and the query parser use the same analyzer, so they agree.
/// </summary>
public sealed class LetterAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Builds the word pipeline for a field.</summary>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// A wide gap between the values of a multi-valued field (one signatory name, the next name), so a phrase
    /// never matches across two names: "Aid Amnesty" must not join "DanChurch Aid" and "Amnesty International".
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
