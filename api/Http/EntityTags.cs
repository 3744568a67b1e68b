using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>The API's strong ETags: a hash of the exact bytes sent, and how If-None-Match is compared with one.</summary>
internal static class EntityTags
{
    /// <summary>The tag of a body: 18 bytes of its SHA-256, base64url, quoted.</summary>
    public static string Of(ReadOnlySpan<byte> body) => OfHash(SHA256.HashData(body));

    /// <summary>The tag of a body from its SHA-256 (of a file, hashed as it is read).</summary>
    public static string OfHash(byte[] sha256) => $"\"{WebEncoders.Base64UrlEncode(sha256[..18])}\"";

    /// <summary>If-None-Match uses the weak comparison: <c>W/"x"</c> matches <c>"x"</c>, and <c>*</c> matches any.</summary>
    public static bool Matches(StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
