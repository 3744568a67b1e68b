namespace Archive.Core.Markdown;

/// <summary>A link or image in Markdown whose address <see cref="AllowedLinks"/> refuses, so it is shown as text.</summary>
/// <param name="Line">The line of the Markdown it is on, from 1.</param>
/// <param name="Address">The address as Markdig read it (entities decoded).</param>
/// <param name="IsImage">True for an image (<c>![alt](address)</c>), whose alternative text is shown instead.</param>
internal sealed record UnsafeLink(int Line, string Address, bool IsImage)
{
    // A data: address can be a whole file; a message needs its beginning.
    private const int ShownLength = 80;

    /// <summary>What <c>check</c> says about it: which link, what happens to it, and what a link may be.</summary>
    public string Message
    {
        get
        {
            var shown = new string([.. Address.Select(c => char.IsControl(c) ? '?' : c)]);
            shown = shown.Length > ShownLength ? shown[..ShownLength] + "…" : shown;
            return $"the {(IsImage ? "image" : "link")} '{shown}' is shown as text: links may go only to http, https and mailto addresses or to an address on this site (a relative address or #fragment)";
        }
    }
}
