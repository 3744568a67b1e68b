namespace Archive.SiteGen.Import;

/// <summary>An organization as a letter prints it: the name without its place, the places, the line, and what was set aside.</summary>
internal sealed record PrintedSignatory(string Name, PrintedPlaces Places, int Line, string? Note = null)
{
    /// <summary>The whole item as printed, place included ("Human Rights Network, Uganda"), to recognise a list printed twice.</summary>
    public string Text { get; init; } = Name;
}
