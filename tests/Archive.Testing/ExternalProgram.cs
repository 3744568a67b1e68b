using System.Diagnostics;

namespace Archive.Testing;

/// <summary>What a program run by a test printed, and how it ended.</summary>
public sealed record ProgramResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs real programs from tests: the built `archive` command the way an editor runs it, or a tool such as node.
/// Standard output and error are read at the same time, so a chatty program cannot block on a full pipe.
/// </summary>
public static class ExternalProgram
{
    /// <summary>Runs <c>archive.dll</c> from beside the test binaries (a test project references sitegen for it).</summary>
    public static ProgramResult Archive(params string[] arguments) => Archive(new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>archive.dll</c> with extra environment variables (e.g. an empty PATH).</summary>
    public static ProgramResult Archive(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(DotnetHost, [Path.Combine(AppContext.BaseDirectory, "archive.dll"), .. arguments], environment);

    /// <summary>Runs a program and waits for it.</summary>
    public static ProgramResult Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new ProgramResult(process.ExitCode, stdout.Result, stderr);
    }

    // The dotnet that runs the tests, so a test that empties PATH still finds it.
    private static string DotnetHost =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
