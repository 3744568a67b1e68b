using System.Globalization;

namespace Archive.Core.Text;

/// <summary>
/// A number as readers read it in the site's text: "1,234" (issue 17). The site's own words are English, so numbers
/// are grouped the English way on every machine, whatever its culture; numbers for machines (attributes, JSON, file
/// names) stay plain digits and never come here.
/// </summary>
public static class ReadableNumber
{
    /// <summary>The number with its thousands separated by commas: <c>Of(1234)</c> is "1,234", <c>Of(-5)</c> "-5".</summary>
    public static string Of(long number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
