using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Api.Http;
using Archive.Api.Paging;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Parameters;

/// <summary>
/// Reads a request's text parameters into typed values. The first malformed parameter becomes <see cref="Problem"/>
/// (a 400 naming it); later reads still return defaults, so a handler reads everything, then checks once. An empty
/// value is no value, as an HTML form sends a filter left blank (<c>?country=</c>), except <c>cursor=</c>, which
/// starts cursor paging (issue 18).
/// </summary>
internal sealed partial class ReadQuery
{
    public ProblemDetails? Problem { get; private set; }

    public LetterFilter Filter(FilterParameters parameters, ArchiveContent archive)
    {
        var filter = new LetterFilter
        {
            OrganizationIds = [.. Given(parameters.Organization).Select(id => Organization(id, archive)).OfType<string>().Distinct(StringComparer.Ordinal)],
            Countries = Countries(parameters.Country),
            Years = [.. Given(parameters.Year).Select(Year).OfType<int>().Distinct()],
            From = Day("from", Given(parameters.From)),
            To = Day("to", Given(parameters.To)),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            Fail("from", $"'{parameters.From}' is after to '{parameters.To}'");
        }

        return filter;
    }

    public PageRequest Paging(PagingParameters parameters, string list)
    {
        var page = Number("page", Given(parameters.Page), 1, 1_000_000, 1);
        var size = Number("pageSize", Given(parameters.PageSize), 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize);
        Cursor? cursor = null;
        if (parameters.Cursor is not null)
        {
            if (Given(parameters.Page) is not null)
            {
                Fail("cursor", "give either page or cursor, not both");
            }
            else if (parameters.Cursor.Length == 0)
            {
                return new PageRequest(page, size, null, CursorMode: true);
            }
            else if (!Cursor.TryDecode(parameters.Cursor, out var decoded) || decoded.List != list)
            {
                Fail("cursor", "not a cursor of this list; use the next or prev link of a previous response as it is");
            }
            else
            {
                cursor = decoded;
            }
        }

        return new PageRequest(page, size, cursor, CursorMode: cursor is not null);
    }

    /// <summary>The countries of a parameter that may be given several times (any of them), each once; none when absent or empty.</summary>
    public IReadOnlyList<CountryCode> Countries(string[]? texts, string parameter = "country") =>
        [.. Given(texts).Select(text => Country(text, parameter)).OfType<CountryCode>().Distinct()];

    /// <summary>A country code in a parameter or a path: two letters, any case, of ISO 3166-1.</summary>
    public CountryCode? Country(string? text, string parameter = "country")
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!TwoLetters().IsMatch(text))
        {
            Fail(parameter, $"'{Shorten(text)}' is not a country code; use an ISO 3166-1 alpha-2 code such as UG or dk");
            return null;
        }

        if (!CountryTable.TryGetByCode(text, out var country))
        {
            Fail(parameter, $"'{text}' is not an ISO 3166-1 alpha-2 country code");
            return null;
        }

        return country.Code;
    }

    /// <summary>One of a fixed set of words, exactly.</summary>
    public string Choice(string parameter, string? text, string fallback, params string[] choices)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!choices.Contains(text, StringComparer.Ordinal))
        {
            Fail(parameter, $"'{Shorten(text)}' is not one of {string.Join(", ", choices)}");
            return fallback;
        }

        return text;
    }

    public void Fail(string parameter, string detail) => Problem ??= Problems.BadParameter(parameter, detail);

    /// <summary>The value, or null when it is absent or empty.</summary>
    private static string? Given(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>The values given, without the empty ones.</summary>
    private static IEnumerable<string> Given(string[]? texts) => (texts ?? []).Where(t => !string.IsNullOrEmpty(t));

    private string? Organization(string id, ArchiveContent archive)
    {
        if (archive.FindOrganization(id) is null)
        {
            // An id an organization's file says it replaced (replaces:) filters by that organization, as its address
            // redirects there (issue 19).
            if (archive.ReplacementOf(id) is { } replacement)
            {
                return replacement.Id;
            }

            Fail("organization", $"no organization has the id '{Shorten(id)}'; ids are listed at {ApiRoutes.Root}{ApiRoutes.Organizations}");
            return null;
        }

        return id;
    }

    private int? Year(string text)
    {
        if (!FourDigits().IsMatch(text) || text == "0000")
        {
            Fail("year", $"'{Shorten(text)}' is not a year; use four digits, e.g. 2012");
            return null;
        }

        return int.Parse(text, CultureInfo.InvariantCulture);
    }

    private DateOnly? Day(string parameter, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Fail(parameter, $"'{Shorten(text)}' is not a date; use YYYY-MM-DD, e.g. 2012-03-23");
            return null;
        }

        return day;
    }

    private int Number(string parameter, string? text, int min, int max, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!Digits().IsMatch(text) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(parameter, $"'{Shorten(text)}' is not a whole number from {min} to {max}");
            return fallback;
        }

        return value;
    }

    /// <summary>Echoes at most 60 characters of a bad value, so a huge value does not make a huge error.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex("^[A-Za-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoLetters();

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
