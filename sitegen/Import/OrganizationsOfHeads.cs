using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Letters signed by the heads of organizations, one each, rather than by the organizations themselves: the
/// organizations those heads name sign too.
/// </summary>
internal static partial class OrganizationsOfHeads
{
    /// <summary>
    /// A letter signed by the heads of several organizations, one each ("Daniel Ouellet / Executive Director / United
    /// Nations Association in Canada", …): their organizations sign it, in that order. Officers of one organization
    /// signing together ("Chair, ICRtoP" and "Deputy-Director, ICRtoP") are people only.
    /// </summary>
    /// <remarks>
    /// A signature line may print it all ("Jane Doe, Director, Aegis Trust, London, United Kingdom"): the places after
    /// the organization are its own. A department before the organization ("Head, Research Unit, Nairobi Peace
    /// Institute") is not the organization.
    /// </remarks>
    public static SignatureBlock.Contents With(SignatureBlock.Contents contents, HashSet<int> signerLines, HashSet<int> listedLines, Dictionary<int, PrintedPlaces> places)
    {
        var heads = contents.People.Where(p => signerLines.Contains(p.Line)).ToList();
        if (heads.Count < 3 || !heads.All(p => p.Roles is [{ Affiliation: not null }])
            || heads.Select(p => OrganizationNames.Key(p.Roles[0].Affiliation!)).Distinct(StringComparer.Ordinal).Count() < 0.8 * heads.Count)
        {
            // "4. Dr. Jane Doe, Executive Director, Permanent Peace Movement, Lebanon" as an item of a numbered list of
            // organizations (a sign-on where each signer typed their entry): the organization signs, through its head.
            heads = contents.Signatories.Count >= 3 ? [.. heads.Where(p => listedLines.Contains(p.Line) && p.Roles is [{ Affiliation: not null }])] : [];
        }

        // Each head's organization goes where the head signed; the list keeps its own order, which is not always the
        // order of its lines (two columns are read down the left one first).
        foreach (var head in heads.OrderBy(p => p.Line))
        {
            var at = contents.Signatories.FindIndex(s => s.Line > head.Line);
            var organization = SignatoryLine.One(WithoutDepartment(head.Roles[0].Affiliation!), head.Line);
            // A country read only from the name ("Oficina … Acción Colombia") is what it works on; the place printed
            // under it is where it is.
            var onlyFromName = organization.FromName is { } named && organization.Places.Countries is [var only] && only.Equals(named);
            if ((!organization.Places.Any || onlyFromName) && places.TryGetValue(head.Line, out var printed))
            {
                organization = organization with { Places = printed, FromName = null };
            }

            contents.Signatories.Insert(at < 0 ? contents.Signatories.Count : at, organization);
        }

        return contents;
    }

    // "Conflict Management Programme, Kofi Annan …": a unit of the organization named before it, after a comma.
    private static string WithoutDepartment(string affiliation) =>
        SignatoryLine.SplitTopLevel(affiliation, ',') is [var unit, .. var rest] && rest.Count > 0 && Department().IsMatch(unit.Trim())
            ? string.Join(",", rest).Trim()
            : affiliation;

    [GeneratedRegex(@"\b(?:programmes?|programs?|departments?|desk|unit|division|office|département|programa|departamento|unidad|abteilung|dipartimento|ufficio)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Department();
}
