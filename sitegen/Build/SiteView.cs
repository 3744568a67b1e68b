namespace Archive.SiteGen.Build;

/// <summary>What every template sees as <c>site</c>: the archive's name and the addresses the layout links to.</summary>
internal sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string Root,
    string Stylesheet,
    string Letters,
    string Organizations,
    string Countries,
    string Search,
    string Feed);
