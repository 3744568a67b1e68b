using Archive.Core.Content;
using Archive.Core.Organizations;
using Archive.Testing;

namespace Archive.Core.Tests.Organizations;

/// <summary>
/// An organization's identifiers in authority files (issue 19): optional, checked for their form only, and each with
/// one address at its authority. The identifiers here are fixtures, not claims about real organizations.
/// </summary>
public class AuthorityIdTests
{
    private static string[] Problems(TemporaryContent content) =>
        [.. LoadContent.FromFolder(content.Root).SortedDiagnostics.Select(d => d.ToString())];

    private static TemporaryContent Forum(string fields) => new TemporaryContent()
        .Organization("forum", "name: Forum\ncountries: [BI]\n" + fields)
        .Letter("x", "title: X\ndate: 2001\nsource: https://example.org/\nsignatories:\n  - name: Forum");

    [Fact]
    public void Well_formed_identifiers_are_read_with_their_addresses_in_a_fixed_order()
    {
        using var content = Forum("ror: 02mhbdp94\nviaf: \"123456789\"\nwikidata: Q42");

        var result = LoadContent.FromFolder(content.Root);

        Assert.Empty(result.SortedDiagnostics);
        var forum = result.Content!.FindOrganization("forum")!;
        Assert.Equal(
            [
                ("Wikidata", "Q42", "https://www.wikidata.org/wiki/Q42"),
                ("VIAF", "123456789", "https://viaf.org/viaf/123456789"),
                ("ROR", "02mhbdp94", "https://ror.org/02mhbdp94"),
            ],
            AuthorityId.Of(forum).Select(a => (a.Authority, a.Value, a.Uri.AbsoluteUri)));
    }

    [Fact]
    public void An_organization_without_identifiers_has_none()
    {
        using var content = Forum("");

        Assert.Empty(AuthorityId.Of(LoadContent.FromFolder(content.Root).Content!.FindOrganization("forum")!));
    }

    [Theory]
    [InlineData("wikidata: https://www.wikidata.org/wiki/Q42", "organizations/forum.yml:3: 'wikidata' must be a Wikidata item id, Q and a number such as Q42 (without the address), not 'https://www.wikidata.org/wiki/Q42'")]
    [InlineData("wikidata: q42", "organizations/forum.yml:3: 'wikidata' must be a Wikidata item id, Q and a number such as Q42 (without the address), not 'q42'")]
    [InlineData("wikidata: Q042", "organizations/forum.yml:3: 'wikidata' must be a Wikidata item id, Q and a number such as Q42 (without the address), not 'Q042'")]
    [InlineData("viaf: 12345678X", "organizations/forum.yml:3: 'viaf' must be a VIAF id, its digits only such as 123456789 (without the address), not '12345678X'")]
    [InlineData("viaf: http://viaf.org/viaf/123", "organizations/forum.yml:3: 'viaf' must be a VIAF id, its digits only such as 123456789 (without the address), not 'http://viaf.org/viaf/123'")]
    [InlineData("ror: https://ror.org/02mhbdp94", "organizations/forum.yml:3: 'ror' must be a ROR id, 0 then six letters or digits then two check digits such as 02mhbdp94 (without the address), not 'https://ror.org/02mhbdp94'")]
    [InlineData("ror: 02mhbdl94", "organizations/forum.yml:3: 'ror' must be a ROR id, 0 then six letters or digits then two check digits such as 02mhbdp94 (without the address), not '02mhbdl94'")]
    [InlineData("ror: 12mhbdp94", "organizations/forum.yml:3: 'ror' must be a ROR id, 0 then six letters or digits then two check digits such as 02mhbdp94 (without the address), not '12mhbdp94'")]
    [InlineData("ror: 02mhbdq94", "organizations/forum.yml:3: the ROR id '02mhbdq94' has check digits 94 where its first seven characters give 91: a character is mistyped")]
    public void A_malformed_identifier_is_reported_at_its_line(string field, string problem)
    {
        using var content = Forum(field);

        Assert.Equal([problem], Problems(content));
    }

    [Theory]
    [InlineData("03vek6s52")]
    [InlineData("05gq02987")]
    [InlineData("00f54p054")]
    public void ROR_check_digits_are_those_ROR_computes(string ror) => Assert.Null(AuthorityId.RorProblem(ror));
}
