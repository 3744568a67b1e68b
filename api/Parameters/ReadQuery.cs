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
/// (a 400 naming it); later reads still return defaults, so a handler reads everything, then checks once.
/// </summary>
internal sealed partial class ReadQuery
{
    public ProblemDetails? Problem { get; private set; }

    public LetterFilter Filter(FilterParameters parameters, ArchiveContent archive)
    {
        var filter = new LetterFilter
        {
            OrganizationId = Organization(parameters.Organization, archive),
            Country = Country(parameters.Country),
            Year = Year(parameters.Year),
            From = Day("from", parameters.From),
            To = Day("to", parameters.To),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            Fail("from", $"'{parameters.From}' is after to '{parameters.To}'");
        }

        return filter;
    }

    public PageRequest Paging(PagingParameters parameters, string list)
    {
        var page = Number("page", parameters.Page, 1, 1_000_000, 1);
        var size = Number("pageSize", parameters.PageSize, 1, PageRequest.MaxPageSize, PageRequest.DefaultPageSize);
        Cursor? cursor = null;
        if (parameters.Cursor is not null)
        {
            if (parameters.Page is not null)
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

    /// <summary>A country code in a parameter or a path: two letters, any case, of ISO 3166-1.</summary>
    public CountryCode? Country(string? text, string parameter = "country")
    {
        if (text is null)
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
        if (text is null)
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

    private string? Organization(string? id, ArchiveContent archive)
    {
        if (id is null)
        {
            return null;
        }

        if (archive.FindOrganization(id) is null)
        {
            Fail("organization", $"no organization has the id '{Shorten(id)}'; ids are listed at {ApiRoutes.Root}{ApiRoutes.Organizations}");
            return null;
        }

        return id;
    }

    private int? Year(string? text)
    {
        if (text is null)
        {
            return null;
        }

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
