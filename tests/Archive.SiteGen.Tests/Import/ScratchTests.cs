using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

public class ScratchTests
{
    [Theory]
    [InlineData("Ciudad de México, Santo Domingo y Puerto Príncipe, 6 de mayo de 2025")]
    [InlineData("Originally published: 19 Aug 2025")]
    [InlineData("Joint letter — 19 August 2025")]
    [InlineData("Santo Domingo y Puerto Príncipe, 6 de mayo de 2025")]
    public void Scratch(string line)
    {
        Assert.True(WrittenDate.TryParse(line, out var d, out _), line);
        Assert.Equal("x", d.ToString() + (WrittenDate.IsDateline(line) ? " dateline" : "") + (WrittenDate.IsPageStamp(line) ? " stamp" : ""));
    }
}
