namespace Archive.SiteGen.Import;

/// <summary>Why a file cannot be imported, at its file and (where it applies) line: <c>file:line: message</c>.</summary>
internal sealed record ImportProblem(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
