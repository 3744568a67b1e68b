using System.Text;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.Api.Organizations;

/// <summary>
/// The <c>q</c> of the organization list: an organization matches when one of its names (canonical, acronym or an
/// alias), or a word in one, starts with the text, ignoring case, accents and the kind of dash or apostrophe.
/// "societe" finds "Forum pour le Renforcement de la Société Civile"; "forsc" finds it by its acronym.
/// </summary>
internal static class OrganizationNameSearch
{
    public static bool Matches(Organization organization, string prefix)
    {
        var wanted = Fold(prefix);
        if (wanted.Length == 0)
        {
            return true;
        }

        foreach (var name in organization.PrintedNames)
        {
            var folded = Fold(name);
            if (folded.StartsWith(wanted, StringComparison.Ordinal)
                || folded.Split(' ').Any(word => word.StartsWith(wanted, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The typographic key of a name (<see cref="OrganizationNames.Key"/>) without accents, words split at hyphens too.</summary>
    public static string Fold(string text)
    {
        // The accents go as in every name key; the rest is not OrganizationNameForm's rule, which drops apostrophes
        // and reads "&" as "and": a prefix is matched against the name as printed, so "o'b" finds "O'Brien".
        var unaccented = Accents.Remove(OrganizationNames.Key(text));
        var folded = new StringBuilder(unaccented.Length);
        foreach (var c in unaccented)
        {
            folded.Append(c is '-' or '(' or ')' or '/' ? ' ' : c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
