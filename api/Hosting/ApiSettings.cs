using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// The API's settings: section <c>Archive</c> of <c>appsettings.json</c>, or environment variables
/// <c>Archive__Key__Sub</c>. The defaults are here and nowhere else; the README's table lists the same values
/// (a test compares them), and the effective values are logged once at start-up (<see cref="StartupLog"/>).
/// </summary>
internal sealed class ApiSettings
{
    public const string Section = "Archive";

    /// <summary>The content folder, relative to the current directory; empty: <c>./content</c>, else the repository's.</summary>
    public string ContentPath { get; init; } = "";

    /// <summary>
    /// Where clients reach the API, e.g. <c>https://letters.example.org</c> (a path is allowed): the base of every
    /// absolute URL the API writes. Empty: each request's own scheme and host.
    /// </summary>
    public string PublicBaseUrl { get; init; } = "";

    public RateLimitSettings RateLimit { get; init; } = new();

    public ProxySettings Proxy { get; init; } = new();

    public SearchSettings Search { get; init; } = new();

    public ResponseCacheSettings ResponseCache { get; init; } = new();

    public ExportSettings Export { get; init; } = new();

    /// <summary>The public base URL parsed, or null when it is not set.</summary>
    public Uri? PublicBase => PublicBaseUrl.Length == 0 ? null : new Uri(PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

    /// <summary>
    /// Reads the settings; a key the API does not know (a typo) or a value of the wrong kind stops the start-up
    /// with a message naming it, instead of being silently ignored.
    /// </summary>
    public static ApiSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ApiSettings>(options => options.ErrorOnUnknownConfiguration = true) ?? new ApiSettings();
        settings.Validate();
        return settings;
    }

    private void Validate()
    {
        if (PublicBaseUrl.Length > 0
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            throw new OptionsValidationException(Section, typeof(ApiSettings), [$"Archive:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http or https URL without query, such as https://letters.example.org"]);
        }

        if (RateLimit.PermitLimit < 0 || RateLimit.WindowSeconds < 1)
        {
            throw new OptionsValidationException(Section, typeof(ApiSettings), ["Archive:RateLimit:PermitLimit must be 0 (off) or more, and Archive:RateLimit:WindowSeconds 1 or more"]);
        }

        Proxy.Validate();
    }
}
