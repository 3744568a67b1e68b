namespace Archive.Core.Text;

/// <summary>
/// A number and its noun, as pages and messages print them: "1 letter", "3 letters", "0 countries", "1,234 letters"
/// (issue 15: once written four times, with two rules for the plural; the number as <see cref="ReadableNumber"/>
/// writes it).
/// </summary>
public static class CountedNoun
{
    /// <summary>
    /// "1 <paramref name="noun"/>", otherwise the count and <paramref name="plural"/>, which is the noun and "s"
    /// unless given: <c>Of(2, "country", "countries")</c> is "2 countries".
    /// </summary>
    public static string Of(int count, string noun, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return count == 1 ? $"1 {noun}" : $"{ReadableNumber.Of(count)} {plural ?? noun + "s"}";
    }
}
