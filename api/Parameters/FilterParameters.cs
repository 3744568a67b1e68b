using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Parameters;

/// <summary>
/// The letter filters shared by the letter list and search. Bound as text so a malformed value gets a message naming
/// it. organization, country and year may be given several times, meaning any of them; an empty value is no filter.
/// </summary>
internal sealed record FilterParameters
{
    [FromQuery(Name = "organization")]
    [Description("Only letters this organization signed (its id, e.g. danchurchaid). Repeat for any of several: organization=a&organization=b.")]
    public string[]? Organization { get; init; }

    [FromQuery(Name = "country")]
    [Description("Only letters with a signatory that stands for this country (the signatory's countries: as printed, else its organization's): an ISO 3166-1 alpha-2 code, any case (UG, ug). Repeat for any of several: country=dk&country=ug.")]
    public string[]? Country { get; init; }

    [FromQuery(Name = "year")]
    [Description("Only letters of this year (four digits). Repeat for any of several: year=2008&year=2009.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "from")]
    [Description("Only letters on or after this day (YYYY-MM-DD). A letter dated to a month or year covers that whole month or year and matches when the ranges overlap.")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Only letters on or before this day (YYYY-MM-DD), with the same overlap rule as from.")]
    public string? To { get; init; }
}
