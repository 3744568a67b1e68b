namespace Archive.SiteGen.Import;

/// <summary>One file an import writes, relative to the content folder; <paramref name="Replaces"/> when it edits an existing file.</summary>
internal sealed record FileWrite(string Path, byte[] Bytes, bool Replaces)
{
    public static FileWrite New(string path, string text) => new(path, new System.Text.UTF8Encoding(false).GetBytes(text), Replaces: false);
}
