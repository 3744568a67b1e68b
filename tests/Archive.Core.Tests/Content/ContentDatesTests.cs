using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Content;

/// <summary>
/// When each letter and organization came into the archive and when its file last changed: from the content's git
/// history (each test makes its own repository, with the commit dates it needs), from the file's own <c>added:</c> and
/// <c>updated:</c>, or, for a file git has no commit of, from the file's modification time.
/// </summary>
public class ContentDatesTests
{
    private const string Amnesty = "name: Amnesty International\ncountries: [GB]";

    private static string LetterSignedByAmnesty(string date, string more = "") =>
        $"title: A letter of {date}\ndate: {date}\nsource: https://example.org/{date}\n{more}signatories:\n  - name: Amnesty International";

    private static DateTimeOffset At(string moment) => DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);

    private static ArchiveContent Loaded(TemporaryContent content) => Loaded(content.Root);

    private static ArchiveContent Loaded(string folder)
    {
        var result = LoadContent.FromFolder(folder);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result.Content!;
    }

    [Fact]
    public void A_file_is_added_by_its_first_commit_and_updated_by_its_last()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"))
            .Letter("2011-02-03-second", LetterSignedByAmnesty("2011-02-03"))
            .Commit("2024-01-10T09:00:00Z");
        content.Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"), "Dear Excellency,\n\nA corrected text.\n")
            .Commit("2024-03-05T16:30:00Z", "Correct the first letter");

        var archive = Loaded(content);

        Assert.Equal(new ContentDates(At("2024-01-10T09:00:00Z"), At("2024-03-05T16:30:00Z")), archive.FindLetter("2010-06-01-first")!.Dates);
        Assert.Equal(ContentDates.At(At("2024-01-10T09:00:00Z")), archive.FindLetter("2011-02-03-second")!.Dates);
        Assert.Equal(ContentDates.At(At("2024-01-10T09:00:00Z")), archive.FindOrganization("amnesty-international")!.Dates);
    }

    [Fact]
    public void Dates_are_committer_dates_in_utc_to_the_second()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"))
            .Commit("2024-01-10T23:30:00-05:00");

        var dates = Loaded(content).FindLetter("2010-06-01-first")!.Dates;

        Assert.Equal(At("2024-01-11T04:30:00Z"), dates.Added);
        Assert.Equal(TimeSpan.Zero, dates.Added.Offset);
    }

    [Fact]
    public void Added_and_updated_in_the_file_win_over_its_history()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty + "\nadded: 2012-04-01")
            .Letter("2010-06-01-imported", LetterSignedByAmnesty("2010-06-01", "added: 2015-03-01\n"))
            .Letter("2011-02-03-both", LetterSignedByAmnesty("2011-02-03", "added: 2015-03-01T14:30:00Z\nupdated: 2016-01-01T12:00:00+02:00\n"))
            .Commit("2024-01-10T09:00:00Z");

        var archive = Loaded(content);

        Assert.Equal(new ContentDates(At("2015-03-01T00:00:00Z"), At("2024-01-10T09:00:00Z")), archive.FindLetter("2010-06-01-imported")!.Dates);
        Assert.Equal(new ContentDates(At("2015-03-01T14:30:00Z"), At("2016-01-01T10:00:00Z")), archive.FindLetter("2011-02-03-both")!.Dates);
        Assert.Equal(new ContentDates(At("2012-04-01T00:00:00Z"), At("2024-01-10T09:00:00Z")), archive.FindOrganization("amnesty-international")!.Dates);
    }

    [Fact]
    public void A_file_is_never_updated_before_it_was_added()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-later", LetterSignedByAmnesty("2010-06-01", "added: 2025-01-01\n"))
            .Commit("2024-01-10T09:00:00Z");

        Assert.Equal(ContentDates.At(At("2025-01-01T00:00:00Z")), Loaded(content).FindLetter("2010-06-01-later")!.Dates);
    }

    [Fact]
    public void A_new_file_not_yet_committed_has_its_modification_time_for_both_dates()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-committed", LetterSignedByAmnesty("2010-06-01"))
            .Commit("2024-01-10T09:00:00Z")
            .Letter("2011-02-03-new", LetterSignedByAmnesty("2011-02-03"))
            .Touch("letters/2011-02-03-new.md", new DateTime(2024, 2, 2, 8, 15, 30, 750, DateTimeKind.Utc));

        var result = LoadContent.FromFolder(content.Root);

        Assert.Equal(ContentDates.At(At("2024-02-02T08:15:30Z")), result.Content!.FindLetter("2011-02-03-new")!.Dates);
        Assert.Equal(ContentDates.At(At("2024-01-10T09:00:00Z")), result.Content.FindLetter("2010-06-01-committed")!.Dates);
        Assert.Null(result.DatesNote);
    }

    [Fact]
    public void Outside_git_every_file_has_its_modification_time_for_both_dates_and_nothing_is_said()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01", "added: 2015-03-01\n"))
            .Letter("2011-02-03-second", LetterSignedByAmnesty("2011-02-03"))
            .Touch("letters/2010-06-01-first.md", new DateTime(2023, 5, 6, 7, 8, 9, DateTimeKind.Utc))
            .Touch("letters/2011-02-03-second.md", new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Touch("organizations/amnesty-international.yml", new DateTime(2021, 3, 3, 3, 3, 3, DateTimeKind.Utc));

        var result = LoadContent.FromFolder(content.Root);
        var archive = result.Content!;

        Assert.Equal(new ContentDates(At("2015-03-01T00:00:00Z"), At("2023-05-06T07:08:09Z")), archive.FindLetter("2010-06-01-first")!.Dates);
        Assert.Equal(ContentDates.At(At("2022-01-01T00:00:00Z")), archive.FindLetter("2011-02-03-second")!.Dates);
        Assert.Equal(ContentDates.At(At("2021-03-03T03:03:03Z")), archive.FindOrganization("amnesty-international")!.Dates);
        Assert.Null(result.DatesNote);
    }

    [Fact]
    public void Content_in_a_folder_of_a_larger_repository_is_dated_by_the_commits_of_its_own_files()
    {
        using var repository = new TemporaryContent(site: "")
            .Write("content/site.yml", TemporaryContent.DefaultSite)
            .Write("content/organizations/amnesty-international.yml", Amnesty)
            .Write("content/letters/2010-06-01-first.md", $"---\n{LetterSignedByAmnesty("2010-06-01")}\n---\n\nText.\n")
            .Commit("2024-01-10T09:00:00Z")
            .Write("README.md", "Changed outside the content folder.")
            .Commit("2024-06-01T09:00:00Z");

        var archive = Loaded(Path.Combine(repository.Root, "content"));

        Assert.Equal(ContentDates.At(At("2024-01-10T09:00:00Z")), archive.FindLetter("2010-06-01-first")!.Dates);
    }

    [Fact]
    public void A_shallow_clone_dates_older_files_by_its_first_commit_and_says_so()
    {
        using var origin = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"))
            .Commit("2020-01-01T00:00:00Z")
            .Letter("2011-02-03-second", LetterSignedByAmnesty("2011-02-03"))
            .Commit("2024-01-10T09:00:00Z");
        using var clone = new TemporaryContent(site: "");
        Directory.Delete(clone.Root, recursive: true);
        origin.Git("2024-01-10T09:00:00Z", "clone", "-q", "--depth", "1", "file://" + origin.Root, clone.Root);

        var result = LoadContent.FromFolder(clone.Root);

        Assert.Equal(ContentDates.At(At("2024-01-10T09:00:00Z")), result.Content!.FindLetter("2010-06-01-first")!.Dates);
        Assert.StartsWith("the git history is shallow", result.DatesNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_added_or_updated_is_an_error_at_its_line()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty + "\nupdated: last week")
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01", "added: 2024-13-01\n"))
            .Letter("2011-02-03-second", LetterSignedByAmnesty("2011-02-03", "added: 2024-05-01\nupdated: 2024-04-30T10:00:00Z\n"))
            .Letter("2012-01-01-third", LetterSignedByAmnesty("2012-01-01", "added: 2024-05-01T10:00:00\n"));

        var result = LoadContent.FromFolder(content.Root);

        Assert.Equal(
            [
                "letters/2010-06-01-first.md:5: invalid date '2024-13-01' in 'added': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)",
                "letters/2011-02-03-second.md:6: 'updated' (2024-04-30T10:00:00Z) is earlier than 'added' (2024-05-01): a file changes after it is added",
                "letters/2012-01-01-third.md:5: invalid date '2024-05-01T10:00:00' in 'added': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)",
                "organizations/amnesty-international.yml:3: invalid date 'last week' in 'updated': write YYYY-MM-DD, or a moment with its time zone (2024-05-01T14:30:00Z)",
            ],
            result.SortedDiagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00Z")]
    [InlineData(" 2024-05-01 ", "2024-05-01T00:00:00Z")]
    [InlineData("2024-05-01T14:30:00Z", "2024-05-01T14:30:00Z")]
    [InlineData("2024-05-01T14:30Z", "2024-05-01T14:30:00Z")]
    [InlineData("2024-05-01T16:30:00+02:00", "2024-05-01T14:30:00Z")]
    [InlineData("2024-05-01T09:30-05:00", "2024-05-01T14:30:00Z")]
    public void The_front_matter_writes_a_day_or_a_moment_with_its_zone(string written, string moment)
    {
        Assert.True(ContentDates.TryParse(written, out var parsed));
        Assert.Equal(At(moment), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    }

    [Theory]
    [InlineData("2024-05")]
    [InlineData("2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-05-01T14:30:00")]
    [InlineData("2024-05-01 14:30:00Z")]
    [InlineData("01/05/2024")]
    [InlineData("")]
    public void Anything_else_is_not_a_date_of_the_front_matter(string written) =>
        Assert.False(ContentDates.TryParse(written, out _));

    [Fact]
    public void Git_s_history_is_read_whatever_the_order_of_its_commits_and_a_graft_marks_a_shallow_clone()
    {
        // Newest first as git prints it, but a rebased commit may carry an older date than the one before it.
        const string Output = "\u00011700000000 (HEAD -> main)\0\nletters/a.md\0organizations/o.yml\0"
            + "\u00011500000000\0\nletters/a.md\0"
            + "\u00011600000000 (grafted, tag: v1)\0\nletters/a.md\0letters/b.md\0";

        var history = ReadHistory.Parse(Output);

        Assert.Equal(new ContentDates(DateTimeOffset.FromUnixTimeSeconds(1500000000), DateTimeOffset.FromUnixTimeSeconds(1700000000)), history.Committed["letters/a.md"]);
        Assert.Equal(ContentDates.At(DateTimeOffset.FromUnixTimeSeconds(1600000000)), history.Committed["letters/b.md"]);
        Assert.Equal(ContentDates.At(DateTimeOffset.FromUnixTimeSeconds(1700000000)), history.Committed["organizations/o.yml"]);
        Assert.NotNull(history.Note);
        Assert.Null(ReadHistory.Parse("\u00011700000000 (HEAD -> grafted-branch)\0\nletters/a.md\0").Note);
    }

    [Fact]
    public void A_reload_after_a_commit_reads_again_only_the_files_whose_dates_it_changed()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"))
            .Letter("2011-02-03-second", LetterSignedByAmnesty("2011-02-03"))
            .Commit("2024-01-10T09:00:00Z");
        var cache = new ContentCache();
        var before = LoadContent.FromFolder(content.Root, cache).Content!;
        // Edited and saved: the file changes, its dates do not until the change is committed.
        content.Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"), "Dear Excellency,\n\nA corrected text.\n");
        var edited = LoadContent.FromFolder(content.Root, cache).Content!;
        content.Commit("2024-03-05T16:30:00Z", "Correct the first letter");

        var committed = LoadContent.FromFolder(content.Root, cache).Content!;

        Assert.Equal(before.FindLetter("2010-06-01-first")!.Dates, edited.FindLetter("2010-06-01-first")!.Dates);
        Assert.Equal(At("2024-03-05T16:30:00Z"), committed.FindLetter("2010-06-01-first")!.Dates.Updated);
        // site.yml, which every load reads, and the letter the commit changed.
        Assert.Equal(2, cache.FilesRead);
        Assert.Same(edited.FindLetter("2011-02-03-second"), committed.FindLetter("2011-02-03-second"));
        Assert.NotSame(edited.FindLetter("2010-06-01-first"), committed.FindLetter("2010-06-01-first"));
    }

    [Fact]
    public void Letters_by_added_come_latest_addition_first_and_letters_added_together_newest_first()
    {
        using var content = new TemporaryContent()
            .Organization("amnesty-international", Amnesty)
            .Letter("2010-06-01-first", LetterSignedByAmnesty("2010-06-01"))
            .Letter("2012-02-03-second", LetterSignedByAmnesty("2012-02-03"))
            .Commit("2020-01-01T00:00:00Z")
            .Letter("2009-01-01-imported", LetterSignedByAmnesty("2009-01-01"))
            .Letter("2008", LetterSignedByAmnesty("2008"))
            .Commit("2024-05-01T10:00:00Z");

        var archive = Loaded(content);

        Assert.Equal(["2009-01-01-imported", "2008", "2012-02-03-second", "2010-06-01-first"], archive.LettersByAdded.Select(l => l.Id));
        Assert.Equal(["2012-02-03-second", "2010-06-01-first", "2009-01-01-imported", "2008"], archive.Letters.Select(l => l.Id));
    }

    [Fact]
    public void The_repository_s_own_content_is_dated_the_same_by_every_load_whatever_its_history()
    {
        // Whatever this clone's history (whole or shallow), the dates are consistent and do not change between loads.
        var first = Loaded(RepositoryPaths.Content);
        var second = Loaded(RepositoryPaths.Content);

        Assert.All(first.Letters, l => Assert.True(l.Dates.Added <= l.Dates.Updated && l.Dates.Added > DateTimeOffset.UnixEpoch, l.Id));
        Assert.Equal(first.Letters.Select(l => (l.Id, l.Dates)), second.Letters.Select(l => (l.Id, l.Dates)));
        Assert.Equal(first.Organizations.Select(o => (o.Id, o.Dates)), second.Organizations.Select(o => (o.Id, o.Dates)));
    }
}
