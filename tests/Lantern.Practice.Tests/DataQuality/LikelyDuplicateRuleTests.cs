using System.Diagnostics;
using Lantern.Practice.DataQuality;
using Xunit;

namespace Lantern.Practice.Tests.DataQuality;

/// <summary>
/// Likely duplicate people: the same name however it is typed (accents, capitals, spacing, aliases) and dates of birth
/// that could be one person's — and the near misses that must not be reported.
/// </summary>
public sealed class LikelyDuplicateRuleTests
{
    private static IReadOnlyList<QualityFinding> Duplicates(QualityRecordsBuilder records) => records.Check(QualityRules.LikelyDuplicate);

    [Fact]
    public void SameNameAndExactDate_IsReportedOnce_WithBothPeople()
    {
        var records = new QualityRecordsBuilder();
        var copy = records.Person("  morven ", "ASHBY", new DateOnly(1990, 4, 2), role: null);

        var finding = Assert.Single(Duplicates(records));

        Assert.Equal(new[] { records.Survivor.Id, copy.Id }.Order(), new[] { finding.RecordId, finding.OtherPersonId!.Value }.Order());
        Assert.Contains("have the same name and the same date of birth", finding.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zoë", "O'Neill-Hart", "Zoe", "ONeill Hart")]
    [InlineData("José", "Núñez", "JOSE", "nunez")]
    [InlineData("Łukasz", "Størmer", "Lukasz", "Stormer")]
    [InlineData("Mary Ann", "Smith", "Mary-Ann", "Smith")]
    public void NamesTypedDifferently_AreTheSameName(string given, string family, string otherGiven, string otherFamily)
    {
        var records = new QualityRecordsBuilder();
        records.Person(given, family, new DateOnly(2001, 2, 3), role: null);
        records.Person(otherGiven, otherFamily, new DateOnly(2001, 2, 3), role: null);

        Assert.Single(Duplicates(records));
    }

    [Fact]
    public void SameNameWithDifferentExactDates_IsNotReported()
    {
        var records = new QualityRecordsBuilder();
        records.Person("Morven", "Ashby", new DateOnly(1990, 4, 3), role: null);

        Assert.Empty(Duplicates(records));
    }

    [Fact]
    public void DifferentNamesWithTheSameDate_AreNotReported()
    {
        var records = new QualityRecordsBuilder();
        records.Person("Morag", "Ashby", new DateOnly(1990, 4, 2), role: null);
        records.Person("Morven", "Ashbury", new DateOnly(1990, 4, 2), role: null);

        Assert.Empty(Duplicates(records));
    }

    [Theory]
    [InlineData(-366, true)]
    [InlineData(200, true)]
    [InlineData(367, false)]
    public void AnApproximateDate_MatchesWithinAYear(int daysApart, bool reported)
    {
        var records = new QualityRecordsBuilder();
        records.Person("Morven", "Ashby", new DateOnly(1990, 4, 2).AddDays(daysApart), QualityDateAccuracy.Approximate, role: null);

        Assert.Equal(reported, Duplicates(records).Count == 1);
    }

    [Fact]
    public void AnUnknownDate_CannotTellThemApart_AndSaysSo()
    {
        var records = new QualityRecordsBuilder();
        records.Person("Morven", "Ashby", null, role: null);
        records.Person("Morven", "Ashby", new DateOnly(1950, 1, 1), QualityDateAccuracy.Unknown, role: null);

        var findings = Duplicates(records);

        // Three records of one name, none with two exact dates that differ: every pair is worth a look.
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Contains("no date of birth on both to tell them apart", f.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAlias_MatchesAnotherPersonsName_AsAFullNameOrAGivenName()
    {
        var records = new QualityRecordsBuilder();
        records.Person("Mo", "Ashby", new DateOnly(1990, 4, 2), role: null, aliases: "Morven Ashby; Vee");
        records.Person("Vee", "Ashby", new DateOnly(1990, 4, 2), role: null);

        var findings = Duplicates(records);

        // Mo ~ Morven (full-name alias), Mo ~ Vee (one-word alias with the family name); Morven and Vee share no name.
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("alias", f.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void APersonWhoseAliasIsTheirOwnName_IsNotTheirOwnDuplicate()
    {
        var records = new QualityRecordsBuilder();
        records.Change(records.Survivor, p => p with { Aliases = "Morven Ashby;morven" });

        Assert.Empty(Duplicates(records));
    }

    [Fact]
    public void APersonNotNamedToTheReader_IsLeftOutOfMatching()
    {
        var records = new QualityRecordsBuilder();
        records.Person("Morven", "Ashby", new DateOnly(1990, 4, 2), role: null, nameShown: false);

        Assert.Empty(Duplicates(records));
    }

    [Fact]
    public void FiftyThousandPeople_AreCheckedInUnderTwoSeconds()
    {
        var records = new QualityRecordsBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            // Every name distinct but for one shared family name: grouping by name keeps this linear.
            records.Person("Given" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Common", new DateOnly(1980, 1, 1).AddDays(i % 9000), role: null);
        }

        var watch = Stopwatch.StartNew();
        var findings = Duplicates(records);
        watch.Stop();

        Assert.Empty(findings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Took {watch.Elapsed}.");
    }
}
