using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// The title a form or a spreadsheet prints over its export, with the moment the export was made ("Responses –
/// exported 3/2/2024 18:05 (EAT)"), framed by rules above the sheet's header row (issue 14, the round for holdout29):
/// it names no one, in any language. Each letter is invented, small and written out in full.
/// </summary>
public class ExportTitlesWithTheirTimeTests
{
    [Fact]
    public void An_export_title_with_its_date_and_time_between_rules_over_the_sheet_is_no_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to keep the border crossings open for families fleeing the drought.

            Sincerely,

            The undersigned organisations

            ------------------------------------------
            Letter sign-on responses – exported 3/2/2024 18:05 (EAT)
            ------------------------------------------
            Timestamp	Organisation name	Country	Type of organisation
            2/27/2024 9:14:02	Horn Pastoralists Network	Kenya	National NGO
            2/27/2024 11:40:55	Dry Lands Relief	Ethiopia	National NGO
            2/28/2024 8:03:10	Water for Nomads	Somalia	International NGO
            """);

        Assert.Equal(["Horn Pastoralists Network", "Dry Lands Relief", "Water for Nomads"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void An_export_title_in_french_with_its_date_is_no_signatory()
    {
        var draft = SignatoryShapeTests.Read("""
            Madame la Ministre,

            Nous vous demandons de rouvrir les points de passage.

            Organisations signataires :

            Réponses au formulaire – exportées le 03/11/2023 à 14:02
            Réseau Sahel Solidarité (Niger)
            Association Eau Pour Tous (Mali)
            Collectif des Éleveurs (Burkina Faso)
            """);

        Assert.Equal(["Réseau Sahel Solidarité", "Association Eau Pour Tous", "Collectif des Éleveurs"], draft.Signatories.Select(s => s.Name));
    }
}
