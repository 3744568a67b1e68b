namespace Archive.SiteGen.Build;

/// <summary>What every template sees as <c>site</c>: the archive's name and the addresses the layout links to
/// (the icon is a file of our own: browsers ask for one on every page, and a missing one is a 404 on every visit),
/// the About page's (null when the archive has none) and the picture shown when a page is shared.</summary>
internal sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string Root,
    string Stylesheet,
    string Icon,
    string Letters,
    string Organizations,
    string Countries,
    string Search,
    string Feed,
    string Cmif,
    string Data,
    string? About,
    SiteImage Image);
