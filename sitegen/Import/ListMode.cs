namespace Archive.SiteGen.Import;

/// <summary>What the lines under the last heading of a signatory list are.</summary>
internal enum ListMode
{
    Any,
    Organizations,
    People,

    /// <summary>"Signed by the following organisations, represented by:": each line a person and their organization.</summary>
    Representatives,
}
