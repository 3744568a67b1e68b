namespace Archive.SiteGen.Import;

/// <summary>An organization as a letter prints it: the name without its place, the places, the line, and what was set aside.</summary>
internal sealed record PrintedSignatory(string Name, PrintedPlaces Places, int Line, string? Note = null);
