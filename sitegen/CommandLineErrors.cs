using System.CommandLine;

namespace Archive.SiteGen;

/// <summary>Runs a command so that nothing reaches the user as a stack trace: an unexpected failure is one line and exit code 2.</summary>
internal static class CommandLineErrors
{
    public static int Invoke(RootCommand root, string[] args)
    {
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"archive: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"archive: internal error ({e.GetType().Name}): {e.Message}");
            Console.Error.WriteLine("archive: this is a bug in the tool, not in your content; please report it with the command you ran.");
            return 2;
        }
    }
}
