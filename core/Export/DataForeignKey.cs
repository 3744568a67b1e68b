namespace Archive.Core.Export;

/// <summary>A column whose values are the key of another download: <c>organizationId</c> names a row of <c>organizations.csv</c>.</summary>
/// <param name="Field">The column of this table.</param>
/// <param name="Resource">The other table's name in the data package (<c>organizations</c>).</param>
/// <param name="ReferenceField">The column of the other table it names (<c>id</c>).</param>
public sealed record DataForeignKey(string Field, string Resource, string ReferenceField);
