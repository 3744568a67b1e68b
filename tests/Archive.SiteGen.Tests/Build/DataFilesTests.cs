using System.Text.Json;
using Archive.Core.Content;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The downloads of <c>/data/</c> (issue 19): the CSV files row by row, the data package validated by the
/// <c>datapackage</c> npm package (a reader the archive does not control) with every row checked against its Table
/// Schema, and the <c>/data/</c> page listing them.
/// </summary>
public class DataFilesTests
{
    [Fact]
    public void Organizations_csv_has_one_row_per_organization_a_to_z_with_its_names_countries_website_and_letters()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(
            [
                "id,name,acronym,aliases,countries,website,lettersSigned,lettersPublished,url",
                "350-africa,350 Africa,,,KE,,1,0,https://archive.example.org/organizations/350-africa/",
                "forum-pour-le-renforcement-de-la-societe-civile,Forum pour le Renforcement de la Société Civile,FORSC,,BI,,2,0,https://archive.example.org/organizations/forum-pour-le-renforcement-de-la-societe-civile/",
                "gay-and-lesbian-network,Gay & Lesbian Network,,,ZA,,2,0,https://archive.example.org/organizations/gay-and-lesbian-network/",
                "human-rights-watch,Human Rights Watch,HRW,Human Rights Watch (HRW),US,https://www.hrw.org/,2,1,https://archive.example.org/organizations/human-rights-watch/",
            ],
            Rows(site, "data/organizations.csv"));
    }

    [Fact]
    public void Countries_csv_has_one_row_per_country_a_to_z_with_its_organizations_and_letters()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(
            [
                "code,name,organizations,letters,url",
                "BI,Burundi,1,2,https://archive.example.org/countries/bi/",
                "KE,Kenya,1,1,https://archive.example.org/countries/ke/",
                "ZA,South Africa,1,2,https://archive.example.org/countries/za/",
                "US,United States,1,2,https://archive.example.org/countries/us/",
            ],
            Rows(site, "data/countries.csv"));
    }

    [Fact]
    public void Co_signatures_csv_has_one_row_per_pair_with_the_number_of_shared_letters_and_their_ids_oldest_first()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        // The network's edges are the same pairs with the same counts (NetworkGexfTests).
        Assert.Equal(
            [
                "organizationId,coSignerId,letters,letterIds",
                "350-africa,gay-and-lesbian-network,1,2012-03-ngo-letter",
                "forum-pour-le-renforcement-de-la-societe-civile,gay-and-lesbian-network,1,2009-07-20-first",
                "forum-pour-le-renforcement-de-la-societe-civile,human-rights-watch,2,2008-undated;2009-07-20-first",
                "gay-and-lesbian-network,human-rights-watch,1,2009-07-20-first",
            ],
            Rows(site, "data/co-signatures.csv"));
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_and_a_comma_quoted_in_every_csv()
    {
        using var content = new TemporaryContent()
            .Organization("hostile", """
                name: "=HYPERLINK(\"https://evil.example\", \"Click\")"
                aliases: ["-2+3", "Names, with a comma"]
                countries: [KE]
                """)
            .Letter("2020-01-01-a", """
                title: A letter
                date: 2020-01-01
                source: https://example.org/a
                signatories:
                  - name: "=HYPERLINK(\"https://evil.example\", \"Click\")"
                """);
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        Assert.Equal(
            "hostile,\"'=HYPERLINK(\"\"https://evil.example\"\", \"\"Click\"\")\",,\"'-2+3;Names, with a comma\",KE,,1,0,https://archive.example.org/organizations/hostile/",
            Rows(site, "data/organizations.csv")[1]);
    }

    [Fact]
    public void An_alias_holding_a_semicolon_or_a_backslash_is_escaped_so_the_list_splits_back_into_its_names_as_the_data_package_says()
    {
        using var content = new TemporaryContent()
            .Organization("coalition", """
                name: Coalition
                aliases: ["Rights; Justice", "A\\B", "Plain"]
                countries: [KE]
                """)
            .Letter("2020-01-01-a", """
                title: A letter
                date: 2020-01-01
                source: https://example.org/a
                signatories:
                  - name: Coalition
                """);
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        var aliases = Rows(site, "data/organizations.csv")[1].Split(',')[3];
        Assert.Equal(@"Rights\; Justice;A\\B;Plain", aliases);
        Assert.Equal(["Rights; Justice", @"A\B", "Plain"], SplitList(aliases));
        var package = JsonDocument.Parse(site.Read("data/datapackage.json")).RootElement;
        var field = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "organizations")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "aliases");
        Assert.Contains(@"a ';' or '\' inside one is written '\;' or '\\'", field.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_package_describes_every_data_file_and_every_csv_row_passes_its_table_schema_and_foreign_keys()
    {
        var archive = LoadContent.FromFolder(RepositoryPaths.ApiFixtureContent).Content!;
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);

        var package = Validate(Path.Combine(site.Output, "data", "datapackage.json"));

        var resources = package.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(["letters", "signatories", "organizations", "countries", "co-signatures", "cmif", "network"], resources.Keys);
        Assert.All(resources.Values, r => Assert.True(site.Exists("data/" + r.GetProperty("path").GetString())));
        Assert.Equal(["signatories", "organizations", "countries", "co-signatures"], resources.Values.Where(r => r.GetProperty("tabular").GetBoolean()).Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(archive.Organizations.Count, resources["organizations"].GetProperty("rows").GetInt32());
        Assert.Equal(archive.Countries.Count, resources["countries"].GetProperty("rows").GetInt32());
        Assert.Equal(archive.Letters.Sum(l => l.Signatories.Count + l.People.Count), resources["signatories"].GetProperty("rows").GetInt32());
        Assert.Equal(archive.CoSignaturePairs().Count, resources["co-signatures"].GetProperty("rows").GetInt32());
    }

    [Theory]
    [InlineData("organizations.csv", ",1,0,https://", ",one,0,https://", "is not type \"integer\"")]
    [InlineData("signatories.csv", ",Gay & Lesbian Network,gay-and-lesbian-network,", ",Gay & Lesbian Network,no-such-organization,", "Foreign key \"organizationId\" violation")]
    [InlineData("co-signatures.csv", "forum-pour-le-renforcement-de-la-societe-civile,human-rights-watch,", "forum-pour-le-renforcement-de-la-societe-civile,no-such-organization,", "Foreign key \"coSignerId\" violation")]
    [InlineData("countries.csv", "KE,Kenya,", "KEN,Kenya,", "code \"KEN\" does not match")]
    [InlineData("signatories.csv", ",2012-03,", ",March 2012,", "date \"March 2012\" does not match")]
    public void A_wrong_type_a_broken_pattern_or_a_dangling_foreign_key_in_a_data_file_fails_the_validation(string file, string right, string wrong, string problem)
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var path = Path.Combine(site.Output, "data", file);
        var text = File.ReadAllText(path);
        Assert.Contains(right, text, StringComparison.Ordinal);
        Validate(Path.Combine(site.Output, "data", "datapackage.json"));

        File.WriteAllText(path, text.Replace(right, wrong, StringComparison.Ordinal));
        var (exitCode, _, stderr) = RunValidator(Path.Combine(site.Output, "data", "datapackage.json"));

        Assert.NotEqual(0, exitCode);
        Assert.True(stderr.Contains(problem, StringComparison.Ordinal), stderr);
    }

    [Fact]
    public void Every_country_code_in_a_list_of_countries_is_a_row_of_countries_csv()
    {
        // Table Schema v1 has no foreign key from a list in one cell: checked here.
        using var site = BuiltSite.FromFolder(RepositoryPaths.ApiFixtureContent);

        var codes = Rows(site, "data/countries.csv").Skip(1).Select(r => r.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var listed = Column(site, "data/organizations.csv", "countries")
            .Concat(Column(site, "data/signatories.csv", "countries"))
            .Concat(Column(site, "data/signatories.csv", "printedCountries"))
            .SelectMany(cell => cell.Split(';', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(listed);
        Assert.Subset(codes, listed);
    }

    [Fact]
    public void The_data_package_carries_the_licence_site_yml_names_and_cmif_its_own()
    {
        using var content = new TemporaryContent(TemporaryContent.DefaultSite + """

            licence:
              name: CC-BY-4.0
              url: https://creativecommons.org/licenses/by/4.0/
            """);
        using var site = BuiltSite.From(content);

        var package = JsonDocument.Parse(site.Read("data/datapackage.json")).RootElement;

        Assert.Equal("""[{"name":"CC-BY-4.0","path":"https://creativecommons.org/licenses/by/4.0/","title":"CC-BY-4.0"}]""", JsonSerializer.Serialize(package.GetProperty("licenses")));
        var cmif = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "cmif");
        Assert.Equal("CC-BY-4.0", cmif.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.Contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC-BY-4.0</a>", site.Read("data/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_page_lists_every_file_with_its_size_and_what_a_row_is_and_every_page_links_to_it()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        var page = site.Read("data/index.html");

        foreach (var file in (string[])["letters.jsonl", "signatories.csv", "organizations.csv", "countries.csv", "co-signatures.csv", "cmif.xml", "network.gexf", "datapackage.json"])
        {
            var bytes = new FileInfo(Path.Combine(site.Output, "data", file)).Length;
            Assert.Contains($"<a href=\"/data/{file}\">{file}</a>", page, StringComparison.Ordinal);
            // The small archive's files are all under a megabyte: in bytes, or in kB (1,000 bytes) from a thousand.
            var size = bytes < 1000 ? $"<td class=\"number\">{bytes} bytes</td>" : $"<td class=\"number\">{(bytes / 1000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} kB</td>";
            Assert.True(page.Contains(size, StringComparison.Ordinal), $"{file} ({bytes} bytes): no {size}");
        }

        Assert.Contains("<th scope=\"col\">One row is</th>", page, StringComparison.Ordinal);
        Assert.All(site.HtmlFiles(), html => Assert.Contains("<a href=\"/data/\">Download the data</a>", site.Read(html), StringComparison.Ordinal));
    }

    // A list cell split as the data package says: a ';' ends a name, a '\' makes the next character part of it.
    private static List<string> SplitList(string cell)
    {
        var items = new List<string>();
        var item = new System.Text.StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\')
            {
                item.Append(cell[++i]);
            }
            else if (cell[i] == ';')
            {
                items.Add(item.ToString());
                item.Clear();
            }
            else
            {
                item.Append(cell[i]);
            }
        }

        items.Add(item.ToString());
        return items;
    }

    private static List<string> Rows(BuiltSite site, string path) =>
        [.. site.Read(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    // The cells of one column, for files whose cells hold no comma (country codes).
    private static IEnumerable<string> Column(BuiltSite site, string path, string name)
    {
        var rows = Rows(site, path);
        var index = Array.IndexOf(rows[0].Split(','), name);
        Assert.True(index >= 0, $"{path} has no column {name}");
        return rows.Skip(1).Select(r => r.Split(',')).Where(cells => cells.Length == rows[0].Split(',').Length).Select(cells => cells[index]);
    }

    private static ProgramResult RunValidator(string package)
    {
        NodePackages.Ensure();
        return ExternalProgram.Run("node", [Path.Combine(RepositoryPaths.Root, "tests", "datapackage", "validate-package.mjs"), package], workingDirectory: RepositoryPaths.Root);
    }

    private static JsonElement Validate(string package)
    {
        var (exitCode, stdout, stderr) = RunValidator(package);
        Assert.True(exitCode == 0, "the data package is not valid: " + stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}
