using Lantern.Practice.DataQuality;
using Xunit;

namespace Lantern.Practice.Tests.DataQuality;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("  Zoë   O'Neill-Hart ", "zoe oneill hart")]
    [InlineData("ÉMILIE", "emilie")]
    [InlineData("Straße", "strasse")]
    [InlineData("D’Arcy", "darcy")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    [InlineData("--", "")]
    public void Of_FoldsCaseAccentsSpacingAndPunctuation(string? name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void AllFor_GivesTheNameAndEachAlias_WithOneWordAliasesTakingTheFamilyName()
    {
        var person = new QualityPerson(Guid.NewGuid(), "Margaret", "Hale", " Peggy ; Maggie Ross;;", null, QualityDateAccuracy.Unknown);

        Assert.Equal(["margaret hale", "peggy hale", "maggie ross"], NameKey.AllFor(person).ToList());
    }

    [Fact]
    public void AllFor_APersonWithoutAFamilyName_HasNoFullNameToMatch()
    {
        var person = new QualityPerson(Guid.NewGuid(), "Margaret", "", "Peggy", null, QualityDateAccuracy.Unknown);

        Assert.Empty(NameKey.AllFor(person));
    }
}
