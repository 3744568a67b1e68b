using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The API as an operator runs it (issue 16): published with <c>dotnet publish</c>, started with <c>dotnet
/// Archive.Api.dll</c> from another folder that holds a <c>content/</c> folder. It must read the settings file beside
/// it (not one in the current folder) and serve with the documented defaults.
/// </summary>
public sealed partial class PublishedApiTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archive-api-published-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_published_api_started_from_another_folder_reads_its_settings_and_serves_its_content()
    {
        var published = Path.Combine(_root, "published");
        var site = Path.Combine(_root, "site");
        Publish(published);
        CopyFolder(RepositoryPaths.ApiFixtureContent, Path.Combine(site, "content"));

        using var api = Start(Path.Combine(published, "Archive.Api.dll"), site);
        var output = new StringBuilder();
        var address = await AddressOf(api, output);
        using var client = new HttpClient { BaseAddress = address };
        using var letters = await client.GetAsync("/api/v1/letters?pageSize=1");
        var health = await client.GetJson("/healthz");
        api.Kill(entireProcessTree: true);
        await api.WaitForExitAsync();
        var log = output.ToString();

        Assert.Equal(HttpStatusCode.OK, letters.StatusCode);
        Assert.Equal(5, health.GetProperty("letters").GetInt32());
        // The documented limit, on without any setting.
        Assert.Equal("\"client\";q=300;w=60", letters.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Contains($"settings file {Path.Combine(published, "appsettings.json")} (read)", log, StringComparison.Ordinal);
        Assert.Contains($"from {Path.Combine(site, "content")} in", log, StringComparison.Ordinal);
        // appsettings.json keeps ASP.NET Core's per-request lines out of the log; without it they would be there.
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // The configuration the tests were built in, so the publish reuses that build instead of compiling again.
    private static void Publish(string output)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var result = ExternalProgram.Run("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "api", "Archive.Api.csproj"), "-c", configuration, "-o", output, "--nologo", "-v", "quiet"]);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    private static Process Start(string dll, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Archive__Search__KeepIndex"] = "false",
                ["Archive__Export__Folder"] = Path.Combine(workingDirectory, "exports"),
            },
        };
        // As an operator's shell would have it: none of the test host's own settings.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return Process.Start(start)!;
    }

    /// <summary>Reads the output until Kestrel says where it listens; keeps collecting the output after that.</summary>
    private static async Task<Uri> AddressOf(Process api, StringBuilder output)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(object? sender, DataReceivedEventArgs line)
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data is { } text && Listening().Match(text) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        api.OutputDataReceived += Collect;
        api.ErrorDataReceived += Collect;
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        var exited = api.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == listening.Task, "the API did not start listening:\n" + output);
        return await listening.Task;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
