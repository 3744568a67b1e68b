namespace Archive.SiteGen.Tests.Build;

/// <summary>A copy of the site's templates in a temporary folder, for a test to change; deleted afterwards.</summary>
internal sealed class TemplatesCopy : IDisposable
{
    public TemplatesCopy()
    {
        var source = Archive.SiteGen.Build.BuildOptions.DefaultTemplatesPath;
        Root = Path.Combine(Path.GetTempPath(), "archive-templates-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    /// <summary>Replaces the text of a template (a path such as <c>404.scriban</c> or <c>partials/x.scriban</c>).</summary>
    public void Write(string template, string text) => File.WriteAllText(Path.Combine(Root, template), text);

    public string Read(string template) => File.ReadAllText(Path.Combine(Root, template));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
