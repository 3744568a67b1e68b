using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// A generated archive (`archive gen-corpus`, seed 1: the same every run) served by the API: 300 letters and 800
/// organizations from 3 countries, so a country has hundreds of organizations, the busiest organizations have hundreds
/// of co-signers, and about one signatory in seven prints no country (it stands for its organization's countries).
/// </summary>
public sealed class GeneratedArchive : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archive-api-generated-" + Guid.NewGuid().ToString("N"));

    public GeneratedArchive()
    {
        var content = Path.Combine(_folder, "content");
        var (exitCode, stdout, stderr) = ExternalProgram.Archive("gen-corpus", "--letters", "300", "--organizations", "800", "--countries", "3", "--out", content);
        Assert.True(exitCode == 0, $"archive gen-corpus failed:\n{stdout}\n{stderr}");
        Api = ApiFactory.For(content);
    }

    public ApiFactory Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
