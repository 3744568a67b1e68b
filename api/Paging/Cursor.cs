using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Api.Paging;

/// <summary>
/// A position in a list: the items after (or before) the item with a key, in one list. Keyed by item, not offset,
/// so a reader paging through letters does not skip or repeat one when a letter is added meanwhile.
/// Opaque to clients: base64url of <c>list|after|key</c>.
/// </summary>
internal sealed record Cursor(string List, bool Before, string Key)
{
    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{List}|{(Before ? "before" : "after")}|{Key}"));

    public static bool TryDecode(string text, out Cursor cursor)
    {
        cursor = null!;
        if (text.Length is 0 or > 400)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(WebEncoders.Base64UrlDecode(text));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }

        var parts = decoded.Split('|');
        if (parts.Length != 3 || parts[1] is not ("after" or "before") || parts[0].Length == 0 || parts[2].Length == 0)
        {
            return false;
        }

        cursor = new Cursor(parts[0], parts[1] == "before", parts[2]);
        return true;
    }
}
