using System.Text;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Numbers shown to readers have their thousands separated, "1,000" (issue 17), on every page that counts something;
/// numbers written for machines (attributes) stay plain digits.
/// </summary>
public class ReadableNumberTests
{
    // A thousand organizations from Kenya, all signing one letter.
    private static TemporaryContent AThousandSignatories()
    {
        var content = new TemporaryContent();
        var signatories = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            content.Organization($"organization-{i:D4}", $"name: Organization {i:D4}\ncountries: [KE]");
            signatories.Append($"  - name: Organization {i:D4}\n");
        }

        return content.Letter("2010-01-01-a-thousand", $"title: A Thousand Signatories\ndate: 2010-01-01\nsource: https://example.org/\nsignatories:\n{signatories}");
    }

    [Fact]
    public void Counts_over_a_thousand_are_shown_with_a_thousands_separator()
    {
        using var content = AThousandSignatories();
        using var site = BuiltSite.From(content);

        Assert.True(site.ExitCode == 0, site.Log);
        Assert.Contains("<span class=\"stat-number\" data-count=\"organizations\">1,000</span>", site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><a href=\"/countries/ke/\">Kenya</a></th><td class=\"number\">1,000</td><td class=\"number\">1</td>", site.Read("countries/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">1,000 organizations from Kenya signed 1 letter in the archive.</p>", site.Read("countries/ke/index.html"), StringComparison.Ordinal);
        var letter = site.Read("letters/2010-01-01-a-thousand/index.html");
        Assert.Contains("Signed by 1,000 organizations from 1 country", letter, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">1,000</td>", letter, StringComparison.Ordinal);
        var organization = site.Read("organizations/organization-0000/index.html");
        Assert.Contains("organizations it signed with most often, of 999.</p>", organization, StringComparison.Ordinal);
        Assert.Contains("<dd data-letter-count=\"1\">1</dd>", organization, StringComparison.Ordinal);
    }
}
