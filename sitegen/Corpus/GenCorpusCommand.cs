using System.CommandLine;
using System.Diagnostics;
using System.Text;

namespace Archive.SiteGen.Corpus;

/// <summary><c>archive gen-corpus</c>: writes a deterministic synthetic archive for benchmarks and scale tests.</summary>
internal static class GenCorpusCommand
{
    public static Command Create()
    {
        var letters = new Option<int>("--letters") { Description = "How many letters", DefaultValueFactory = _ => 10_000 };
        var organizations = new Option<int>("--organizations") { Description = "How many organizations", DefaultValueFactory = _ => 3_000 };
        var countries = new Option<int>("--countries") { Description = "How many countries they come from", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same files", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The content folder to create (must not exist or be empty)", Required = true, HelpName = "DIR" };
        var command = new Command("gen-corpus", "Generate a synthetic archive in the content format, for benchmarks") { letters, organizations, countries, seed, output };
        command.SetAction(parse => Run(
            new CorpusSettings(parse.GetValue(letters), parse.GetValue(organizations), parse.GetValue(countries), parse.GetValue(seed)),
            parse.GetValue(output)!,
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(CorpusSettings settings, string outputPath, TextWriter output, TextWriter errors)
    {
        if (settings.Letters < 0 || settings.Organizations < 1 || settings.Countries is < 1 or > 249)
        {
            errors.WriteLine("gen-corpus: --letters must be 0 or more, --organizations at least 1, --countries between 1 and 249");
            return 1;
        }

        if (Directory.Exists(outputPath) && Directory.EnumerateFileSystemEntries(outputPath).Any())
        {
            errors.WriteLine($"gen-corpus: {outputPath} is not empty; choose a new folder so nothing is overwritten");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var files = GenerateCorpus.Files(settings);
        foreach (var folder in new[] { "letters", "organizations" })
        {
            Directory.CreateDirectory(Path.Combine(outputPath, folder));
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Parallel.ForEach(files, file => File.WriteAllText(Path.Combine(outputPath, file.Path), file.Text, utf8));
        output.WriteLine($"gen-corpus: {settings.Letters} letters, {settings.Organizations} organizations from {settings.Countries} countries (seed {settings.Seed}) in {outputPath} ({clock.ElapsedMilliseconds} ms)");
        return 0;
    }
}
