using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Archive.Api.Tests;

/// <summary>
/// The exact JSON of one letter, one organization and one country, kept in __snapshots__: a change to the shape
/// shows up as a reviewable diff. CI sets SNAPSHOOTER_STRICT_MODE=true so a missing snapshot fails there.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class SnapshotTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Letter_json()
    {
        Snapshot.Match(JToken.Parse(await _client.GetStringAsync("/api/v1/letters/2009-07-20-ga-debate-on-rtop")));
    }

    [Fact]
    public async Task Organization_json()
    {
        Snapshot.Match(JToken.Parse(await _client.GetStringAsync("/api/v1/organizations/forum-pour-le-renforcement-de-la-societe-civile")));
    }

    [Fact]
    public async Task Country_json()
    {
        Snapshot.Match(JToken.Parse(await _client.GetStringAsync("/api/v1/countries/bi")));
    }
}
