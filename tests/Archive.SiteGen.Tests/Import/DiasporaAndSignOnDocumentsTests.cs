namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// How diaspora, press-freedom and Indigenous-rights coalitions print their lists (issue 14, holdout42): a diaspora
/// community's country after its kind in brackets, three columns run together with a name that ends in a number, a
/// Spanish "Firmamos:", a shared document's comment threads among the names, a page's link to its sign-on form, and
/// regions of the Americas named by their own peoples' words. Each letter is invented, small and written out in full.
/// </summary>
public class DiasporaAndSignOnDocumentsTests
{
    [Fact]
    public void A_diaspora_communitys_country_follows_its_kind_in_brackets()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Members of the Council,

            We ask you to establish an independent accountability mechanism.

            Signatories

            Tigray Community Association Netherlands (Tigray diaspora, Netherlands)
            Eritrean Platform for Justice (Eritrean diaspora, Norway)
            Free Press Eritrea (in exile, Sweden)
            Horn Monitors (United Kingdom)
            """);

        Assert.Equal(["Tigray Community Association Netherlands", "Eritrean Platform for Justice", "Free Press Eritrea", "Horn Monitors"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["NL", "NO", "SE", "GB"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void Three_columns_run_together_are_read_line_by_line_though_a_name_ends_with_a_number()
    {
        var draft = SignatoryShapeTests.Read("""
            Your Excellency,

            We ask you to release the journalists held without charge since 2001.

            SIGNED BY

            Free the Press Campaign                      Release the Nine                           Writers in Exile
            Horn Movement for Democracy (HMD)   Horn Focus            One Day Network
            Danish Writers Union                      Human Rights Watch                      ARTICLE 19
            """);

        Assert.Equal(["Free the Press Campaign", "Release the Nine", "Writers in Exile", "Horn Movement for Democracy (HMD)", "Horn Focus", "One Day Network", "Danish Writers Union", "Human Rights Watch", "ARTICLE 19"],
            draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void Firmamos_heads_the_list_and_the_numbered_demands_above_it_stay_the_letters()
    {
        var draft = SignatoryShapeTests.Read("""
            Señora Presidenta:

            Las organizaciones abajo firmantes expresamos nuestra indignación por el asesinato del defensor.

            Exigimos:

            1. Una investigación independiente que identifique a autores materiales e intelectuales del asesinato;
            2. La protección efectiva de las personas beneficiarias de medidas cautelares
            3. Que la Comisión realice una visita in loco al Bajo Aguán

            Firmamos:

            Red Mesoamericana de Defensa de los Territorios (Abya Yala)
            Consejo Cívico de Organizaciones del Valle (Honduras)
            """);

        Assert.Equal(["Red Mesoamericana de Defensa de los Territorios", "Consejo Cívico de Organizaciones del Valle"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["", "HN"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
    }

    [Fact]
    public void A_shared_documents_comment_threads_among_the_names_and_its_sign_on_link_are_no_signers()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Presidents,

            We ask you to protect the defenders of the Amazon before COP16.

            Signed,

            Amazon Frontlines — Quito, Ecuador
            Rede Eclesial Pan-Amazônica (REPAM) — Pan-Amazônia

              💬 Comment · Resolved
              Diego R. (ONIC): Can we keep Indigenous organisations at the top? — Marked as resolved by Secretariat

            Forest Peoples Programme — Oxford, United Kingdom
            Rainforest Foundation US — New York, USA

            INDIVIDUALS

            Dr. Laura Quispe Huamán, anthropologist

              💬 Comment · Resolved
              Secretariat: List final. Letter sent 18/10, 16:40. Thanks all!

            Add your organization's name to future letters →
            """);

        Assert.Equal(["Amazon Frontlines", "Rede Eclesial Pan-Amazônica (REPAM)", "Forest Peoples Programme", "Rainforest Foundation US"], draft.Signatories.Select(s => s.Name));
        Assert.Equal(["EC", "", "GB", "US"], draft.Signatories.Select(s => string.Join(",", s.Places.Countries)));
        Assert.Equal(["Dr. Laura Quispe Huamán"], draft.People.Select(p => p.Name));
    }
}
