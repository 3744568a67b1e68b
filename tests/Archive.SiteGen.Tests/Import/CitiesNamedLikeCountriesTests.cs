using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// A city whose name is a country's without its article (issue 14, the round for holdout23): "Salvador" is the
/// Brazilian city, "El Salvador" the country, however the letter prints it; and cities printed in their own language
/// ("Moskva"). Each letter is invented, small and written out in full.
/// </summary>
public class CitiesNamedLikeCountriesTests
{
    [Fact]
    public void Salvador_alone_is_the_brazilian_city_and_with_its_article_the_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to protect the river communities and those who defend them.

            Signed,

            Rede de Pescadores do Recôncavo – Salvador
            Fundación Río Lempa (El Salvador)
            Mesa por la Tierra – EL SALVADOR
            Instituto Mar Aberto, Salvador
            """);

        Assert.Equal(
            ["Rede de Pescadores do Recôncavo | BR", "Fundación Río Lempa | SV", "Mesa por la Tierra | SV", "Instituto Mar Aberto | BR"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_known_city_after_a_dash_with_its_state_written_out_is_the_place_not_part_of_the_name()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Minister,

            We ask you to protect the river communities and those who defend them.

            Signed,

            Rede de Pescadores do Recôncavo (RPR) – Salvador, Bahia
            Prairie Refugee Legal Aid – Winnipeg, Manitoba
            Coletivo Rio Vivo – Salvador, Oxfam Brasil
            """);

        Assert.Equal(
            ["Rede de Pescadores do Recôncavo (RPR) | BR", "Prairie Refugee Legal Aid | CA", "Coletivo Rio Vivo – Salvador, Oxfam Brasil | BR"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }

    [Fact]
    public void A_city_printed_in_its_own_language_gives_its_country()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chairperson,

            We ask you to raise the cases of the prisoners at the next meeting.

            Signed,

            Prisoners' Legal Aid Circle, Moskva
            Neva Memory Society, St. Petersburg
            Danube Rights Forum, Beograd
            """);

        Assert.Equal(
            ["Prisoners' Legal Aid Circle | RU", "Neva Memory Society | RU", "Danube Rights Forum | RS"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)}"));
    }
}
