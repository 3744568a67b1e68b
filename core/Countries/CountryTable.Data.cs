namespace Archive.Core.Countries;

// TEMPORARY rows until the generated table lands.
public static partial class CountryTable
{
    private static readonly (string Code, string Name, string[] Aliases)[] Rows =
    [
        ("AO", "Angola", []), ("AR", "Argentina", []), ("AU", "Australia", []), ("BE", "Belgium", []), ("BI", "Burundi", []),
        ("CA", "Canada", []), ("CD", "Democratic Republic of the Congo", ["DR Congo"]), ("CH", "Switzerland", []), ("CO", "Colombia", []),
        ("DE", "Germany", []), ("DK", "Denmark", []), ("GB", "United Kingdom", ["UK"]), ("GH", "Ghana", []), ("ID", "Indonesia", []),
        ("KE", "Kenya", []), ("LB", "Lebanon", []), ("LR", "Liberia", []), ("LS", "Lesotho", []), ("ML", "Mali", []), ("NG", "Nigeria", []),
        ("NL", "Netherlands", ["The Netherlands"]), ("NO", "Norway", []), ("PH", "Philippines", []), ("PY", "Paraguay", []), ("SD", "Sudan", []),
        ("SE", "Sweden", []), ("SL", "Sierra Leone", []), ("SZ", "Eswatini", ["Swaziland"]), ("TH", "Thailand", []), ("TZ", "Tanzania", []),
        ("UG", "Uganda", ["Ouganda"]), ("US", "United States", ["USA"]), ("ZA", "South Africa", []),
    ];
}
