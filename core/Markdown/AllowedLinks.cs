namespace Archive.Core.Markdown;

/// <summary>
/// Where a link or image in Markdown written for the archive (a letter's text, the About page) may point: an http,
/// https or mailto address, or an address without a scheme (a page of this site, <c>#fragment</c>). Anything else —
/// <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>, any other scheme — is shown as text (issue 17):
/// the site's Content-Security-Policy would stop a <c>javascript:</c> link, but the API's <c>bodyHtml</c> is shown by
/// hosts that send no such policy.
/// </summary>
internal static class AllowedLinks
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>Whether a link to <paramref name="address"/> (as Markdig read it: entities decoded) may stay a link.</summary>
    public static bool IsAllowed(string address) =>
        SchemeOf(address) is not { } scheme || Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The scheme a browser finds in <paramref name="address"/>, or null when it has none (a relative address). Read as
    /// the WHATWG URL standard reads it, so that no spelling a browser would run slips through: leading and trailing
    /// control characters and spaces are dropped, tabs and line breaks anywhere are ignored, and a scheme is an ASCII
    /// letter followed by letters, digits, <c>+</c>, <c>-</c> or <c>.</c>, up to a <c>:</c>, in any case.
    /// </summary>
    public static string? SchemeOf(string address)
    {
        var scheme = new System.Text.StringBuilder();
        foreach (var c in address.AsSpan().Trim(ControlsAndSpace))
        {
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return scheme.Length > 0 ? scheme.ToString() : null;
            }

            var valid = scheme.Length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!valid)
            {
                return null;
            }

            scheme.Append(c);
        }

        return null;
    }

    // U+0000 to U+0020: the C0 controls and the space, which the URL standard strips from both ends.
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
