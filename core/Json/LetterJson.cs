using System.Text.Json.Serialization;
using Archive.Core.Content;
using Archive.Core.Letters;

namespace Archive.Core.Json;

/// <summary>A whole letter: its date, recipients, signatories, people, source and text.</summary>
/// <remarks>
/// The one JSON shape of a letter, for the API, the exports and <c>archive import --json</c>; serialize with
/// <see cref="ArchiveJson.Options"/> (camelCase). Import leaves <see cref="Id"/>, <see cref="Date"/> and
/// <see cref="DatePrecision"/> null when it cannot tell them, and has no url, text or dates; the API's OpenAPI
/// document declares those it always gives as never null.
/// </remarks>
public sealed record LetterJson
{
    /// <summary>The stable id (the file name).</summary>
    public required string? Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>ISO 8601 to the known precision: <c>2009-07-20</c>, <c>2009-07</c> or <c>2009</c>.</summary>
    public required string? Date { get; init; }

    /// <summary>How much of the date is known: <c>day</c>, <c>month</c> or <c>year</c>.</summary>
    public required string? DatePrecision { get; init; }

    /// <summary>True when the letter prints no date and the date is an estimate.</summary>
    public bool DateIsEstimate { get; init; }

    /// <summary>Why the date is what it is.</summary>
    public string? DateNote { get; init; }

    /// <summary>Whom the letter is addressed to, as printed.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Who receives a copy, as printed.</summary>
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>The organization that published or sent the letter.</summary>
    public OrganizationRefJson? Publisher { get; init; }

    /// <summary>BCP 47 language tag.</summary>
    public required string Language { get; init; }

    /// <summary>Where the text came from.</summary>
    public SourceJson? Source { get; init; }

    /// <summary>The organizations that signed, in printed order.</summary>
    public required IReadOnlyList<SignatoryJson> Signatories { get; init; }

    /// <summary>The individuals who signed, in printed order.</summary>
    public required IReadOnlyList<PersonJson> People { get; init; }

    /// <summary>When the letter came into the archive, in UTC to the second (from the content's history).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Added { get; init; }

    /// <summary>When the letter's file last changed, in UTC to the second; never earlier than added.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The letter's page on the site.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Uri? Url { get; init; }

    /// <summary>The text of the letter as HTML.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BodyHtml { get; init; }

    /// <summary>The text of the letter as plain text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BodyText { get; init; }

    /// <summary>The date in the JSON form: its ISO text and precision name.</summary>
    public static (string Date, string Precision) DateOf(LetterDate date) =>
        (date.ToString(), date.Precision.ToString().ToLowerInvariant());

    /// <summary>The full letter as the API serves it, with its page URL and body.</summary>
    public static LetterJson From(Letter letter, ArchiveContent archive)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(archive);
        var (date, precision) = DateOf(letter.Date);
        var publisher = letter.PublisherId is null ? null : archive.FindOrganization(letter.PublisherId);
        return new LetterJson
        {
            Id = letter.Id,
            Title = letter.Title,
            Date = date,
            DatePrecision = precision,
            DateIsEstimate = letter.DateIsEstimate,
            DateNote = letter.DateNote,
            Recipients = letter.Recipients,
            Cc = letter.CopiedTo,
            Publisher = publisher is null ? null : new OrganizationRefJson(publisher.Id, publisher.Name),
            Language = letter.Language,
            Source = new SourceJson(letter.Source.File, letter.Source.Url, letter.Source.Note),
            Signatories = [.. letter.Signatories.Select(s => SignatoryJson.From(s, archive))],
            People = [.. letter.People.Select(PersonJson.From)],
            Added = letter.Dates.Added,
            Updated = letter.Dates.Updated,
            Url = archive.Urls.AbsoluteUri(Addresses.SiteUrls.Letter(letter.Id)),
            BodyHtml = Markdown.LetterMarkdown.ToHtml(letter.Body),
            BodyText = Markdown.LetterMarkdown.ToPlainText(letter.Body),
        };
    }
}

/// <summary>An organization referred to by id and canonical name.</summary>
public sealed record OrganizationRefJson(string Id, string Name);

/// <summary>Where a letter's text came from.</summary>
public sealed record SourceJson(string? File, Uri? Url, string? Note);
