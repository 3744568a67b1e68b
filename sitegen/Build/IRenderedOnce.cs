namespace Archive.SiteGen.Build;

/// <summary>
/// Page data that a partial turns into the same HTML wherever it appears (it is immutable and the partial sees
/// nothing else that varies), so a build renders each instance once, however many pages show it.
/// </summary>
internal interface IRenderedOnce;
