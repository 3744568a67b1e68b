using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.SiteGen.Build;

namespace Archive.SiteGen.Tests.Build;

public class SiteUrlsTests
{
    public static TheoryData<string, string> Addresses()
    {
        var data = new TheoryData<string, string>();
        string[] bases = ["https://archive.example.org/", "https://example.org/archive", "https://example.org/archive/", "http://example.org:8080/a/b/?x=1#y"];
        string[] relatives = ["letters/x/", "organizations/a-b-2/", "feed.xml", "", "./x", "a/../b", "a/./b", "a/.hidden", "letters/Société/", "?q=1", "#top", "letters/x y/", "/rooted", "LETTERS/x/"];
        foreach (var root in bases)
        {
            foreach (var relative in relatives)
            {
                data.Add(root, relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void An_absolute_address_is_the_page_address_resolved_against_the_base_url(string baseUrl, string relative)
    {
        var urls = new SiteUrls(new SiteSettings("Title", "Description", new Uri(baseUrl), new Uri("https://api.example.org/api/v1/"), "en"));

        Assert.Equal(new Uri(new Uri(baseUrl), relative).AbsoluteUri, urls.Absolute(relative));
    }
}
