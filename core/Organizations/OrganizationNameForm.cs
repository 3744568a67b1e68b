using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Organizations;

/// <summary>
/// The normalized form of an organization's name, for matching names that differ in more than typography:
/// case, accents, punctuation, a leading "The", spacing and hyphens, and "&amp;" for "and".
/// "The North-South Institute" and "North South Institute" share it; "DanChurch Aid" and "DanChurchAid" do not
/// (they share only the <see cref="Compact"/> form, which is a reason to ask, never to merge).
/// </summary>
public static class OrganizationNameForm
{
    /// <summary>The normalized form: lower-case words without accents or punctuation, one space apart, no leading "the".</summary>
    public static string Normalize(string name) => string.Join(' ', Words(name));

    /// <summary>The normalized form without spaces: "danchurchaid" for both "DanChurch Aid" and "DanChurchAid".</summary>
    public static string Compact(string name) => string.Concat(Words(name));

    /// <summary>The initials of the normalized form's words without the small ones: "ai" for "Amnesty International".</summary>
    public static string Initials(string name) => string.Concat(Words(name).Where(w => !NameVariant.IsSmallWord(w)).Select(w => w[0]));

    /// <summary>
    /// The letters with which an acronym spells a name's initials: a "2" or a "4" in it stands for "to" or "for", small
    /// words that initials skip ("GCR2P" spells "Global Centre for the Responsibility to Protect" as "GCRP"). Null when
    /// another digit is in it ("G20", "M23"), which spells no initials.
    /// </summary>
    public static string? AcronymLetters(string acronym) =>
        acronym.Any(c => char.IsDigit(c) && c is not ('2' or '4')) ? null : string.Concat(acronym.Where(char.IsLetter));

    /// <summary>The words of the normalized form, in order.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The accents go as in every name key (Accents); the rest is the rule for organizations' names, which
        // CountryTable.NormalizeName resembles but does not share (it drops articles of three languages).
        var unaccented = Accents.Remove(name);
        var builder = new StringBuilder(unaccented.Length);
        foreach (var c in unaccented)
        {
            if (c is '\'' or '’' or '‘' or '.')
            {
                // "Women's" and "Womens", "U.N." and "UN" are one word.
                continue;
            }

            if (c == '&')
            {
                builder.Append(" and ");
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 2 && words[^2] == "e" && words[^1] == "v")
        {
            // "Genocide Alert e. V." and "Genocide Alert e.V.": a German registered association's suffix, with or without its space.
            words = [.. words[..^2], "ev"];
        }

        return words.Length > 1 && words[0] == "the" ? words[1..] : words;
    }
}
