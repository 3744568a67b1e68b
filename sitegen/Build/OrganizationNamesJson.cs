using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Json;

namespace Archive.SiteGen.Build;

/// <summary>
/// <c>/organizations/index.json</c>: every organization's names and how many letters it signed, A–Z, which the
/// organizations filter searches as the reader types (any other page's type-ahead may read it too). Its shape:
/// <code>
/// {"url": "/organizations/{id}/",
///  "organizations": [{"id": "danchurchaid", "name": "DanChurchAid", "acronym": "DCA", "aliases": ["DanChurch Aid"], "letterCount": 12}, …]}
/// </code>
/// <c>url</c> is where an organization's page is, with its id in place of <c>{id}</c>; <c>acronym</c> and
/// <c>aliases</c> appear only when it has them. Names only, so that 3,000 organizations stay a small file.
/// </summary>
internal static class OrganizationNamesJson
{
    public static string Write(ArchiveContent content)
    {
        var names = new Names(
            content.Urls.Link(SiteUrls.Organization("{id}")),
            [.. content.Organizations.Select(o => new Entry(o.Id, o.Name, o.Acronym, o.Aliases.Count > 0 ? o.Aliases : null, content.LettersSignedBy(o.Id).Count))]);
        return JsonSerializer.Serialize(names, ArchiveJson.Options) + "\n";
    }

    private sealed record Names(string Url, IReadOnlyList<Entry> Organizations);

    private sealed record Entry(
        string Id,
        string Name,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Acronym,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Aliases,
        int LetterCount);
}
