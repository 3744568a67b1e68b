namespace Archive.Core.Countries;

/// <summary>An ISO 3166-1 alpha-2 code in upper case, e.g. <c>UG</c>. Only <see cref="CountryTable"/> makes one.</summary>
public readonly record struct CountryCode
{
    internal CountryCode(string value) => Value = value;

    /// <summary>The two upper-case letters.</summary>
    public string Value { get; }

    /// <summary>The code in lower case, as used in country page URLs (<c>/countries/ug/</c>).</summary>
    public string Slug => Value.ToLowerInvariant();

    /// <inheritdoc />
    public override string ToString() => Value;
}
