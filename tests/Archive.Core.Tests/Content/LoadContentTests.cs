using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Validation;
using Archive.Testing;

namespace Archive.Core.Tests.Content;

public class LoadContentTests
{
    private static TemporaryContent TwoOrganizationsAndALetter() => new TemporaryContent()
        .Organization("danchurchaid", """
            name: DanChurchAid
            aliases: [DanChurch Aid]
            countries: [DK]
            website: https://www.danchurchaid.org/
            """)
        .Organization("human-rights-network-uganda", """
            name: Human Rights Network-Uganda
            acronym: HURINET
            countries: [UG]
            """)
        .Write("sources/letter.txt", "the original text")
        .Letter("2009-07-20-debate", """
            title: A letter to governments
            date: 2009-07-20
            recipients: [Governments of the UN Member States]
            cc: President of the General Assembly
            publisher: danchurchaid
            language: en
            source:
              file: sources/letter.txt
              url: https://example.org/letter
            signatories:
              - name: DanChurch Aid
                organization: danchurchaid
                countries: [DK]
              - name: HURINET
                countries: [UG]
              - name: Human Rights Network – Uganda
                regions: [East Africa]
            people:
              - name: Dr. Jane Doe
                roles:
                  - title: Director
                    affiliation: DanChurchAid
                  - title: Member
                    affiliation: A group not in the archive
            """, "Excellency,\n\nWe write.\n\n- a point\n- another\n");

    [Fact]
    public void A_letter_loads_with_every_field()
    {
        using var content = TwoOrganizationsAndALetter();
        var result = LoadContent.FromFolder(content.Root);

        // The fixture prints HURINET twice, under two names, as real letters sometimes do.
        Assert.Equal(
            ["letters/2009-07-20-debate.md:17: warning: organization 'human-rights-network-uganda' already signed this letter at line 15"],
            result.Diagnostics.Select(d => d.ToString()));
        var letter = Assert.Single(result.Content!.Letters);
        Assert.Equal("2009-07-20-debate", letter.Id);
        Assert.Equal("A letter to governments", letter.Title);
        Assert.Equal("2009-07-20", letter.Date.ToString());
        Assert.False(letter.DateIsEstimate);
        Assert.Equal(["Governments of the UN Member States"], letter.Recipients);
        Assert.Equal(["President of the General Assembly"], letter.CopiedTo);
        Assert.Equal("danchurchaid", letter.PublisherId);
        Assert.Equal("sources/letter.txt", letter.Source.File);
        Assert.Equal(new Uri("https://example.org/letter"), letter.Source.Url);
        Assert.Equal("Excellency,\n\nWe write.\n\n- a point\n- another", letter.Body);
        Assert.Equal(new SourceLocation("letters/2009-07-20-debate.md", 1), letter.Location);
    }

    [Fact]
    public void A_signatory_without_an_organization_id_is_linked_by_its_printed_name()
    {
        using var content = TwoOrganizationsAndALetter();
        var letter = LoadContent.FromFolder(content.Root).Content!.Letters[0];

        Assert.Equal(
            ["danchurchaid", "human-rights-network-uganda", "human-rights-network-uganda"],
            letter.Signatories.Select(s => s.OrganizationId));
        Assert.Equal("HURINET", letter.Signatories[1].Name);
        Assert.Equal(["UG"], letter.Signatories[1].Countries.Select(c => c.Value));
        Assert.Equal(["East Africa"], letter.Signatories[2].Regions);
        Assert.Empty(letter.Signatories[2].Countries);
    }

    [Fact]
    public void Signatories_share_their_organizations_strings_instead_of_keeping_copies()
    {
        // 10,000 letters keep 320,000 signatories: copies of a few thousand names and ids were a sixth of what the
        // collector had to move while loading. Same text, same string; other text is kept as printed.
        using var content = TwoOrganizationsAndALetter();
        var archive = LoadContent.FromFolder(content.Root).Content!;
        var signatories = archive.Letters[0].Signatories;
        var danChurchAid = archive.FindOrganization("danchurchaid")!;
        var hurinet = archive.FindOrganization("human-rights-network-uganda")!;

        Assert.Same(danChurchAid.Id, signatories[0].OrganizationId);
        Assert.Same(danChurchAid.Aliases[0], signatories[0].Name);
        Assert.Same(hurinet.Id, signatories[1].OrganizationId);
        Assert.Same(hurinet.Acronym, signatories[1].Name);
        Assert.Equal("Human Rights Network – Uganda", signatories[2].Name);
        Assert.Same(archive.FindLetter("2009-07-20-debate")!.PublisherId, danChurchAid.Id);
    }

    [Fact]
    public void A_signatory_knows_the_line_it_is_written_on()
    {
        using var content = TwoOrganizationsAndALetter();
        var letter = LoadContent.FromFolder(content.Root).Content!.Letters[0];

        // Line 1 is the opening '---'; the first signatory's '- name:' is line 12.
        Assert.Equal(12, letter.Signatories[0].Location.Line);
    }

    [Fact]
    public void People_are_kept_apart_from_organizations_with_their_roles()
    {
        using var content = TwoOrganizationsAndALetter();
        var person = Assert.Single(LoadContent.FromFolder(content.Root).Content!.Letters[0].People);

        Assert.Equal("Dr. Jane Doe", person.Name);
        Assert.Equal(
            [new PersonRole("Director", "DanChurchAid", "danchurchaid"), new PersonRole("Member", "A group not in the archive", null)],
            person.Roles);
    }

    [Fact]
    public void An_organization_loads_with_its_names_and_countries()
    {
        using var content = TwoOrganizationsAndALetter();
        var organization = LoadContent.FromFolder(content.Root).Content!.FindOrganization("human-rights-network-uganda")!;

        Assert.Equal("Human Rights Network-Uganda", organization.Name);
        Assert.Equal("HURINET", organization.Acronym);
        Assert.Equal(["UG"], organization.Countries.Select(c => c.Value));
        Assert.Equal(["Human Rights Network-Uganda", "HURINET"], organization.PrintedNames);
    }

    [Fact]
    public void An_undated_letter_keeps_its_estimate_precision_and_the_reason()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A\ncountries: [UG]")
            .Letter("2008-undated", """
                title: Undated
                date: 2008
                undated: true
                date_note: It refers to the 63rd session, which opened in September 2008.
                source: https://example.org/x
                signatories:
                  - name: A
                """);
        var letter = LoadContent.FromFolder(content.Root).Content!.Letters[0];

        Assert.Equal(DatePrecision.Year, letter.Date.Precision);
        Assert.True(letter.DateIsEstimate);
        Assert.StartsWith("It refers to the 63rd session", letter.DateNote, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://example.org/x"), letter.Source.Url);
    }

    [Fact]
    public void Letters_come_newest_first_and_organizations_A_to_Z_ignoring_accents()
    {
        using var content = new TemporaryContent()
            .Organization("reseau", "name: Réseau de la Paix")
            .Organization("refugees", "name: Refugees International")
            .Organization("rwanda", "name: Rwanda Group")
            .Letter("old", "title: Old\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Réseau de la Paix\n  - name: Rwanda Group")
            .Letter("new", "title: New\ndate: 2012-03-23\nsource: https://example.org/\nsignatories:\n  - name: Refugees International");
        var archive = LoadContent.FromFolder(content.Root).Content!;

        Assert.Equal(["new", "old"], archive.Letters.Select(l => l.Id));
        Assert.Equal(["refugees", "reseau", "rwanda"], archive.Organizations.Select(o => o.Id));
    }

    [Fact]
    public void The_archive_answers_who_signed_with_whom_and_from_where()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A\ncountries: [UG]")
            .Organization("b", "name: B\ncountries: [UG, US]")
            .Organization("c", "name: C\ncountries: [KE]")
            .Letter("first", "title: First\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: A\n  - name: B\n  - name: C")
            .Letter("second", "title: Second\ndate: 2002\nsource: https://example.org/\nsignatories:\n  - name: A\n  - name: B\n    countries: [US]");
        var archive = LoadContent.FromFolder(content.Root).Content!;

        Assert.Equal(["first", "second"], archive.LettersSignedBy("a").Select(l => l.Id));
        Assert.Equal([("b", 2), ("c", 1)], archive.CoSignersOf("a").Select(c => (c.Organization.Id, c.LetterCount)));
        var uganda = archive.Countries.Single(c => c.Country.Code.Value == "UG");
        Assert.Equal(["a", "b"], uganda.Organizations.Select(o => o.Id));
        Assert.Equal(["second", "first"], uganda.Letters.Select(l => l.Id));
        Assert.Equal(["Kenya", "Uganda", "United States"], archive.CountriesOf(archive.FindLetter("first")!).Select(c => c.Name));
        Assert.Equal(["US"], archive.CountriesOf(archive.FindLetter("second")!.Signatories[1]).Select(c => c.Value));
        Assert.Equal(["UG", "US"], archive.CountriesOf(archive.FindLetter("first")!.Signatories[1]).Select(c => c.Value));
    }

    [Fact]
    public void Co_signers_come_most_shared_first_then_a_to_z_and_a_page_can_ask_for_the_first_few()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A")
            .Organization("b", "name: Bravo")
            .Organization("c", "name: Charlie")
            .Organization("d", "name: Delta")
            .Letter("first", "title: First\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: A\n  - name: Delta\n  - name: Charlie\n  - name: Bravo")
            .Letter("second", "title: Second\ndate: 2002\nsource: https://example.org/\nsignatories:\n  - name: A\n  - name: Charlie");
        var archive = LoadContent.FromFolder(content.Root).Content!;

        Assert.Equal([("c", 2), ("b", 1), ("d", 1)], archive.CoSignersOf("a").Select(c => (c.Organization.Id, c.LetterCount)));
        var firstTwo = archive.CoSignersOf("a", limit: 2);
        Assert.Equal(["c", "b"], firstTwo.Top.Select(c => c.Organization.Id));
        Assert.Equal(3, firstTwo.Total);
        Assert.Equal(0, archive.CoSignersOf("no-such-organization", limit: 2).Total);
    }

    [Fact]
    public void The_first_few_co_signers_are_the_first_few_of_them_all()
    {
        // 100 organizations and letters signed by overlapping runs of them, so counts and ties vary.
        var content = new TemporaryContent();
        for (var o = 0; o < 100; o++)
        {
            content.Organization($"o{o:D3}", $"name: Org {(o * 37) % 100:D3}");
        }

        for (var l = 0; l < 60; l++)
        {
            var signers = Enumerable.Range(0, 1 + (l * 7 % 40)).Select(i => $"  - name: Org {((l * 13) + (i * 3)) % 100 * 37 % 100:D3}");
            content.Letter($"l{l:D2}", $"title: L{l}\ndate: 2001\nsource: https://example.org/\nsignatories:\n{string.Join("\n", signers)}");
        }

        using (content)
        {
            var archive = LoadContent.FromFolder(content.Root).Content!;
            foreach (var organization in archive.Organizations)
            {
                var all = archive.CoSignersOf(organization.Id).Select(c => (c.Organization.Id, c.LetterCount)).ToList();
                foreach (var limit in new[] { 1, 3, 10, 64, 65, 1000 })
                {
                    var first = archive.CoSignersOf(organization.Id, limit);
                    Assert.Equal(all.Take(limit), first.Top.Select(c => (c.Organization.Id, c.LetterCount)));
                    Assert.Equal(all.Count, first.Total);
                }
            }
        }
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read_like_plain_text()
    {
        using var content = new TemporaryContent()
            .Organization("a", "name: A")
            .WriteBytes("letters/x.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: X\r\ndate: 2001\r\nsource: https://example.org/\r\nsignatories:\r\n  - name: A\r\n---\r\n\r\nText.\r\n"u8.ToArray()]);
        var result = LoadContent.FromFolder(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Text.", result.Content!.Letters[0].Body);
    }

    [Fact]
    public void Warnings_alone_do_not_stop_publishing()
    {
        using var content = new TemporaryContent().Organization("lonely", "name: Lonely");
        var result = LoadContent.FromFolder(content.Root);

        Assert.False(result.HasErrors);
        Assert.Equal(Severity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void The_About_page_loads_from_about_md_with_its_title_description_and_text()
    {
        using var content = new TemporaryContent()
            .Write("about.md", "---\ntitle: About this archive\ndescription: What it is.\n---\n\nThe archive keeps open letters.\n\n## Errors\n\nTell the editors.\n");
        var result = LoadContent.FromFolder(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new AboutText("About this archive", "What it is.", "The archive keeps open letters.\n\n## Errors\n\nTell the editors.", new SourceLocation("about.md", 1)),
            result.Content!.About);
    }

    [Fact]
    public void A_content_folder_without_about_md_loads_without_an_About_page()
    {
        using var content = new TemporaryContent();
        var result = LoadContent.FromFolder(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Content!.About);
    }
}
