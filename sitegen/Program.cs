using System.CommandLine;
using System.Globalization;
using Archive.SiteGen;
using Archive.SiteGen.Build;
using Archive.SiteGen.Check;
using Archive.SiteGen.Corpus;
using Archive.SiteGen.Import;
using Archive.SiteGen.Serve;

// Output must not depend on the machine's locale: dates, numbers and sorting are the same everywhere.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// The `archive` command: one subcommand per job an editor or the build does.
var root = new RootCommand("archive: build, check and edit the open-letters archive")
{
    CheckCommand.Create(),
    GenCorpusCommand.Create(),
    ImportCommand.Create(),
    BuildCommand.Create(),
    ServeCommand.Create(),
};

return CommandLineErrors.Invoke(root, args);
