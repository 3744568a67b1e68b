using Archive.Testing;

namespace Archive.Browser.Tests;

/// <summary>
/// A small site written by the tests themselves, for what the repository's letters do not have (issue 17): a French
/// letter, and a source address too long to fit a narrow screen. Built with its search index and served like
/// <see cref="SiteFixture"/>'s; the browser is that fixture's.
/// </summary>
public sealed class WrittenSite : IAsyncLifetime
{
    public const string FrenchLetter = "/letters/2011-04-05-lettre-ouverte/";

    public const string LongSourceAddress = "https://example.org/documents/LettreOuverteDesOrganisationsDeLaSocieteCivileSurLaProtectionDesPopulationsCivilesAuBurundi2011.pdf";

    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("forum-pour-le-renforcement-de-la-societe-civile", """
            name: Forum pour le Renforcement de la Société Civile
            acronym: FORSC
            countries: [BI]
            """)
        .Letter("2011-04-05-lettre-ouverte", $"""
            title: Lettre ouverte sur la protection des civils au Burundi
            date: 2011-04-05
            language: fr
            recipients:
              - Aux chefs d'État et de gouvernement
            source:
              url: {LongSourceAddress}
            signatories:
              - name: FORSC
            """, "Excellences,\n\nNous, organisations de la société civile, vous écrivons au sujet de la protection des civils au Burundi.\n")
        .Letter("2011-06-01-open-letter", """
            title: An Open Letter on Burundi
            date: 2011-06-01
            recipients:
              - The Security Council
            source: https://example.org/open-letter
            signatories:
              - name: FORSC
            """, "Excellencies,\n\nWe write about the protection of civilians in Burundi.\n");

    private SiteServer? _server;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        var site = Path.Combine(_content.Root + "-site", "_site");
        var (exitCode, stdout, stderr) = ExternalProgram.Archive("build", "--content", _content.Root, "--out", site);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"archive build failed ({exitCode}):\n{stdout}\n{stderr}");
        }

        _server = await SiteServer.StartAsync(site);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_content.Root + "-site", recursive: true);
        _content.Dispose();
    }
}
