namespace Archive.Core.Letters;

/// <summary>How much of a letter's date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year, e.g. <c>2008</c>.</summary>
    Year,

    /// <summary>The year and month, e.g. <c>2008-09</c>.</summary>
    Month,

    /// <summary>The full day, e.g. <c>2009-07-20</c>.</summary>
    Day,
}
