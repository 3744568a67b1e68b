using Scriban.Runtime;

namespace Archive.SiteGen.Build;

/// <summary>
/// Page data that a partial turns into the same HTML wherever it appears (it is immutable and the partial sees
/// nothing else that varies), so a build renders each instance once, however many pages show it.
/// </summary>
internal interface IRenderedOnce
{
    /// <summary>Where the build keeps the instance's HTML once a partial has rendered it.</summary>
    [ScriptMemberIgnore]
    RenderedOnce Rendered { get; }
}

/// <summary>
/// The HTML a partial rendered for one <see cref="IRenderedOnce"/> instance, kept on the instance itself: a
/// 10,000-letter build shows a letter's summary on 60 pages on average, and finding it in a shared table each time
/// (a hash, a lock-free walk of a bucket, and the memory of both) was 3% of the build. It takes no part in what the
/// instance is: any two are equal, so records that hold one compare as before.
/// </summary>
internal sealed class RenderedOnce : IEquatable<RenderedOnce>
{
    // Replaced whole, never changed: threads may render the same instance at once, and either result is the same.
    private Kept? _kept;

    /// <summary>The HTML <paramref name="partial"/> rendered for <paramref name="instance"/>, if it has.</summary>
    /// <remarks>
    /// The instance is checked because a record's copy (<c>with</c>) carries the same <see cref="RenderedOnce"/>:
    /// a copy with another title must not be shown with the original's HTML.
    /// </remarks>
    public TrustedHtml? Of(IRenderedOnce instance, string partial) =>
        Volatile.Read(ref _kept) is { } kept && ReferenceEquals(kept.Instance, instance) && string.Equals(kept.Partial, partial, StringComparison.Ordinal)
            ? kept.Html
            : null;

    /// <summary>Keeps what <paramref name="partial"/> rendered for <paramref name="instance"/>, in place of what was kept.</summary>
    public TrustedHtml Keep(IRenderedOnce instance, string partial, TrustedHtml html)
    {
        Volatile.Write(ref _kept, new Kept(instance, partial, html));
        return html;
    }

    public bool Equals(RenderedOnce? other) => other is not null;

    public override bool Equals(object? obj) => obj is RenderedOnce;

    public override int GetHashCode() => 0;

    private sealed record Kept(IRenderedOnce Instance, string Partial, TrustedHtml Html);
}
