using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>Every shape of signatory line letters use, each in a small letter of its own.</summary>
public class SignatoryShapeTests
{
    [Theory]
    [InlineData("Genocide Alert (Germany)", "Genocide Alert | DE | ")]
    [InlineData("Genocide Alert, Germany", "Genocide Alert | DE | ")]
    [InlineData("Genocide Alert [Germany]", "Genocide Alert | DE | ")]
    [InlineData("Canadian Council for International Co-operation, Canada.", "Canadian Council for International Co-operation | CA | ")]
    [InlineData("Refugee Law Project – Kampala, Uganda", "Refugee Law Project | UG | ")]
    [InlineData("Human Rights Network (HURINET), Uganda", "Human Rights Network (HURINET) | UG | ")]
    [InlineData("Human Rights Network, Uganda (HURINET)", "Human Rights Network (HURINET) | UG | ")]
    [InlineData("Human Rights Network (Uganda) (HURINET)", "Human Rights Network (HURINET) | UG | ")]
    [InlineData("Lutheran Development Service (LDS) Swaziland", "Lutheran Development Service (LDS) | SZ | ")]
    [InlineData("Action des jeunes pour la Paix - ADECOP (DR Congo)", "Action des jeunes pour la Paix - ADECOP | CD | ")]
    [InlineData("Réseau de la Femme Africaine (FEMNET) (Mali)", "Réseau de la Femme Africaine (FEMNET) | ML | ")]
    [InlineData("International Refugee Rights Initiative (Uganda and USA)", "International Refugee Rights Initiative | UG,US | ")]
    [InlineData("World Federalist Movement – Institute for Global Policy (United States, The Netherlands)", "World Federalist Movement – Institute for Global Policy | US,NL | ")]
    [InlineData("East African Peace Network (Uganda/Kenya)", "East African Peace Network | UG,KE | ")]
    [InlineData("Ligue des droits de l'homme (Ouganda)", "Ligue des droits de l'homme | UG | ")]
    [InlineData("Red de Mujeres por la Paz (Estados Unidos)", "Red de Mujeres por la Paz | US | ")]
    [InlineData("Droits Humains Sans Frontières (Democratic Republic of the Congo)", "Droits Humains Sans Frontières | CD | ")]
    [InlineData("Charter of Human Responsibilities (South Asia)", "Charter of Human Responsibilities |  | South Asia")]
    [InlineData("West Africa Network for Peacebuilding (West Africa)", "West Africa Network for Peacebuilding |  | West Africa")]
    [InlineData("Coordinadora Regional (Latin America)", "Coordinadora Regional |  | Latin America")]
    [InlineData("Asia Pacific Forum (Asia-Pacific)", "Asia Pacific Forum |  | Asia-Pacific")]
    [InlineData("Great Lakes Peace Initiative (Great Lakes Region)", "Great Lakes Peace Initiative |  | Great Lakes Region")]
    [InlineData("Arab Human Rights Fund (Middle East)", "Arab Human Rights Fund |  | Middle East")]
    [InlineData("Amnesty International (Global)", "Amnesty International |  | Global")]
    [InlineData("World Federalist Movement - Canada", "World Federalist Movement - Canada | CA | ")]
    [InlineData("Genocide Alert - Germany", "Genocide Alert - Germany | DE | ")]
    [InlineData("Oxfam-Australia", "Oxfam-Australia | AU | ")]
    [InlineData("UNA-Canada", "UNA-Canada | CA | ")]
    [InlineData("Lake Peace Brigades (LPB) – Proyecto Guatemala", "Lake Peace Brigades (LPB) – Proyecto Guatemala | GT | ")]
    [InlineData("United Nations Association – UK (United Kingdom)", "United Nations Association – UK | GB | ")]
    [InlineData("Asia-Pacific Solidarity Coalition", "Asia-Pacific Solidarity Coalition |  | ")]
    [InlineData("Human Rights Watch", "Human Rights Watch |  | ")]
    [InlineData("Women, Peace and Security Network, Kenya", "Women, Peace and Security Network | KE | ")]
    [InlineData("Women, Peace and Security Network, Nairobi, Kenya", "Women, Peace and Security Network | KE | ")]
    [InlineData("Refugee Law Project, Kampala, Uganda", "Refugee Law Project | UG | ")]
    [InlineData("Center for Peace, Justice, and Reconciliation, Liberia", "Center for Peace, Justice, and Reconciliation | LR | ")]
    [InlineData("Peace Brigades International (Kenya)*", "Peace Brigades International | KE | ")]
    [InlineData("Peace Brigades International** (Kenya)", "Peace Brigades International | KE | ")]
    [InlineData("Peace Brigades International (link is external) (Kenya)", "Peace Brigades International | KE | ")]
    [InlineData("Lakeside Women Forum (KE)", "Lakeside Women Forum | KE | ")]
    [InlineData("Great Lakes Peace Initiative (RW, CD)", "Great Lakes Peace Initiative | RW,CD | ")]
    [InlineData("Coastal Rights Alliance (TZ/KE)", "Coastal Rights Alliance | TZ,KE | ")]
    [InlineData("Islamic Relief (IR)", "Islamic Relief (IR) |  | ")]
    [InlineData("Peace Alliance (PA)", "Peace Alliance (PA) |  | ")]
    [InlineData("Lakeside Women Forum (ZZ)", "Lakeside Women Forum (ZZ) |  | ")]
    [InlineData("Lakeside Women Forum (Arezzo, Italia)", "Lakeside Women Forum | IT | ")]
    [InlineData("Lakeside Women Forum (Ginevra, Svizzera)", "Lakeside Women Forum | CH | ")]
    [InlineData("Lakeside Women Forum – Londen", "Lakeside Women Forum | GB | ")]
    [InlineData("ACT Alliance member: Christian Aid (United Kingdom)", "Christian Aid | GB | ")]
    [InlineData("Member of FIDH: Ligue Iteka (Burundi)", "Ligue Iteka | BI | ")]
    [InlineData("Peace Brigades International [external link], Kenya", "Peace Brigades International | KE | ")]
    public void A_signatory_line_gives_the_printed_name_its_countries_and_its_regions(string line, string expected)
    {
        var draft = Read($"""
            Dear Minister,

            We write to you.

            Sincerely,

            {line}
            """);

        Assert.Equal(expected, Describe(Assert.Single(draft.Signatories)));
    }

    [Theory]
    [InlineData("1. Genocide Alert (Germany)")]
    [InlineData("1) Genocide Alert (Germany)")]
    [InlineData("- Genocide Alert (Germany)")]
    [InlineData("• Genocide Alert (Germany)")]
    [InlineData("* Genocide Alert (Germany)")]
    [InlineData("a) Genocide Alert (Germany)")]
    [InlineData("o Genocide Alert (Germany)")]
    [InlineData("(xiv) Genocide Alert (Germany)")]
    [InlineData("viii. Genocide Alert (Germany)")]
    [InlineData("ii) Genocide Alert (Germany)")]
    public void Numbered_and_bulleted_lines_lose_their_marker(string line)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\n{line}\n");

        Assert.Equal("Genocide Alert | DE | ", Describe(Assert.Single(draft.Signatories)));
    }

    [Theory]
    [InlineData("Genocide Alert (Germany); Human Rights Watch (USA); Aegis Trust (UK)")]
    [InlineData("Genocide Alert (Germany), Human Rights Watch (USA), Aegis Trust (UK)")]
    [InlineData("Genocide Alert, Germany; Human Rights Watch, USA; Aegis Trust, UK.")]
    [InlineData("Genocide Alert (Germany), Human Rights Watch, USA, Aegis Trust, London, UK")]
    public void Several_organizations_in_one_paragraph_are_separate_signatories(string line)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSignatories:\n{line}\n");

        Assert.Equal(
            ["Genocide Alert | DE | ", "Human Rights Watch | US | ", "Aegis Trust | GB | "],
            draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_list_printed_twice_bare_then_with_countries_gives_one_signatory_each()
    {
        var draft = Read("""
            Dear Minister,

            We write to you.

            Sincerely,

            Genocide Alert
            Aegis Trust

            Signatories:
            Genocide Alert (Germany)
            Aegis Trust (United Kingdom)
            """);

        Assert.Equal(["Genocide Alert | DE | ", "Aegis Trust | GB | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void People_with_titles_roles_and_affiliations_are_people_and_contact_lines_are_nothing()
    {
        var draft = Read("""
            Excellency,

            We write to you.

            Yours sincerely,

            William R. Pace, Executive Director, WFM-IGP
            pace@example.org
            www.example.org
            https://example.org/letters
            Tel: +1 212 599 1320
            708 Third Ave, 24th Floor, New York, NY 10017
            P.O. Box 1234, Nairobi

            Dr. Andrés Serbin / Chair, International Coalition for the Responsibility to Protect / Executive Director, Coordinadora Regional

            Sapna Chhatpar Considine
            Deputy-Director, International Coalition for the Responsibility to Protect

            Jane Doe
            Executive Director
            Refugee Law Project
            Jane Doe
            """);

        Assert.Empty(draft.Signatories);
        Assert.Equal(
            [
                "William R. Pace: Executive Director / WFM-IGP",
                "Dr. Andrés Serbin: Chair / International Coalition for the Responsibility to Protect; Executive Director / Coordinadora Regional",
                "Sapna Chhatpar Considine: Deputy-Director / International Coalition for the Responsibility to Protect",
                "Jane Doe: Executive Director / Refugee Law Project",
            ],
            draft.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => $"{r.Title} / {r.Affiliation}"))}"));
    }

    [Fact]
    public void Under_an_individuals_heading_every_line_is_a_person()
    {
        var draft = Read("""
            Dear Minister,

            We write to you.

            Signatories:

            Genocide Alert (Germany)

            Individuals:

            Jane Doe (Kenya)
            John Smith, Professor, University of Nairobi
            """);

        Assert.Equal("Genocide Alert | DE | ", Describe(Assert.Single(draft.Signatories)));
        Assert.Equal(
            ["Jane Doe: ", "John Smith: Professor / University of Nairobi"],
            draft.People.Select(p => $"{p.Name}: {string.Join("; ", p.Roles.Select(r => $"{r.Title} / {r.Affiliation}"))}"));
    }

    [Fact]
    public void A_signer_block_then_an_endorsement_list_gives_one_person_and_the_organizations()
    {
        var draft = Read("""
            Your Excellency,

            We write to you.

            Sincerely,

            Jane Doe

            Coordinator

            Refugee Law Project

            jane@example.org

            Jane Doe

            This letter was endorsed by the following organizations:

            Genocide Alert, Germany

            Gender DynamiX, South Africa
            """);

        Assert.Equal("Jane Doe", Assert.Single(draft.People).Name);
        Assert.Equal(["Genocide Alert | DE | ", "Gender DynamiX | ZA | "], draft.Signatories.Select(Describe));
    }

    [Theory]
    [InlineData("Sincerely,")]
    [InlineData("Yours sincerely,")]
    [InlineData("Yours faithfully,")]
    [InlineData("Respectfully,")]
    [InlineData("Signed by:")]
    [InlineData("Signatories")]
    [InlineData("Signatories:")]
    [InlineData("This letter was endorsed by the following organizations:")]
    [InlineData("Endorsed by:")]
    [InlineData("The undersigned organizations:")]
    [InlineData("Please accept the assurances of our highest consideration,")]
    [InlineData("Cordialement,")]
    [InlineData("Atentamente,")]
    [InlineData("Firmantes:")]
    [InlineData("Atenciosamente,")]
    [InlineData("Com os melhores cumprimentos,")]
    [InlineData("Em nome das organizações signatárias:")]
    public void The_signatory_block_starts_at_a_closing_or_a_list_heading(string start)
    {
        var draft = Read($"Dear Minister,\n\nWe, the undersigned organizations, write to you about the situation.\n\n{start}\n\nGenocide Alert (Germany)\n");

        Assert.Equal("Genocide Alert | DE | ", Describe(Assert.Single(draft.Signatories)));
        Assert.DoesNotContain("Genocide", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_whose_name_starts_like_a_title_is_not_a_role()
    {
        var draft = Read("Dear Minister,\n\nWe write to you.\n\nSincerely,\n\nGlobal Witness\nExecutive Secretariat of ICGLR\n");

        Assert.Empty(draft.People);
        Assert.Equal(["Global Witness |  | ", "Executive Secretariat of ICGLR |  | "], draft.Signatories.Select(Describe));
    }

    [Fact]
    public void A_sentence_that_starts_like_a_heading_does_not_start_the_block()
    {
        var draft = Read("Signatories urge action on Darfur\n\nDear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n");

        Assert.Equal("Signatories urge action on Darfur", draft.Title);
        Assert.Equal("Genocide Alert | DE | ", Describe(Assert.Single(draft.Signatories)));
    }

    [Theory]
    [InlineData("###")]
    [InlineData("For more information, please contact Jane Doe")]
    [InlineData("Contact: Jane Doe, +1 212 555 0100")]
    [InlineData("[1] The report of the Secretary-General, A/63/677.")]
    [InlineData("Notes:")]
    public void The_signatory_block_ends_at_a_trailer(string trailer)
    {
        var draft = Read($"Dear Minister,\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n\n{trailer}\n\nAegis Trust (UK)\n");

        Assert.Equal("Genocide Alert | DE | ", Describe(Assert.Single(draft.Signatories)));
    }

    internal static LetterDraft Read(string text)
    {
        var draft = ReadLetterText.From(text, "letter.txt", out var problem);
        Assert.Null(problem);
        return draft!;
    }

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
