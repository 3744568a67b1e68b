using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Archive.Api.Hosting;
using Archive.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests;

/// <summary>
/// The settings (issue 16): defaults in code that equal the README's, a misspelt key that stops the start-up
/// instead of being ignored, and the effective settings logged once.
/// </summary>
public sealed partial class SettingsTests
{
    [Fact]
    public void Every_setting_is_in_the_readme_with_the_default_the_code_has()
    {
        var readme = ReadmeDefaults();
        var code = Defaults(new ApiSettings(), ApiSettings.Section);

        Assert.Equal(code.Keys.Order(), readme.Keys.Order());
        foreach (var (key, documented) in readme.Where(r => r.Value is not null))
        {
            Assert.True(documented == code[key], $"{key}: README says {documented}, the code {code[key]}");
        }
    }

    [Theory]
    [InlineData("Archive:RateLimit:PermitLimt", "10", "PermitLimt")]
    [InlineData("Archive:RateLimit:PermitLimit", "many", "many")]
    [InlineData("Archive:PublicBaseUrl", "letters.example.org", "absolute http or https URL")]
    [InlineData("Archive:Proxy:KnownProxies:0", "10.0.0.300", "10.0.0.300")]
    public void A_misspelt_or_malformed_setting_stops_the_start_up_naming_it(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var failure = Assert.ThrowsAny<Exception>(() => ApiSettings.From(configuration));

        Assert.Contains(named, failure.Message + failure.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_effective_settings_are_logged_once_at_start_up()
    {
        var log = new LogLines();
        using var factory = new ApiFactory().WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log)));
        using var client = factory.CreateClient();

        await client.GetAsync("/api/v1/letters");
        await client.GetAsync("/healthz");

        var settings = Assert.Single(log.Lines, line => line.StartsWith("Settings (Production)", StringComparison.Ordinal));
        Assert.Contains("rate limit off", settings, StringComparison.Ordinal);
        Assert.Contains("public base URL (none: each request's own host)", settings, StringComparison.Ordinal);
    }

    /// <summary>The README's configuration table: key, and its default when that is one code span (else null).</summary>
    private static Dictionary<string, string?> ReadmeDefaults() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Select(line => ReadmeRow().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["code"].Success ? m.Groups["code"].Value : null);

    /// <summary>Every setting's key and default, as text (settings are the properties that can be set).</summary>
    private static Dictionary<string, string> Defaults(object settings, string prefix)
    {
        var found = new Dictionary<string, string>();
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(settings);
            switch (value)
            {
                case string text:
                    found[key] = text;
                    break;
                case bool flag:
                    found[key] = flag ? "true" : "false";
                    break;
                case int number:
                    found[key] = number.ToString(CultureInfo.InvariantCulture);
                    break;
                case IEnumerable list:
                    found[key] = string.Join(';', list.Cast<object>());
                    break;
                default:
                    foreach (var (k, v) in Defaults(value!, key))
                    {
                        found[k] = v;
                    }

                    break;
            }
        }

        return found;
    }

    [GeneratedRegex(@"^\| `(?<key>Archive:[A-Za-z:]+)` \| (`(?<code>[^`]*)` \||[^|]*\|)")]
    private static partial Regex ReadmeRow();

    private sealed class LogLines : ILoggerProvider, ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
