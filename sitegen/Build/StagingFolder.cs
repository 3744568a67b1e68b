namespace Archive.SiteGen.Build;

/// <summary>The folder a build writes its site into before publishing it (see <see cref="WriteSite"/>).</summary>
/// <param name="Path">The folder, beside the output.</param>
/// <param name="Reused">
/// Whether it holds the site an earlier build replaced, so that a file is written only when its bytes differ and the
/// files the build does not write must be removed; false for a new, empty folder.
/// </param>
internal sealed record StagingFolder(string Path, bool Reused);
