using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.SiteGen.Check;
using Archive.SiteGen.Import;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The seed letters, imported from their original text, give what the editors curated by hand in
/// content/letters: the same signatories (printed names, countries, regions, organizations) and people.
/// </summary>
public class SeedLetterImportTests
{
    private static readonly ArchiveContent Curated = LoadContent.FromFolder(RepositoryPaths.Content).Content!;

    public static TheoryData<string> SeedLetters => new(Curated.Letters.Select(l => l.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SeedLetters))]
    public void Importing_the_original_text_gives_the_curated_signatories_people_and_date(string id)
    {
        var curated = Curated.FindLetter(id)!;

        var imported = ImportJsonLike(Path.Combine(RepositoryPaths.Content, curated.Source.File!));

        Assert.Equal(
            curated.Signatories.Select(s => $"{s.Name} | {s.OrganizationId} | {string.Join(",", s.Countries)} | {string.Join(",", s.Regions)}"),
            imported.Signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)} | {string.Join(",", s.Printed.Places.Regions)}"));
        Assert.Equal(
            curated.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => $"{r.Title} / {r.Affiliation} / {r.OrganizationId}"))}"),
            imported.People.Select(p => $"{p.Printed.Name}: {string.Join("; ", p.Printed.Roles.Select((r, i) => $"{r.Title} / {r.Affiliation} / {p.AffiliationIds[i]}"))}"));
        if (curated.DateIsEstimate)
        {
            Assert.Null(imported.Date);
        }
        else
        {
            Assert.Equal(curated.Date.ToString(), imported.Date.ToString());
            Assert.Equal(curated.Date.Precision, imported.Date!.Value.Precision);
        }
    }

    [Fact]
    public void The_undated_2008_letter_reports_that_no_date_is_printed_and_is_not_written_without_one()
    {
        using var content = new TemporaryContent();
        var source = Path.Combine(RepositoryPaths.Content, "sources", "2008-rtop-at-the-63rd-general-assembly.txt");
        var errors = new StringWriter();

        var exitCode = ImportCommand.Run([source], content.Root, json: false, date: null, dateNote: null, accept: [], mergeReviewed: false, new StringWriter(), errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("the letter prints no date", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal([Path.Combine(content.Root, "site.yml")], Directory.GetFiles(content.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void All_five_seed_letters_import_into_an_archive_of_only_site_yml_which_then_checks_clean()
    {
        using var content = new TemporaryContent();
        foreach (var folder in new[] { "letters", "organizations", "sources" })
        {
            Directory.Delete(Path.Combine(content.Root, folder));
        }

        var sources = Curated.Letters.Select(l => Path.Combine(RepositoryPaths.Content, l.Source.File!)).Order(StringComparer.Ordinal).ToList();
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = ImportCommand.Run(sources, content.Root, json: false, date: "2008", dateNote: "Looks ahead to the 63rd General Assembly.", accept: [], mergeReviewed: false, output, errors);

        Assert.True(exitCode == 0, errors.ToString());
        var check = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(content.Root, check));
        Assert.Matches(@"^check: 5 letters, \d+ organizations, \d+ countries: no problems$", check.ToString().Trim());
        var report = output.ToString();
        // A name written another way links by itself, and the report says why: spacing (DanChurch Aid), a small word
        // ("for" / "on" the Responsibility to Protect), "Africa"/"African", an acronym for some of the words (WFM-).
        Assert.Contains("DanChurchAid (DK) → matched by the same name written another way: danchurch-aid", report, StringComparison.Ordinal);
        Assert.Contains("because 'DanChurchAid' is 'DanChurch Aid' written another way: they differ only in spacing or hyphens; the country agrees (DK)", report, StringComparison.Ordinal);
        Assert.Contains("West Africa Civil Society Institute (GH) → matched by the same name written another way: west-african-civil-society-institute", report, StringComparison.Ordinal);
        Assert.Contains("they differ only in 'wfm' for 'world federalist movement'", report, StringComparison.Ordinal);
        // A name with words the other lacks may or may not be the same organization: the editor decides.
        Assert.Contains("Act for Peace (AU) → NEEDS REVIEW", report, StringComparison.Ordinal);
        Assert.Contains("Global Action to Prevent War (US) → NEEDS REVIEW", report, StringComparison.Ordinal);
        // The curated archive has 96 signing organizations. Without its aliases, seven of them are printed in two
        // wordings: Act for Peace (+ "- National Council of Churches in Australia"), DanChurchAid / DanChurch Aid,
        // Forum pour le Renforcement … / Forum to Reinforce Civil Society, Global Action to Prevent War (+ "and Armed
        // Conflict"), Global Centre for / on the Responsibility to Protect, West Africa / West African Civil Society
        // Institute, and WFM- / World Federalist Movement – Institute for Global Policy. Four are the same name written
        // another way and link; two add words and go to review; the translation is a new organization.
        Assert.Contains("import: wrote 5 letters, 99 new organizations, updated 0 organizations; 2 signatories need review", report, StringComparison.Ordinal);
        Assert.Equal(99, Directory.GetFiles(Path.Combine(content.Root, "organizations")).Length);
    }

    [Fact]
    public void With_merge_reviewed_only_the_translation_stays_apart_from_the_curated_organizations()
    {
        using var content = new TemporaryContent();
        var sources = Curated.Letters.Select(l => Path.Combine(RepositoryPaths.Content, l.Source.File!)).Order(StringComparer.Ordinal).ToList();
        var output = new StringWriter();

        var exitCode = ImportCommand.Run(sources, content.Root, json: false, date: "2008", dateNote: "Estimated.", accept: [], mergeReviewed: true, output, new StringWriter());

        Assert.Equal(0, exitCode);
        // 96 signing organizations in the curated archive, plus "Forum to Reinforce Civil Society", which no rule can tell is FORSC.
        Assert.Equal(97, Directory.GetFiles(Path.Combine(content.Root, "organizations")).Length);
        Assert.Contains("Act for Peace (AU) → linked to the best candidate act-for-peace-national-council-of-churches-in-australia (--merge-reviewed)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, CheckCommand.Run(content.Root, new StringWriter()));
    }

    private static ImportedLetter ImportJsonLike(string source)
    {
        var outcome = ImportLetters.Plan(new ImportOptions(RepositoryPaths.Content, [source]), forWriting: false);
        Assert.Empty(outcome.Problems);
        return Assert.Single(outcome.Letters);
    }
}
