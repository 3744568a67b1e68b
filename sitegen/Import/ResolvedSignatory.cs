using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>A printed signatory with the organization it was linked to and how.</summary>
/// <param name="Printed">What the letter prints.</param>
/// <param name="Match">What the matcher found.</param>
/// <param name="OrganizationId">The organization the letter will name (existing or created by this import).</param>
/// <param name="IsNewOrganization">True when this signatory creates the organization.</param>
/// <param name="Decision">The decision in words, for the report.</param>
internal sealed record ResolvedSignatory(PrintedSignatory Printed, OrganizationMatch Match, string OrganizationId, bool IsNewOrganization, string Decision);
