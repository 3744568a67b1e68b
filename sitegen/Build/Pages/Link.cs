namespace Archive.SiteGen.Build.Pages;

/// <summary>A link as templates show it: the text and the address.</summary>
internal sealed record Link(string Text, string Url);
