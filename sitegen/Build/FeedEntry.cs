using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Markdown;
using Archive.SiteGen.Build.Pages;

namespace Archive.SiteGen.Build;

/// <summary>
/// What a feed says of a letter (issue 20), worked out once per build (<see cref="SiteData.FeedEntryOf"/>) and written
/// by <see cref="AtomFeed"/> into every feed that holds the letter: the same letter is the same entry everywhere, and its
/// text is made plain once rather than in each of the dozens of feeds of its signatories and their countries.
/// </summary>
/// <param name="Language">The letter's language where it is not the site's; null where it is.</param>
/// <param name="Publisher">The organization that published it, linked to its page, if the letter names one.</param>
/// <param name="Date">The letter's own date as the site prints it ("20 July 2009", "2008 (undated)").</param>
/// <param name="Excerpt">The start of its text, plain, on one line.</param>
/// <param name="Signers">Who signed, counted, as the lists of letters say it ("35 organizations").</param>
/// <param name="Recipients">To whom, as printed, separated by "; "; empty when it names no one.</param>
internal sealed record FeedEntry(
    string Permalink,
    string Title,
    string? Language,
    ContentDates Dates,
    Link? Publisher,
    string Date,
    string Excerpt,
    string Signers,
    string Recipients)
{
    private const int ExcerptLength = 400;

    public static FeedEntry Of(Letter letter, ArchiveContent content)
    {
        var urls = content.Urls;
        var publisher = letter.PublisherId is not null && content.FindOrganization(letter.PublisherId) is { } found
            ? new Link(found.Name, urls.Absolute(SiteUrls.Organization(found.Id)))
            : null;
        return new FeedEntry(
            urls.Absolute(SiteUrls.Letter(letter.Id)),
            letter.Title,
            string.Equals(letter.Language, content.Site.Language, StringComparison.OrdinalIgnoreCase) ? null : letter.Language,
            letter.Dates,
            publisher,
            SiteData.DisplayDate(letter),
            Shortened(LetterMarkdown.ToPlainText(letter.Body)),
            SiteData.Signers(content, letter),
            string.Join("; ", letter.Recipients));
    }

    private static string Shortened(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', ExcerptLength);
        return flat[..(cut > 0 ? cut : ExcerptLength)] + " …";
    }
}
