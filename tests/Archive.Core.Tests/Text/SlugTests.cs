using Archive.Core.Content;
using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Human Rights Watch", "human-rights-watch")]
    [InlineData("Women's Network for Peace", "womens-network-for-peace")]
    [InlineData("Citizens’ Forum", "citizens-forum")]
    [InlineData("Action pour les droits humains et l'amitié – Sénégal", "action-pour-les-droits-humains-et-lamitie-senegal")]
    [InlineData("Gay & Lesbian Network", "gay-and-lesbian-network")]
    [InlineData("  Co-operation / 2009 (draft)  ", "co-operation-2009-draft")]
    [InlineData("Democratic Republic of the Congo", "democratic-republic-of-the-congo")]
    [InlineData("中文", "")]
    public void An_id_is_lower_case_ascii_words_joined_by_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slug.From(text, 80));

    [Theory]
    [InlineData("Общественный фонд «Адилет»", "obshchestvennyy-fond-adilet")]
    [InlineData("Правозащитное движение «Бир Дуйно-Кыргызстан»", "pravozashchitnoe-dvizhenie-bir-duyno-kyrgyzstan")]
    [InlineData("Центр «Інтербілім» / Interbilim", "tsentr-interbilim-interbilim")]
    [InlineData("Қазақстан Ұлттық Ассоциациясы", "kazakstan-ulttyk-assotsiatsiyasy")]
    public void A_name_in_cyrillic_letters_gets_an_id_in_latin_ones(string text, string slug) =>
        Assert.Equal(slug, Slug.From(text, 80));

    [Theory]
    [InlineData("Open Letter on the Responsibility to Protect", 40, "open-letter-on-the-responsibility")]
    [InlineData("Open Letter on the Responsibility to Protect", 30, "open-letter")]
    [InlineData("Antidisestablishmentarianism", 10, "antidisest")]
    public void A_long_text_is_cut_at_a_word_and_leaves_no_small_word_dangling(string text, int maxLength, string slug) =>
        Assert.Equal(slug, Slug.From(text, maxLength));

    [Fact]
    public void Every_slug_is_a_valid_id_or_empty()
    {
        string[] pieces = ["a", "Z", "é", "Ł", "Щ", "ъ", "9", " ", "-", "'", "’", "&", ".", "/", "the", "of", "中", "😀", "\t"];
        var random = new Random(15);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var slug = Slug.From(text, random.Next(1, 50));
            Assert.True(slug.Length == 0 || LoadContent.IsValidId(slug), $"'{text}' → '{slug}'");
        }
    }
}
