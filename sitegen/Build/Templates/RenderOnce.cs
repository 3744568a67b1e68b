using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// Marks page data that a partial turns into the same HTML wherever it appears: the type is immutable, and a partial
/// given it sees nothing else that varies (only the model and the globals every page shares). In a fast build each
/// instance is rendered once per partial however many pages show it (see <see cref="RenderedOnce"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RenderOnceAttribute : Attribute
{
    /// <summary>Whether <paramref name="value"/>'s type carries the attribute (looked up once per type).</summary>
    public static bool IsOn(object value) => ByType.GetValue(value.GetType(), static type => new StrongBox<bool>(type.IsDefined(typeof(RenderOnceAttribute), inherit: false))).Value;

    private static readonly ConditionalWeakTable<Type, StrongBox<bool>> ByType = new();
}

/// <summary>
/// The HTML each partial rendered for each <see cref="RenderOnceAttribute"/> instance, for one build. A
/// 10,000-letter build shows a letter's summary on 60 pages on average. Keyed by the instance itself (by reference,
/// so a record's copy with another title is another key). A plain table held for one build: a weak table (a
/// <c>ConditionalWeakTable</c>) gives every entry a handle that each garbage collection walks, which made a
/// 10,000-letter build measurably slower (docs/benchmarks.md).
/// </summary>
internal sealed class RenderedOnce
{
    private readonly ConcurrentDictionary<object, Kept> _kept = new(ReferenceEqualityComparer.Instance);

    /// <summary>The HTML <paramref name="partial"/> rendered for <paramref name="instance"/>, if it has.</summary>
    public TrustedHtml? Find(object instance, string partial) =>
        _kept.TryGetValue(instance, out var kept) && string.Equals(kept.Partial, partial, StringComparison.Ordinal) ? kept.Html : null;

    /// <summary>Keeps what <paramref name="partial"/> rendered for <paramref name="instance"/>.</summary>
    public TrustedHtml Keep(object instance, string partial, TrustedHtml html)
    {
        // Threads may render the same instance at once; either result is the same HTML. One partial per instance is
        // kept (every list shows a letter with the same partial); another partial replaces it.
        _kept[instance] = new Kept(partial, html);
        return html;
    }

    private sealed record Kept(string Partial, TrustedHtml Html);
}
