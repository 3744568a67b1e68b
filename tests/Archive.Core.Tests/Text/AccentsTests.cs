using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public class AccentsTests
{
    [Theory]
    [InlineData("Société civile", "Societe civile")]
    [InlineData("ÉTATS-UNIS", "ETATS-UNIS")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Kirkens Nødhjelp", "Kirkens Nodhjelp")]
    [InlineData("Folkekirkens Nødhjælp", "Folkekirkens Nodhjaelp")]
    [InlineData("Œuvre d'Orient", "OEuvre d'Orient")]
    [InlineData("Gesellschaft für bedrohte Völker, Straße", "Gesellschaft fur bedrohte Volker, Strasse")]
    [InlineData("Curaçao", "Curacao")]
    [InlineData("São Tomé and Príncipe", "Sao Tome and Principe")]
    [InlineData("e\u0301", "e")]
    [InlineData("Women's Rights & Peace", "Women's Rights & Peace")]
    [InlineData("", "")]
    public void Accents_go_and_nothing_else_changes(string text, string unaccented) =>
        Assert.Equal(unaccented, Accents.Remove(text));

    [Fact]
    public void Every_name_key_ignores_accents_the_same_way()
    {
        Assert.Equal(NameComparer.FoldedKey("Reseau"), NameComparer.FoldedKey("Réseau"));
        Assert.Equal(CountryTable.NormalizeName("Cote d'Ivoire"), CountryTable.NormalizeName("Côte d’Ivoire"));
        Assert.Equal(OrganizationNameForm.Normalize("Forum pour le Renforcement de la Societe Civile"), OrganizationNameForm.Normalize("Forum pour le Renforcement de la Société Civile"));
        Assert.Equal(Slug.From("Societe", 80), Slug.From("Société", 80));
        Assert.Equal(OrganizationNameForm.Normalize("Kirkens Nodhjelp"), OrganizationNameForm.Normalize("Kirkens Nødhjelp"));
        Assert.Equal("folkekirkens-nodhjaelp", Slug.From("Folkekirkens Nødhjælp", 80));
    }
}
