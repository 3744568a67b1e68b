using Archive.Core.Content;

namespace Archive.Core.Letters;

/// <summary>An individual who signed a letter; people are never organizations.</summary>
/// <param name="Name">The name as printed, titles included ("Dr. Andrés Serbin").</param>
/// <param name="Roles">The roles printed under the name, in printed order.</param>
/// <param name="Location">Where the person is written in the content.</param>
public sealed record Person(string Name, IReadOnlyList<PersonRole> Roles, SourceLocation Location);

/// <summary>One printed role of a person: "Executive Director, World Federalist Movement-Institute for Global Policy".</summary>
/// <param name="Title">The position ("Executive Director"), if printed.</param>
/// <param name="Affiliation">The organization's name as printed, if any.</param>
/// <param name="OrganizationId">The organization the affiliation refers to, when it is in the archive.</param>
public sealed record PersonRole(string? Title, string? Affiliation, string? OrganizationId);
