using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// Sign-on forms and spreadsheets pasted under a letter (issue 14, the round for holdout14): answers in blocks of
/// "Key: value" lines, one block per respondent, and tables with an acronym column and a column that says whether
/// the organization signs. Only a yes signs; an individual's answer is a person; a totals row names no one. Each
/// letter is invented, small and written out in full.
/// </summary>
public class FormAnswersAndConsentTests
{
    [Fact]
    public void A_form_pasted_as_blocks_of_answers_reads_each_organization_once_with_its_countries_and_each_individual_as_a_person()
    {
        var draft = Read("""
            Madame la Ministre,

            Nous vous demandons de protéger les pêcheurs du fleuve.

            Cordialement,

            Les organisations et personnes signataires

            ANNEXE – Réponses au formulaire d'adhésion (export du 02/03/2021)

            Réponse 1 sur 5 — 01/03/2021 10:12:44
            Type de signataire : Organisation
            Nom de l'organisation : Collectif des Riverains du Fleuve
            Sigle : CRF
            Pays d'intervention : Sénégal; Mali
            Ville du siège : Saint-Louis
            Signez-vous la lettre ? Oui

            Réponse 2 sur 5 — 01/03/2021 11:40:02
            Type de signataire : Organisation
            Nom de l'organisation : essai
            Sigle :
            Pays d'intervention :
            Ville du siège :
            Signez-vous la lettre ? Non

            Réponse 3 sur 5 — 01/03/2021 15:03:51
            Type de signataire : À titre personnel
            Nom complet : Dr. Awa Konaté
            Sigle :
            Pays d'intervention : Mali
            Ville du siège : Bamako
            Signez-vous la lettre ? Oui

            Réponse 4 sur 5 — 02/03/2021 08:15:30
            Type de signataire : Organisation
            Nom de l'organisation : Association des Pêcheurs de Mopti
            Sigle : APM
            Pays d'intervention : Mali
            Ville du siège : Mopti
            Signez-vous la lettre ? Non – nous soutenons sans signer

            Réponse 5 sur 5 — 02/03/2021 09:47:18
            Type de signataire : Organisation
            Nom de l'organisation : Réseau Fleuve Vivant
            Sigle :
            Pays d'intervention : Mauritanie
            Ville du siège : Nouakchott
            Signez-vous la lettre ? Oui

            Fin des réponses.
            """);

        Assert.Equal(["Collectif des Riverains du Fleuve | SN,ML | ", "Réseau Fleuve Vivant | MR | "], draft.Signatories.Select(Describe));
        Assert.Equal(["Dr. Awa Konaté"], draft.People.Select(p => p.Name));
    }

    [Fact]
    public void A_spreadsheet_with_a_consent_column_signs_only_the_rows_answered_yes_and_its_totals_row_is_no_entry()
    {
        var draft = Read("""
            Señora Presidenta:

            Le pedimos proteger a las comunidades del río.

            Atentamente,

            N.º	Organización	Siglas	Ciudad	País	¿Confirmó?
            1	Red de Comunidades del Río	RCR	Asunción	Paraguay	Sí
            2	Centro de Estudios del Agua	CEA	Corrientes	Argentina	No
            3	Fundación Ribera Viva		Encarnación	Paraguay	Pendiente
            4	Observatorio del Litoral	OL	Montevideo	Uruguay	Sí (por correo)
            					
            Total de confirmadas:	2				
            """);

        Assert.Equal(["Red de Comunidades del Río | PY | ", "Observatorio del Litoral | UY | "], draft.Signatories.Select(Describe));
        Assert.Contains(draft.Skipped, s => s.Reason.Contains("had not confirmed", StringComparison.Ordinal));
        Assert.Contains(draft.Skipped, s => s.Reason.Contains("totals row", StringComparison.Ordinal));
    }

    private static LetterDraft Read(string text) => SignatoryShapeTests.Read(text);

    private static string Describe(PrintedSignatory s) =>
        $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}";
}
