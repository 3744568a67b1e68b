using System.Text.Json;
using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Content;

/// <summary>
/// Loading a folder again with a <see cref="ContentCache"/> reads only what changed, and always gives exactly
/// what a fresh load of the folder gives: the same archive and the same diagnostics.
/// </summary>
public class ReloadContentTests
{
    private const string Amnesty = """
        name: Amnesty International
        acronym: AI
        countries: [GB]
        """;

    private const string Hurinet = """
        name: Human Rights Network-Uganda
        acronym: HURINET
        countries: [UG]
        """;

    private static string LetterSignedBy(string title, string date, params string[] signatories) =>
        $"title: {title}\ndate: {date}\nsource: https://example.org/{date}\nsignatories:\n"
        + string.Concat(signatories.Select(s => $"  - name: {s}\n"));

    private static TemporaryContent TwoOrganizationsAndThreeLetters() => new TemporaryContent()
        .Organization("amnesty-international", Amnesty)
        .Organization("hurinet", Hurinet)
        .Letter("2009-07-20-first", LetterSignedBy("The first letter", "2009-07-20", "Amnesty International", "HURINET"))
        .Letter("2010-01-05-second", LetterSignedBy("The second letter", "2010-01-05", "AI"))
        .Letter("2011-03-01-third", LetterSignedBy("The third letter", "2011-03-01", "Human Rights Network-Uganda"));

    /// <summary>Loads with the cache, checks the result against a fresh load, and returns it.</summary>
    private static ContentLoadResult ReloadMatchingAFreshLoad(TemporaryContent content, ContentCache cache)
    {
        var reloaded = LoadContent.FromFolder(content.Root, cache);
        var fresh = LoadContent.FromFolder(content.Root);
        Assert.Equal(Describe(fresh), Describe(reloaded));
        return reloaded;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Everything a load gives, field by field (letters and organizations compare by id only, so they are spelled out).
    private static string Describe(ContentLoadResult result) => JsonSerializer.Serialize(new
    {
        Diagnostics = result.Diagnostics.Select(d => d.ToString()),
        result.Content?.Site,
        result.Content?.Letters,
        result.Content?.Organizations,
        Countries = result.Content?.Countries.Select(c => new
        {
            c.Country.Code,
            Organizations = c.Organizations.Select(o => o.Id),
            Letters = c.Letters.Select(l => l.Id),
        }),
        SignedBy = result.Content?.Organizations.Select(o => result.Content.LettersSignedBy(o.Id).Select(l => l.Id)),
    }, Indented);

    [Fact]
    public void A_first_load_with_an_empty_cache_is_a_fresh_load()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();

        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Equal(3, result.Content!.Letters.Count);
        Assert.Equal(0, cache.FilesReused);
        Assert.Equal(6, cache.FilesRead);
    }

    [Fact]
    public void A_reload_reuses_the_letters_of_unchanged_files_and_reads_only_the_changed_one()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        var first = LoadContent.FromFolder(content.Root, cache);

        content.Letter("2010-01-05-second", LetterSignedBy("The second letter, corrected", "2010-01-05", "AI"));
        var second = ReloadMatchingAFreshLoad(content, cache);

        Assert.Same(first.Content!.FindLetter("2009-07-20-first"), second.Content!.FindLetter("2009-07-20-first"));
        Assert.Same(first.Content.FindLetter("2011-03-01-third"), second.Content.FindLetter("2011-03-01-third"));
        Assert.NotSame(first.Content.FindLetter("2010-01-05-second"), second.Content.FindLetter("2010-01-05-second"));
        Assert.Equal("The second letter, corrected", second.Content.FindLetter("2010-01-05-second")!.Title);
        // site.yml and the edited letter; the two organizations and two other letters come from the cache.
        Assert.Equal(2, cache.FilesRead);
        Assert.Equal(4, cache.FilesReused);
    }

    [Fact]
    public void A_reload_with_nothing_changed_reads_only_the_site_settings()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        ReloadMatchingAFreshLoad(content, cache);

        Assert.Equal(1, cache.FilesRead);
        Assert.Equal(5, cache.FilesReused);
    }

    [Fact]
    public void A_reload_sees_an_added_letter()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        content.Letter("2012-05-05-fourth", LetterSignedBy("The fourth letter", "2012-05-05", "HURINET"));
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Equal("2012-05-05-fourth", result.Content!.Letters[0].Id);
        Assert.Contains(result.Content.FindLetter("2012-05-05-fourth")!, result.Content.LettersSignedBy("hurinet"));
    }

    [Fact]
    public void A_reload_forgets_a_deleted_letter_and_what_only_it_referred_to()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        content.Delete("letters/2011-03-01-third.md");
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Null(result.Content!.FindLetter("2011-03-01-third"));
        Assert.Equal(2, result.Content.Letters.Count);

        content.Delete("letters/2009-07-20-first.md");
        result = ReloadMatchingAFreshLoad(content, cache);

        // Nothing refers to HURINET any more.
        Assert.Equal(["organizations/hurinet.yml:1: warning: no letter refers to organization 'hurinet'"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_reload_follows_a_renamed_letter_file()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        File.Move(Path.Combine(content.Root, "letters/2011-03-01-third.md"), Path.Combine(content.Root, "letters/2011-03-02-third.md"));
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Null(result.Content!.FindLetter("2011-03-01-third"));
        Assert.NotNull(result.Content.FindLetter("2011-03-02-third"));
    }

    [Fact]
    public void A_letter_that_breaks_is_reported_at_its_line_and_is_back_once_fixed()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        content.Letter("2010-01-05-second", "title: The second letter\ndate: 2010-13-45\nsource: https://example.org/x\nsignatories:\n  - name: AI\n");
        var broken = ReloadMatchingAFreshLoad(content, cache);

        Assert.Contains(broken.Diagnostics, d => d.ToString().StartsWith("letters/2010-01-05-second.md:3: invalid date '2010-13-45'", StringComparison.Ordinal));
        Assert.Null(broken.Content!.FindLetter("2010-01-05-second"));

        content.Letter("2010-01-05-second", LetterSignedBy("The second letter", "2010-01-05", "AI"));
        var fixedAgain = ReloadMatchingAFreshLoad(content, cache);

        Assert.Empty(fixedAgain.Diagnostics);
        Assert.NotNull(fixedAgain.Content!.FindLetter("2010-01-05-second"));
    }

    [Fact]
    public void Editing_an_organizations_aliases_resolves_the_letters_again()
    {
        using var content = TwoOrganizationsAndThreeLetters()
            .Letter("2012-05-05-fourth", LetterSignedBy("The fourth letter", "2012-05-05", "Amnesty"));
        var cache = new ContentCache();
        var before = ReloadMatchingAFreshLoad(content, cache);
        Assert.Contains(before.Diagnostics, d => d.Message.Contains("no organization is known by the name 'Amnesty'", StringComparison.Ordinal));

        content.Organization("amnesty-international", Amnesty + "\naliases: [Amnesty]\n");
        var after = ReloadMatchingAFreshLoad(content, cache);

        Assert.Empty(after.Diagnostics);
        Assert.Equal("amnesty-international", Assert.Single(after.Content!.FindLetter("2012-05-05-fourth")!.Signatories).OrganizationId);
    }

    [Fact]
    public void Deleting_an_organization_a_letter_refers_to_is_an_error_in_that_letter()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        content.Delete("organizations/hurinet.yml");
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Equal(
            [
                "letters/2009-07-20-first.md:7: no organization is known by the name 'HURINET': add 'organization: <id>' or add the name to an organization's aliases",
                "letters/2011-03-01-third.md:6: no organization is known by the name 'Human Rights Network-Uganda': add 'organization: <id>' or add the name to an organization's aliases",
            ],
            result.SortedDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_letter_whose_source_file_disappears_is_read_again()
    {
        using var content = TwoOrganizationsAndThreeLetters()
            .Write("sources/first.txt", "the original")
            .Letter("2009-07-20-first", "title: The first letter\ndate: 2009-07-20\nsource: sources/first.txt\nsignatories:\n  - name: HURINET\n  - name: AI\n");
        var cache = new ContentCache();
        ReloadMatchingAFreshLoad(content, cache);

        content.Delete("sources/first.txt");
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.Equal(["letters/2009-07-20-first.md:4: source file 'sources/first.txt' does not exist in the content folder"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_cache_given_another_content_folder_starts_afresh()
    {
        using var one = TwoOrganizationsAndThreeLetters();
        using var other = new TemporaryContent()
            .Organization("hurinet", Hurinet)
            .Letter("2020-01-01-other", LetterSignedBy("Another archive's letter", "2020-01-01", "HURINET"));
        var cache = new ContentCache();
        LoadContent.FromFolder(one.Root, cache);

        var result = ReloadMatchingAFreshLoad(other, cache);

        Assert.Equal(["2020-01-01-other"], result.Content!.Letters.Select(l => l.Id));
        Assert.Equal(0, cache.FilesReused);
    }

    [Fact]
    public void A_changed_site_language_reads_the_letters_again()
    {
        using var content = TwoOrganizationsAndThreeLetters();
        var cache = new ContentCache();
        LoadContent.FromFolder(content.Root, cache);

        content.Write("site.yml", TemporaryContent.DefaultSite + "\nlanguage: fr\n");
        var result = ReloadMatchingAFreshLoad(content, cache);

        Assert.All(result.Content!.Letters, l => Assert.Equal("fr", l.Language));
    }
}
