using Archive.Core.Content;
using Archive.Testing;

namespace Archive.Core.Tests.Content;

/// <summary>The terms of the data in <c>site.yml</c>: its licence and where to report an error (issue 18).</summary>
public sealed class SiteTermsTests
{
    private const string Site = TemporaryContent.DefaultSite + "\n";

    private static ContentLoadResult Load(string site)
    {
        using var content = new TemporaryContent(site);
        return LoadContent.FromFolder(content.Root);
    }

    [Fact]
    public void The_licence_and_the_address_for_errors_are_read_from_site_yml()
    {
        var result = Load(Site + """
            licence:
              name: CC-BY-4.0
              url: https://creativecommons.org/licenses/by/4.0/
            report_errors: https://github.com/example/archive/issues
            """);

        Assert.False(result.HasErrors, string.Join("\n", result.SortedDiagnostics));
        var site = result.Content!.Site;
        Assert.Equal(new DataLicence("CC-BY-4.0", new Uri("https://creativecommons.org/licenses/by/4.0/")), site.Licence);
        Assert.Equal(new Uri("https://github.com/example/archive/issues"), site.ReportErrors);
    }

    [Fact]
    public void Both_are_optional_and_an_e_mail_address_may_take_reports()
    {
        var without = Load(Site).Content!.Site;
        var byMail = Load(Site + "licence:\n  name: Public domain\nreport_errors: mailto:editors@example.org\n").Content!.Site;

        Assert.Null(without.Licence);
        Assert.Null(without.ReportErrors);
        Assert.Equal(new DataLicence("Public domain", null), byMail.Licence);
        Assert.Equal("mailto:editors@example.org", byMail.ReportErrors!.OriginalString);
    }

    [Theory]
    [InlineData("report_errors: the issue tracker\n", "site.yml:4: 'report_errors' must be an absolute http(s) address or a mailto: address")]
    [InlineData("report_errors: ftp://example.org/\n", "site.yml:4: 'report_errors' must be an absolute http(s) address or a mailto: address")]
    [InlineData("report_errors: mailto:nobody\n", "site.yml:4: 'report_errors' must be an absolute http(s) address or a mailto: address")]
    [InlineData("licence:\n  url: https://example.org/licence\n", "site.yml:5: missing required field 'name'")]
    [InlineData("licence:\n  name: CC0\n  url: not an address\n", "site.yml:6: 'url' must be an absolute http(s) address")]
    [InlineData("licence:\n  name: CC0\n  version: 1\n", "site.yml:6: unknown field 'version'")]
    [InlineData("licence: CC0\n", "site.yml:4: field 'licence' must be a set of fields")]
    public void A_malformed_term_is_an_error_at_its_line(string terms, string expected)
    {
        var result = Load(Site + terms);

        Assert.True(result.HasErrors);
        Assert.Contains(result.SortedDiagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal));
    }
}
