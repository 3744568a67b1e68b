using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>
/// What a list or a web page prints around names and dates that is neither (issue 14, the round for holdout14): a
/// regional scope in small letters after a name, the Indonesian word for city before a city, a page's line of facts
/// about the letter, its share buttons and related links. Each example is invented.
/// </summary>
public class DescriptionsAndPageFactsTests
{
    [Theory]
    [InlineData("Sahel Rivers Forum — regional", "Sahel Rivers Forum")]
    [InlineData("Jaringan Nelayan Asia Tenggara (South-East Asian Fishers Network) – jaringan regional", "Jaringan Nelayan Asia Tenggara (South-East Asian Fishers Network)")]
    [InlineData("Réseau des Pêcheurs du Lac – réseau régional", "Réseau des Pêcheurs du Lac")]
    public void A_regional_scope_in_small_letters_after_a_dash_is_no_part_of_the_name_and_no_place(string line, string name)
    {
        var read = SignatoryLine.One(line, 1);

        Assert.Equal(name, read.Name);
        Assert.False(read.Places.Any);
    }

    [Fact]
    public void A_national_section_in_small_letters_after_a_dash_stays_in_the_name()
    {
        Assert.Equal("Lake Rivers Trust – section française", SignatoryLine.One("Lake Rivers Trust – section française", 1).Name);
    }

    [Fact]
    public void A_city_named_with_kota_before_it_is_left_out_before_the_country()
    {
        var read = SignatoryLine.One("Lembaga Nelayan Mandiri – Kota Makassar, Indonesia", 1);

        Assert.Equal("Lembaga Nelayan Mandiri", read.Name);
        Assert.Equal(["ID"], read.Places.Countries.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Letter dated 9 June 2019 · Page updated 2 July 2019 · 4 min read", "2019-06-09")]
    [InlineData("Last updated 2 July 2019 · Statement dated 9 June 2019", "2019-06-09")]
    public void A_web_page_s_line_of_facts_gives_the_letter_s_date_and_not_the_page_s_update(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _));
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void A_page_s_share_buttons_and_related_links_end_the_list_of_individuals()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Ministers,

            We ask you to protect the fishing communities of the lake.

            Sincerely,

            Organisations

              • Andean Water Watch — Bolivia
              • Lake Region Peace Forum — Kenya

            Individuals (affiliations for identification only)

              • Dr. Amara Okonkwo — Lecturer, University of Lagos
              • Jonas Berglund — Malmö

            Share:  Twitter  ·  Facebook  ·  Email

            Related
              Lakes: ministers must act now (statement, 3 May 2019)
            """);

        Assert.Equal(["Dr. Amara Okonkwo", "Jonas Berglund"], draft.People.Select(p => p.Name));
    }
}
