using System.Text.RegularExpressions;

namespace Archive.Core.Organizations;

/// <summary>
/// A printed organization name split into its name and the acronym printed with it:
/// "Human Rights Network (HURINET)", "Action des jeunes … la Paix - ADECOP", "Liberia-CUPPADL".
/// </summary>
/// <param name="Printed">The name as printed.</param>
/// <param name="Base">The name without the acronym ("Human Rights Network").</param>
/// <param name="Acronym">The printed acronym, if any ("HURINET").</param>
public sealed partial record PrintedOrganizationName(string Printed, string Base, string? Acronym)
{
    /// <summary>Splits a printed name. A name that is itself an acronym ("WFM-IGP") is its own base, with no acronym.</summary>
    public static PrintedOrganizationName Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var trimmed = printed.Trim();
        var bracketed = BracketedAcronym().Match(trimmed);
        if (bracketed.Success && bracketed.Groups["name"].Value.Trim().Length > 0 && IsAcronym(bracketed.Groups["acronym"].Value, bracketed.Groups["name"].Value))
        {
            // "IID – Initiatives for International Dialogue (IID)": the acronym printed before the name as well.
            var name = bracketed.Groups["name"].Value.Trim();
            var acronym = bracketed.Groups["acronym"].Value.Trim();
            var named = AcronymFirst().Match(name) is { Success: true } leading && string.Equals(leading.Groups["acronym"].Value, acronym, StringComparison.OrdinalIgnoreCase)
                ? leading.Groups["name"].Value.Trim() : name;
            return new PrintedOrganizationName(trimmed, named, acronym);
        }

        if (InBrackets().Match(trimmed) is { Success: true } shortForm && IsShortFormOf(shortForm.Groups["short"].Value, shortForm.Groups["name"].Value))
        {
            // "International Crisis Group (Crisis Group)": the short name it goes by, in brackets, is no acronym and no
            // other word of its name.
            return new PrintedOrganizationName(trimmed, shortForm.Groups["name"].Value.Trim(), null);
        }

        foreach (var match in new[] { DashedAcronym().Match(trimmed), CommaAcronym().Match(trimmed), LeadingAcronym().Match(trimmed) })
        {
            // "MARWOPNET – Sierra Leone" is an acronym and a country, not an acronym and a name; "DCA – DanChurchAid"
            // is a name of one word whose capitals the acronym spells.
            if (match.Success && (match.Groups["name"].Value.Trim().Contains(' ', StringComparison.Ordinal) || SpellsCapitalsOf(match.Groups["acronym"].Value, match.Groups["name"].Value.Trim()))
                && IsAcronym(match.Groups["acronym"].Value, match.Groups["name"].Value)
                && !Countries.CountryTable.TryResolveName(match.Groups["name"].Value, out _))
            {
                return new PrintedOrganizationName(trimmed, match.Groups["name"].Value.Trim(), match.Groups["acronym"].Value);
            }
        }

        return new PrintedOrganizationName(trimmed, trimmed, null);
    }

    // Two words or more of the name, in its order, and fewer than all of them.
    private static bool IsShortFormOf(string shortForm, string name)
    {
        var shortWords = shortForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = 0;
        foreach (var word in nameWords)
        {
            next += next < shortWords.Length && string.Equals(word, shortWords[next], StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return shortWords.Length >= 2 && shortWords.Length < nameWords.Length && next == shortWords.Length;
    }

    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<short>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex InBrackets();

    /// <summary>
    /// Whether capitals spell the initials of a name's words, the small ones aside: "DRC" for "Danish Refugee Council".
    /// </summary>
    public static bool SpellsInitialsOf(string acronym, string name) =>
        acronym.Length >= 2 && acronym.All(char.IsUpper) && string.Equals(OrganizationNameForm.Initials(name), acronym, StringComparison.OrdinalIgnoreCase);

    // "DCA" for "DanChurchAid": the capitals of a word coined from several, in their order.
    private static bool SpellsCapitalsOf(string acronym, string word) =>
        acronym.Length >= 2 && string.Equals(string.Concat(word.Where(char.IsUpper)), acronym, StringComparison.Ordinal);

    // An acronym has capitals ("HURINET", "Altsean-Burma", "ICRtoP"), and is not a country in capitals
    // ("United Nations Association – UK") nor a word in brackets ("(Africa-wide)"), unless it spells the name before
    // it ("Danish Refugee Council (DRC)", though the Congo goes by "DRC" too).
    private static bool IsAcronym(string text, string name) =>
        text.Count(char.IsUpper) >= 2 && (!Countries.CountryTable.TryResolveName(text, out _) || SpellsInitialsOf(text, name));

    // "(HURINET)", "(Altsean-Burma)", "(WFM-IGP)": one word in brackets at the end, or before a trailing word ("(AFA) WFM Uganda");
    // "(FOSCAO/WACSOF)": the acronyms of its name in two languages.
    [GeneratedRegex(@"^(?<name>.*?)\s*[\(\[](?<acronym>[\p{L}\d][\p{L}\d&.\-]{1,24}(?:/[\p{L}\d][\p{L}\d&.\-]{1,24})?)[\)\]](?:\s+[^()\[\]]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAcronym();

    // "… la Paix - ADECOP", "… in Liberia-CUPPADL": capitals after the last dash.
    // "Action des Chrétiens pour l'Abolition de la Torture, ACAT-France": capitals after the last comma.
    [GeneratedRegex(@"^(?<name>.*\S)\s*,\s*(?<acronym>\p{Lu}[\p{Lu}\d&]{1,14}(?:-\p{L}+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaAcronym();

    // "Red Regional por la Justicia – RRpJ": an acronym may have small letters inside, as long as it starts with two
    // capitals and ends with one (so "… – McGill" is no acronym); "… – CINEP/PPP", the acronyms of a body and its programme.
    [GeneratedRegex(@"^(?<name>.*\S)\s*[-–—]\s*(?<acronym>\p{Lu}(?:[\p{Lu}\d&]{1,14}|\p{Lu}[\p{L}\d&]{0,12}\p{Lu})(?:/\p{Lu}[\p{Lu}\d&]{1,14})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedAcronym();

    // "CRIES – Coordinadora Regional de Investigaciones …", "CIVICUS: World Alliance for Citizen Participation",
    // "ICRtoP – International Coalition for …", "WFM-IGP – World Federalist Movement–…", "UNA-Canada – United Nations
    // Association in Canada": the acronym first (shaped as after a dash, perhaps with a hyphened part), then a spaced
    // dash or a colon ("WFM-Institute for Global Policy" is one name).
    [GeneratedRegex(@"^(?<acronym>\p{Lu}(?:[\p{Lu}\d&]{1,14}|\p{Lu}[\p{L}\d&]{0,12}\p{Lu})(?:-[\p{Lu}\d][\p{L}\d]{0,14})?)(?:\s+[-–—]\s+|:\s+)(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAcronym();

    // "CoJA – Coalition for Justice and Accountability": a word before a spaced dash, the acronym when it is the one in brackets too.
    [GeneratedRegex(@"^(?<acronym>[\p{L}\d&\-]{2,15})\s+[-–—:]\s+(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymFirst();
}
