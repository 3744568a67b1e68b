using System.CommandLine;

namespace Archive.SiteGen;

/// <summary>The <c>--content</c> option every command shares: the content folder, <c>content/</c> by default.</summary>
internal static class ContentOption
{
    public static Option<string> Create() => new("--content")
    {
        Description = "The content folder (site.yml, letters/, organizations/)",
        DefaultValueFactory = _ => "content",
        HelpName = "PATH",
    };
}
