using System.Diagnostics;
using System.Net;
using Archive.Api.Content;
using Archive.Api.Export;
using Archive.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Api.Tests;

/// <summary>Start-up over small content folders written in the test: bad content stops it; hostile text stays inert.</summary>
public sealed class StartupTests
{
    private const string Organization = """
        name: Forum pour le Renforcement de la Société Civile
        acronym: FORSC
        countries: [BI]
        """;

    [Fact]
    public void Content_with_errors_fails_the_load_with_path_line_messages()
    {
        using var content = new TemporaryContent()
            .Organization("forsc", Organization)
            .Letter("2010-01-01-broken", "title: Broken\ndate: 2010-13-01\nsource: sources/missing.txt");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:ContentPath"] = content.Root }).Build();

        var failure = Assert.Throws<ContentLoadFailedException>(() => LoadedArchive.Load(configuration, NullLogger.Instance));

        Assert.Contains(failure.Diagnostics, d => d.Location.Path == "letters/2010-01-01-broken.md" && d.Location.Line > 1);
        Assert.Contains("letters/2010-01-01-broken.md:", failure.Report);
        Assert.EndsWith("fix them (dotnet run --project sitegen -- check) and start again", failure.Report);
    }

    [Fact]
    public async Task The_api_process_exits_with_1_and_the_problem_list_and_no_stack_trace_on_bad_content()
    {
        using var content = new TemporaryContent().Letter("2010-01-01-broken", "title: Broken\ndate: 2010-13-01\nsource: sources/missing.txt");
        var api = Path.Combine(AppContext.BaseDirectory, "Archive.Api.dll");
        var start = new ProcessStartInfo("dotnet", [api])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["Archive__ContentPath"] = content.Root, ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
        };

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var errors = await stderr;
        Assert.Contains("letters/2010-01-01-broken.md:", errors);
        Assert.Contains("api: cannot start", errors);
        Assert.DoesNotContain("   at ", errors + await stdout);
    }

    [Fact]
    public async Task Hostile_text_in_a_letter_is_escaped_in_the_body_html_and_in_snippets()
    {
        using var content = new TemporaryContent()
            .Organization("forsc", Organization)
            .Write("sources/x.txt", "x")
            .Letter(
                "2010-01-01-hostile",
                """
                title: <script>alert('title')</script> Accountability
                date: 2010-01-01
                source: sources/x.txt
                signatories:
                  - name: FORSC
                """,
                "Dear <b onmouseover=\"x()\">Excellency</b>,\n\nWe ask for accountability & <img src=x onerror=alert(1)> justice.\n");
        using var factory = ApiFactory.For(content.Root);
        using var client = factory.CreateClient();

        var letter = await client.GetJson("/api/v1/letters/2010-01-01-hostile");
        var search = await client.GetJson("/api/v1/search?q=accountability");

        Assert.DoesNotContain("<img", letter.GetProperty("bodyHtml").GetString());
        Assert.Contains("&lt;img", letter.GetProperty("bodyHtml").GetString());
        var snippets = search.GetProperty("items")[0].GetProperty("snippets").EnumerateArray().Select(s => s.GetProperty("html").GetString()!).ToList();
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; <mark>Accountability</mark>", snippets);
        Assert.Contains(snippets, s => s.Contains("<mark>accountability</mark> &amp; &lt;img src=x onerror=alert(1)&gt; justice.", StringComparison.Ordinal));
        // "FORSC" as printed and the organization's canonical name are both searchable.
        Assert.Single((await client.GetJson("/api/v1/search?q=signatory:%22Renforcement%20de%20la%20Societe%22")).Ids());
    }

    [Fact]
    public async Task A_link_to_anything_but_http_https_mailto_or_the_site_is_text_in_the_body_html()
    {
        // Issue 17: bodyHtml is shown by hosts that send no Content-Security-Policy, so the link itself must go.
        using var content = new TemporaryContent()
            .Organization("forsc", Organization)
            .Write("sources/x.txt", "x")
            .Letter(
                "2010-01-01-links",
                """
                title: Links
                date: 2010-01-01
                source: sources/x.txt
                signatories:
                  - name: FORSC
                """,
                "Read [our appeal](JaVaScRiPt:alert(1)), ![a map](data:image/png;base64,AAAA) and [the report](https://example.org/report).\n");
        using var factory = ApiFactory.For(content.Root);
        using var client = factory.CreateClient();

        var letter = await client.GetJson("/api/v1/letters/2010-01-01-links");

        Assert.Equal(
            "<p>Read our appeal, a map and <a href=\"https://example.org/report\">the report</a>.</p>\n",
            letter.GetProperty("bodyHtml").GetString());
        Assert.Equal("Read our appeal, a map and the report.", letter.GetProperty("bodyText").GetString());
    }

    [Fact]
    public async Task An_unexpected_fault_is_a_problem_500_without_a_stack_trace()
    {
        // The only way to reach the last-resort handler is a fault the API does not expect; this one is injected.
        using var factory = new ApiFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<ExportFiles>(_ => throw new InvalidOperationException("injected fault"))));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/export/letters.jsonl");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("injected fault", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Equal(1, factory.Services.GetServices<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>().OfType<Archive.Api.Http.LastResortExceptionHandler>().Single().Handled);
    }
}
