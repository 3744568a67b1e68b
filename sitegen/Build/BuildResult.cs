namespace Archive.SiteGen.Build;

/// <summary>How a build went: its exit code, what it wrote, and how long each step took.</summary>
/// <param name="SiteRoot">The path the site lives under (<c>/</c>, or <c>/archive/</c> for a base URL with a folder); null when the build failed.</param>
internal sealed record BuildResult(int ExitCode, int PagesWritten, int FilesWritten, int PagesIndexed, IReadOnlyList<StepTime> Steps, string? SiteRoot = null)
{
    public bool Succeeded => ExitCode == 0;

    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Elapsed);
}

/// <summary>One named step of a build and its duration.</summary>
internal sealed record StepTime(string Step, TimeSpan Elapsed);
