using System.Text.Json;
using Archive.Core.Content;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// <c>/data/network.gexf</c>, the co-signature network (issue 19), read back by graphology-gexf (a GEXF reader of
/// its own, run by node) and compared with what the letters say.
/// </summary>
public class NetworkGexfTests
{
    [Fact]
    public void Every_organization_is_a_node_with_its_name_countries_and_number_of_letters_signed()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var network = Read(site);

        Assert.Equal("undirected", network.GetProperty("type").GetString());
        Assert.Equal(
            [
                "350-africa | 350 Africa | KE | 1 | https://archive.example.org/organizations/350-africa/",
                "forum-pour-le-renforcement-de-la-societe-civile | Forum pour le Renforcement de la Société Civile | BI | 2 | https://archive.example.org/organizations/forum-pour-le-renforcement-de-la-societe-civile/",
                "gay-and-lesbian-network | Gay & Lesbian Network | ZA | 2 | https://archive.example.org/organizations/gay-and-lesbian-network/",
                "human-rights-watch | Human Rights Watch | US | 2 | https://archive.example.org/organizations/human-rights-watch/",
            ],
            Nodes(network).Select(n => $"{n.Id} | {n.Label} | {string.Join(",", n.Countries)} | {n.Letters} | {n.Url}"));
    }

    [Fact]
    public void Two_organizations_that_signed_a_letter_together_are_joined_once_weighted_by_their_shared_letters()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var network = Read(site);

        // The letter of 2009 is signed by the network, HRW and FORSC; the undated one by HRW and FORSC; the March one
        // by the network and 350 Africa. Its publisher (HRW) is not counted again, nor a co-signature with oneself.
        Assert.Equal(
            [
                "350-africa -- gay-and-lesbian-network: 1",
                "forum-pour-le-renforcement-de-la-societe-civile -- gay-and-lesbian-network: 1",
                "forum-pour-le-renforcement-de-la-societe-civile -- human-rights-watch: 2",
                "gay-and-lesbian-network -- human-rights-watch: 1",
            ],
            Edges(network).Select(e => $"{e.Key.A} -- {e.Key.B}: {e.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_network_of_the_seed_letters_has_every_pair_of_co_signers_with_the_letters_they_share()
    {
        var archive = LoadContent.FromFolder(RepositoryPaths.ApiFixtureContent).Content!;
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);

        var network = Read(site);

        // Counted here from each letter's signatories, pair by pair, not by the site's co-signer counts.
        var expected = new Dictionary<(string A, string B), int>();
        foreach (var letter in archive.Letters)
        {
            var signers = letter.Signatories.Select(s => s.OrganizationId).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < signers.Count; i++)
            {
                for (var j = i + 1; j < signers.Count; j++)
                {
                    expected[(signers[i], signers[j])] = expected.GetValueOrDefault((signers[i], signers[j])) + 1;
                }
            }
        }

        var edges = Edges(network);
        Assert.True(expected.Count > 1000, $"the seed letters should make a network worth checking, not {expected.Count} pairs");
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), edges.OrderBy(e => e.Key).ToList());
        var nodes = Nodes(network);
        Assert.Equal(archive.Organizations.Select(o => o.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(nodes, n =>
        {
            Assert.Equal(archive.Letters.Count(l => l.Signatories.Any(s => s.OrganizationId == n.Id)), n.Letters);
            Assert.Equal(archive.FindOrganization(n.Id)!.Countries.Select(c => c.ToString()), n.Countries);
        });
    }

    [Fact]
    public void A_node_is_numbered_by_its_row_in_organizations_csv_and_an_edge_names_its_ends_by_those_numbers()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var network = Read(site);

        var rows = File.ReadAllLines(Path.Combine(site.Output, "data", "organizations.csv")).Skip(1).Select(r => r.Split(',')[0]).ToList();
        Assert.Equal(rows.Select((id, i) => $"{i + 1}: {id}"), network.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("id").GetString()}: {n.GetProperty("organizationId").GetString()}"));
        Assert.Contains("<edge source=\"2\" target=\"4\" weight=\"2\" />", site.Read("data/network.gexf"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_edge_is_written_in_the_smallest_form_gexf_1_3_allows_without_indentation_or_edge_ids()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var gexf = site.Read("data/network.gexf");

        // Hundreds of thousands of edges at 1,000 generated letters: every byte of an edge counts (issue 19).
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><gexf version=\"1.3\"", gexf, StringComparison.Ordinal);
        Assert.Single(gexf.TrimEnd('\n').Split('\n'));
        Assert.Contains("<edge source=\"2\" target=\"4\" weight=\"2\" />", gexf, StringComparison.Ordinal);
        Assert.DoesNotContain("<edge id=", gexf, StringComparison.Ordinal);
    }

    private sealed record Node(string Id, string Label, IReadOnlyList<string> Countries, int Letters, string Url);

    private static JsonElement Read(BuiltSite site)
    {
        Assert.Equal(0, site.ExitCode);
        NodePackages.Ensure();
        var (exitCode, stdout, stderr) = ExternalProgram.Run(
            "node",
            [Path.Combine(RepositoryPaths.Root, "tests", "gexf", "read-network.mjs"), Path.Combine(site.Output, "data", "network.gexf")],
            workingDirectory: RepositoryPaths.Root);
        Assert.True(exitCode == 0, "graphology-gexf could not read the network: " + stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static List<Node> Nodes(JsonElement network) =>
        [.. network.GetProperty("nodes").EnumerateArray().Select(n => new Node(
            n.GetProperty("organizationId").GetString()!,
            n.GetProperty("label").GetString()!,
            [.. n.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!)],
            n.GetProperty("letters").GetInt32(),
            n.GetProperty("url").GetString()!))];

    // Each edge by the organization ids of its two ends (read from their nodes) in A–Z order (the graph is
    // undirected), with its weight; a pair given twice fails.
    private static Dictionary<(string A, string B), int> Edges(JsonElement network)
    {
        var organizations = network.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("organizationId").GetString()!);
        return network.GetProperty("edges").EnumerateArray().ToDictionary(
            e =>
            {
                Assert.True(e.GetProperty("undirected").GetBoolean());
                var (source, target) = (organizations[e.GetProperty("source").GetString()!], organizations[e.GetProperty("target").GetString()!]);
                return string.CompareOrdinal(source, target) < 0 ? (source, target) : (target, source);
            },
            e => e.GetProperty("weight").GetInt32());
    }
}
