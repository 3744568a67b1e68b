using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Letters;

/// <summary>
/// The date of a letter to the precision that is known: <c>2009-07-20</c>, <c>2008-09</c> or <c>2008</c>.
/// The precision follows from how the date is written, so editors never state it separately.
/// </summary>
public readonly partial record struct LetterDate : IComparable<LetterDate>
{
    private LetterDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or 1 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 1 when only the year or month is known.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date can stand for; letters sort by it.</summary>
    public DateOnly Start => new(Year, Month, Day);

    /// <summary>A date known to the day.</summary>
    public static LetterDate OfDay(int year, int month, int day)
    {
        _ = new DateOnly(year, month, day);
        return new(year, month, day, DatePrecision.Day);
    }

    /// <summary>A date known to the month.</summary>
    public static LetterDate OfMonth(int year, int month)
    {
        _ = new DateOnly(year, month, 1);
        return new(year, month, 1, DatePrecision.Month);
    }

    /// <summary>A date known to the year.</summary>
    public static LetterDate OfYear(int year)
    {
        _ = new DateOnly(year, 1, 1);
        return new(year, 1, 1, DatePrecision.Year);
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out LetterDate date)
    {
        date = default;
        var match = text is null ? Match.Empty : IsoDate().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var precision = match.Groups["d"].Success ? DatePrecision.Day
            : match.Groups["m"].Success ? DatePrecision.Month
            : DatePrecision.Year;
        date = new LetterDate(year, month, day, precision);
        return true;
    }

    /// <summary>The ISO 8601 form to the known precision: <c>2009-07-20</c>, <c>2008-09</c> or <c>2008</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The date as a reader expects it: "20 July 2009", "September 2008" or "2008".</summary>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public int CompareTo(LetterDate other)
    {
        // By Start, compared field by field: building the two DateOnly values would check them on every comparison.
        var byStart = Year != other.Year ? Year.CompareTo(other.Year)
            : Month != other.Month ? Month.CompareTo(other.Month)
            : Day.CompareTo(other.Day);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Earlier than.</summary>
    public static bool operator <(LetterDate left, LetterDate right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(LetterDate left, LetterDate right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or the same.</summary>
    public static bool operator <=(LetterDate left, LetterDate right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or the same.</summary>
    public static bool operator >=(LetterDate left, LetterDate right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
