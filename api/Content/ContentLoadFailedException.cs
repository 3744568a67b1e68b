using Archive.Core.Validation;

namespace Archive.Api.Content;

/// <summary>The content folder has errors, so the API must not start; carries the <c>path:line: message</c> list.</summary>
internal sealed class ContentLoadFailedException(string contentPath, IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"the content folder {contentPath} has errors")
{
    public string ContentPath { get; } = contentPath;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>What the console shows: each problem as <c>path:line: message</c>, then what to do.</summary>
    public string Report =>
        string.Join('\n', Diagnostics.Select(d => d.ToString())) +
        $"\napi: cannot start: the content folder {ContentPath} has errors; fix them (dotnet run --project sitegen -- check) and start again";
}
