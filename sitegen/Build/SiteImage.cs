using System.Buffers.Binary;
using Archive.Core.Addresses;
using Archive.Core.Content;

namespace Archive.SiteGen.Build;

/// <summary>
/// The picture social networks show when a page of the site is shared (<c>og:image</c>, issue 17):
/// <c>templates/assets/share-card.png</c>, a 1200 × 630 PNG (most networks take no SVG), made once from
/// <c>docs/share-card/</c>. Its size is read from the file, so a new picture of another size is described right.
/// </summary>
/// <param name="Url">Its absolute address (shared pages are read elsewhere, so a path alone would not do).</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Alt">What it shows, for those who cannot see it: the archive's name and description, which it prints.</param>
internal sealed record SiteImage(string Url, int Width, int Height, string Alt)
{
    /// <summary>The picture's file in <c>templates/assets/</c>.</summary>
    public const string File = "share-card.png";

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static SiteImage From(SiteAssets assets, SiteUrls urls, SiteSettings site)
    {
        var (width, height) = SizeOf(assets.BytesOf(File))
            ?? throw new BuildError($"templates/assets/{File}: not a PNG image (the picture shown when a page is shared)");
        return new SiteImage(urls.Absolute(assets.AddressOf(File)), width, height, $"{site.Title}: {site.Description}");
    }

    /// <summary>A PNG's width and height, from its header (the IHDR chunk that must come first); null for anything else.</summary>
    public static (int Width, int Height)? SizeOf(ReadOnlySpan<byte> png) =>
        png.Length >= 24 && png[..8].SequenceEqual(PngSignature) && png[12..16].SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadInt32BigEndian(png[16..20]), BinaryPrimitives.ReadInt32BigEndian(png[20..24]))
            : null;
}
