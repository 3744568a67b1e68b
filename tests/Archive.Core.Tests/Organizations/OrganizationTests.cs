using Archive.Core.Content;
using Archive.Core.Organizations;

namespace Archive.Core.Tests.Organizations;

public class OrganizationTests
{
    private static readonly Organization Hurinet = new()
    {
        Id = "human-rights-network-uganda",
        Name = "Human Rights Network-Uganda",
        Acronym = "HURINET",
        Aliases = ["Human Rights Network Uganda"],
        Location = new SourceLocation("organizations/human-rights-network-uganda.yml", 1),
    };

    [Theory]
    [InlineData("Human Rights Network-Uganda")]
    [InlineData("HURINET")]
    [InlineData("Human Rights Network Uganda")]
    public void An_exact_printed_name_is_answered_with_the_organizations_own_string(string printed)
    {
        // A copy of the text, so only the answer can be the organization's instance.
        var copy = new string(printed.AsSpan());

        var own = Hurinet.ExactName(copy);

        Assert.Equal(printed, own);
        Assert.Same(Hurinet.PrintedNames.Single(n => n == printed), own);
    }

    [Theory]
    [InlineData("Human Rights Network – Uganda")]
    [InlineData("hurinet")]
    [InlineData("Human Rights Network-Uganda ")]
    [InlineData("Human Rights Watch")]
    public void A_name_that_differs_even_in_typography_is_not_exact(string printed) =>
        Assert.Null(Hurinet.ExactName(printed));
}
