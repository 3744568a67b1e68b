using Archive.SiteGen.Import;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How a printed signatory is linked when what the letter prints and what the archive knows meet: a country read from
/// the name, a distinctive name printed from another country, and a dash that may end a name or separate a place.
/// </summary>
public sealed class ImportLinkingTests : IDisposable
{
    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("alternative-asean-network-on-burma", "name: Alternative ASEAN Network on Burma\nacronym: ALTSEAN-Burma\ncountries: [TH]\n")
        .Organization("international-crisis-group", "name: International Crisis Group\ncountries: [US]\n")
        .Organization("human-rights-network-uganda", "name: Human Rights Network-Uganda\nacronym: HURINET\ncountries: [UG]\n")
        .Organization("women-and-law-in-southern-africa", "name: Women and Law in Southern Africa\ncountries: [LS]\n")
        .Organization("world-federalist-movement-canada", "name: World Federalist Movement – Canada\ncountries: [CA]\n")
        .Organization("world-organisation-against-torture", "name: World Organisation Against Torture\ncountries: [CH]\n")
        .Organization("world-association-of-human-rights-defenders", "name: World Association of Human Rights Defenders\ncountries: [CH]\n")
        .Organization("sauti-yetu", "name: Sauti Yetu\ncountries: [KE]\n")
        .Organization("marula-international", "name: Marula International\ncountries: [US]\n")
        .Organization("observatoire-des-droits-humains-en-afrique-centrale", "name: Observatoire des Droits Humains en Afrique Centrale\nacronym: ODHAC\ncountries: [CM]\n")
        .Organization("norwegian-church-aid", "name: Norwegian Church Aid\ncountries: [NO]\n")
        .Organization("danchurchaid", "name: DanChurchAid\ncountries: [DK]\n")
        .Organization("canadian-lawyers-for-international-human-rights", "name: Canadian Lawyers for International Human Rights\ncountries: [CA]\n")
        .Organization("united-nations-association-in-canada", "name: United Nations Association in Canada\nacronym: UNA-Canada\ncountries: [CA]\n")
        .Organization("centre-for-peace-and-conflict-studies", "name: Centre for Peace and Conflict Studies\ncountries: [AU]\n")
        .Organization("human-rights-watch", "name: Human Rights Watch\nacronym: HRW\ncountries: [US]\n")
        .Organization("united-nations-association-denmark", "name: United Nations Association – Denmark\ncountries: [DK]\n")
        .Organization("international-coalition-for-the-responsibility-to-protect", "name: International Coalition for the Responsibility to Protect\nacronym: ICRtoP\ncountries: [US]\n");

    private readonly string _letter = Path.Combine(Path.GetTempPath(), "archive-linking-" + Guid.NewGuid().ToString("N") + ".txt");

    public void Dispose()
    {
        _content.Dispose();
        File.Delete(_letter);
    }

    [Fact]
    public void A_country_read_only_from_the_name_does_not_keep_the_name_from_its_organization_and_is_not_kept()
    {
        var signatory = Only("ALTSEAN-Burma");

        Assert.Equal(("alternative-asean-network-on-burma", ""), (signatory.OrganizationId, string.Join(",", signatory.Printed.Places.Countries)));
        Assert.Contains("the name names MM, where alternative-asean-network-on-burma is not", signatory.Printed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distinctive_name_printed_with_another_country_is_still_its_organization_and_a_short_one_goes_to_review()
    {
        var crisisGroup = Only("International Crisis Group (Belgium)");
        var network = Only("Human Rights Network-Uganda (Kenya)");

        Assert.Equal(("international-crisis-group", false), (crisisGroup.OrganizationId, crisisGroup.IsNewOrganization));
        Assert.Contains("but the name is distinctive", crisisGroup.Match.Reason, StringComparison.Ordinal);
        Assert.True(network.IsNewOrganization);
        Assert.Equal("human-rights-network-uganda", network.Match.Candidates[0].Organization.Id);
    }

    [Fact]
    public void In_a_list_that_prints_places_apart_a_dash_separates_the_place_unless_the_whole_is_a_name_or_a_branch_of_another_country()
    {
        var signatories = Read("""
            Aegis Trust (UK)
            Genocide Alert, Germany
            Front Line Defenders – Ireland
            World Federalist Movement – Canada
            Women and Law in Southern Africa – Zambia
            """);

        Assert.Equal(
            [
                "Aegis Trust | aegis-trust | GB",
                "Genocide Alert | genocide-alert | DE",
                "Front Line Defenders | front-line-defenders | IE",
                "World Federalist Movement – Canada | world-federalist-movement-canada | CA",
                "Women and Law in Southern Africa – Zambia | women-and-law-in-southern-africa-zambia | ZM",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    [Fact]
    public void Under_a_country_heading_a_known_name_keeps_its_name_in_the_countrys_language_in_brackets_and_a_new_one_loses_its_town()
    {
        var signatories = Read("""
            DENMARK
            DanChurchAid (Folkekirkens Nødhjælp)

            NORWAY
            Fjord Peace Network (Tromsø Nord)

            GERMANY
            Ohne Rüstung Leben (Stuttgart)
            """);

        Assert.Equal(
            [
                "DanChurchAid (Folkekirkens Nødhjælp) | danchurchaid | DK",
                "Fjord Peace Network | fjord-peace-network | NO",
                "Ohne Rüstung Leben | ohne-rustung-leben | DE",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
        Assert.Contains("kept 'DanChurchAid (Folkekirkens Nødhjælp)' as one name", signatories[0].Printed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_name_in_another_language_before_a_dash_keeps_the_country_after_it_as_its_place()
    {
        // "FN-forbundet – Denmark" reads as the "United Nations Association – Denmark" whole, but "FN-forbundet" is that
        // association's name already, in Danish: "Denmark" is where it is, as on the other lines.
        var signatories = Read("""
            FN-forbundet – Denmark
            Lakeside Peace Council – Kenya
            Tana River Women Forum – Kenya
            """);

        Assert.Equal(
            ["FN-forbundet | united-nations-association-denmark | DK", "Lakeside Peace Council | lakeside-peace-council | KE", "Tana River Women Forum | tana-river-women-forum | KE"],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    [Fact]
    public void A_new_organization_is_never_given_the_id_the_site_keeps_for_its_organizations_by_initial()
    {
        var signatory = Only("Initial (Kenya)");

        Assert.True(signatory.IsNewOrganization);
        Assert.Equal("initial-2", signatory.OrganizationId);
    }

    [Fact]
    public void In_a_list_that_prints_places_apart_a_distinctive_name_with_another_country_after_its_dash_is_its_organization_not_a_branch()
    {
        var signatories = Read("""
            Aegis Trust – United Kingdom
            World Organisation Against Torture – Belgium
            Women and Law in Southern Africa – Zambia
            """);

        Assert.Equal(
            [
                "Aegis Trust | aegis-trust | GB",
                "World Organisation Against Torture | world-organisation-against-torture | BE",
                "Women and Law in Southern Africa – Zambia | women-and-law-in-southern-africa-zambia | ZM",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    [Fact]
    public void In_a_list_that_prints_places_apart_a_name_only_similar_to_one_of_another_country_is_no_branch_and_its_dash_separates_the_place()
    {
        var signatories = Read("""
            Aegis Trust – United Kingdom
            Lawyers for Human Rights – South Africa
            Women and Law in Southern Africa – Zambia
            """);

        Assert.Equal(
            [
                "Aegis Trust | aegis-trust | GB",
                "Lawyers for Human Rights | lawyers-for-human-rights | ZA",
                "Women and Law in Southern Africa – Zambia | women-and-law-in-southern-africa-zambia | ZM",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    [Fact]
    public void A_name_printed_in_another_language_links_to_the_organization_filed_in_english_and_says_why()
    {
        var signatory = Only("Asociación Mundial de Defensores de Derechos Humanos (Suiza)");

        Assert.Equal(("world-association-of-human-rights-defenders", false), (signatory.OrganizationId, signatory.IsNewOrganization));
        Assert.Contains("both read 'world association human rights defenders' in English", signatory.Match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citys_country_that_agrees_links_a_name_written_another_way_and_one_that_does_not_leaves_it_to_review()
    {
        var inMombasa = Only("Association Sauti Yetu (Mombasa)");
        var inLyon = Only("Association Sauti Yetu (Lyon)");

        Assert.Equal(("sauti-yetu", false), (inMombasa.OrganizationId, inMombasa.IsNewOrganization));
        Assert.Contains("the country is its city's, Mombasa", inMombasa.Match.Reason, StringComparison.Ordinal);
        Assert.True(inLyon.IsNewOrganization);
        Assert.Equal("sauti-yetu", inLyon.Match.Candidates[0].Organization.Id);
    }

    [Fact]
    public void A_name_of_kinds_and_fields_whose_city_is_in_another_country_goes_to_review_and_a_name_of_its_own_links()
    {
        // Many centres are called so: the one in Siem Reap is not Sydney's. Human Rights Watch in Geneva is its office.
        var inSiemReap = Only("Centre for Peace and Conflict Studies (CPCS), Siem Reap");
        var inSydney = Only("Centre for Peace and Conflict Studies, Sydney");
        var inGeneva = Only("Human Rights Watch, Geneva");

        Assert.True(inSiemReap.IsNewOrganization);
        Assert.Equal("centre-for-peace-and-conflict-studies", inSiemReap.Match.Candidates[0].Organization.Id);
        Assert.Contains("the country is its city's, Siem Reap", inSiemReap.Match.Reason, StringComparison.Ordinal);
        Assert.Equal(("centre-for-peace-and-conflict-studies", false), (inSydney.OrganizationId, inSydney.IsNewOrganization));
        Assert.Equal(("human-rights-watch", false), (inGeneva.OrganizationId, inGeneva.IsNewOrganization));
    }

    [Fact]
    public void A_name_written_in_another_language_that_says_it_is_worldwide_links_wherever_its_city_is()
    {
        // The Swiss association's name in Spanish, which says it is a world body: printed from Lima it is the
        // association, as "World Association of Human Rights Defenders (Lima)" would be; from Geneva or alone too.
        var inLima = Only("Asociación Mundial de Defensores de Derechos Humanos (Lima)");
        var inGeneva = Only("Asociación Mundial de Defensores de Derechos Humanos (Genève)");
        var alone = Only("Asociación Mundial de Defensores de Derechos Humanos");

        Assert.Equal(("world-association-of-human-rights-defenders", false), (inLima.OrganizationId, inLima.IsNewOrganization));
        Assert.Contains("they differ only in language", inLima.Match.Reason, StringComparison.Ordinal);
        Assert.Equal(("world-association-of-human-rights-defenders", false), (inGeneva.OrganizationId, inGeneva.IsNewOrganization));
        Assert.Equal(("world-association-of-human-rights-defenders", false), (alone.OrganizationId, alone.IsNewOrganization));
    }

    [Fact]
    public void In_a_list_that_prints_places_apart_a_name_written_another_way_with_another_country_after_its_dash_is_a_name_and_its_country()
    {
        // "Marula Internacional" is the Marula International of the United States written in Portuguese; printed with
        // Kenya it is that body still, as its name says it is international (the country is added to it); the dash
        // still separates the place.
        var signatories = Read("""
            Aegis Trust – United Kingdom
            Marula Internacional – Quénia
            Women and Law in Southern Africa – Zambia
            """);

        Assert.Equal(
            [
                "Aegis Trust | aegis-trust | GB",
                "Marula Internacional | marula-international | KE",
                "Women and Law in Southern Africa – Zambia | women-and-law-in-southern-africa-zambia | ZM",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
        Assert.Equal("marula-international", signatories[1].Match.Candidates[0].Organization.Id);
    }

    [Fact]
    public void A_name_printed_with_another_goes_to_review_when_either_name_leads_elsewhere()
    {
        // The Portuguese name alone is Norwegian Church Aid's, printed from Mozambique: the whole, new, keeps it as a
        // candidate. Later the English name is printed with the Norwegian one, which is now like the new file: one
        // body filed twice, or two bodies; neither is taken for the other.
        var signatories = Read("""
            Ajuda da Igreja Norueguesa (Kirkens Nødhjelp) (Mozambique)
            Norwegian Church Aid / Kirkens Nødhjelp
            """);

        Assert.Equal(
            [
                "ajuda-da-igreja-norueguesa-kirkens-nodhjelp | Review | norwegian-church-aid",
                "norwegian-church-aid-kirkens-nodhjelp | Review | norwegian-church-aid, ajuda-da-igreja-norueguesa-kirkens-nodhjelp",
            ],
            signatories.Select(s => $"{s.OrganizationId} | {s.Match.Method} | {string.Join(", ", s.Match.Candidates.Select(c => c.Organization.Id))}"));
        Assert.Contains("name two organizations, or one filed twice", signatories[1].Match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_of_one_country_printed_after_a_dash_with_another_country_is_that_body_for_review_not_a_branch()
    {
        // A body of a region has national chapters named after their country; one of a single country printed with
        // another is that body, signing from there, which the editor confirms since its short name is filed elsewhere.
        var signatories = Read("""
            Aegis Trust – United Kingdom
            Sauti Yetu – Tanzania
            Women and Law in Southern Africa – Zambia
            """);

        Assert.Equal(
            [
                "Aegis Trust | aegis-trust | GB | New",
                "Sauti Yetu | sauti-yetu-tanzania | TZ | Review",
                "Women and Law in Southern Africa – Zambia | women-and-law-in-southern-africa-zambia | ZM | New",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)} | {s.Match.Method}"));
        Assert.Equal("sauti-yetu", signatories[1].Match.Candidates[0].Organization.Id);
    }

    [Fact]
    public void A_division_programme_or_office_after_a_dash_signs_for_the_body_before_it()
    {
        // The unit is printed and kept in the name; the body it belongs to is the organization. Another name after the
        // dash is no unit: the editor decides.
        var signatories = Read("""
            International Crisis Group – Africa Program
            World Organisation Against Torture – Oficina para América Latina
            Sauti Yetu – Geneva Office
            Marula International – Friends of the Coast
            """);

        Assert.Equal(
            [
                "International Crisis Group – Africa Program | international-crisis-group",
                "World Organisation Against Torture – Oficina para América Latina | world-organisation-against-torture",
                "Sauti Yetu – Geneva Office | sauti-yetu",
                "Marula International – Friends of the Coast | marula-international-friends-of-the-coast",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId}"));
        Assert.Contains("'Africa Program', after a dash, is a unit of it", signatories[0].Match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Beside_an_entry_in_an_organizations_own_name_another_in_other_words_that_read_alike_is_another_body_for_review()
    {
        // "Droits de l'Homme" and "Droits Humains" read alike, but a letter names each signatory once: two lines in two
        // wordings are two bodies, and the one not in the organization's own name is the editor's to decide. The same
        // words typed twice, with a slip, are one organization signing twice.
        var signatories = Read("""
            Observatoire des Droits de l'Homme en Afrique Centrale – Douala
            Observatoire des Droits Humains en Afrique Centrale (ODHAC) – Yaoundé
            Marula Internationl (USA)
            Marula International (USA)
            """);

        Assert.Equal(
            [
                "observatoire-des-droits-de-lhomme-en-afrique-centrale | Review | observatoire-des-droits-humains-en-afrique-centrale",
                "observatoire-des-droits-humains-en-afrique-centrale | Acronym | observatoire-des-droits-humains-en-afrique-centrale",
                "marula-international | Variant | marula-international",
            ],
            signatories.Select(s => $"{s.OrganizationId} | {s.Match.Method} | {string.Join(", ", s.Match.Candidates.Select(c => c.Organization.Id))}"));
        Assert.Contains("another entry of this letter is observatoire-des-droits-humains-en-afrique-centrale by its own name", signatories[0].Match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acronym_printed_before_the_name_links_by_either_and_a_name_in_capitals_after_the_dash_is_no_description()
    {
        // "UNA-Canada – United Nations Association in Canada": the words after the dash name the body, they do not
        // describe one "in Canada"; "ICRtoP – International Coalition …" is the acronym then the name (holdout32).
        var signatories = Read("""
            21. UNA-Canada – United Nations Association in Canada, Ottawa
            22. ICRtoP – International Coalition for the Responsibility to Protect, New York
            23. Lakeside Forum – an association in Canada
            """);

        Assert.Equal(
            [
                "UNA-Canada – United Nations Association in Canada | united-nations-association-in-canada | CA",
                "ICRtoP – International Coalition for the Responsibility to Protect | international-coalition-for-the-responsibility-to-protect | US",
                "Lakeside Forum | lakeside-forum | CA",
            ],
            signatories.Select(s => $"{s.Printed.Name} | {s.OrganizationId} | {string.Join(",", s.Printed.Places.Countries)}"));
    }

    private ResolvedSignatory Only(string line) => Assert.Single(Read(line));

    private IReadOnlyList<ResolvedSignatory> Read(string list)
    {
        File.WriteAllText(_letter, $"20 July 2009\n\nDear Minister,\n\nWe write to you.\n\nSignatories:\n\n{list}\n");
        var outcome = ImportLetters.Plan(new ImportOptions(_content.Root, [_letter]), forWriting: false);
        Assert.Empty(outcome.Problems);
        return Assert.Single(outcome.Letters).Signatories;
    }
}
