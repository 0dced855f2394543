using Lantern.Practice.DataQuality;
using Xunit;
using static Lantern.Practice.Tests.DataQuality.QualityRecordsBuilder;

namespace Lantern.Practice.Tests.DataQuality;

/// <summary>The missing-information rules, each from the clean record: it flags the broken record and leaves the good one alone.</summary>
public sealed class MissingFieldRuleTests
{
    [Fact]
    public void Check_TheCleanRecord_FindsNothing() => Assert.Empty(new QualityRecordsBuilder().Check());

    [Theory]
    [InlineData(QualityCaseStatus.Open, 1)]
    [InlineData(QualityCaseStatus.Intake, 1)]
    [InlineData(QualityCaseStatus.Closed, 0)]
    public void CaseWithoutWorker_FlagsLiveCasesOnly(QualityCaseStatus status, int expected)
    {
        var records = new QualityRecordsBuilder();
        records.ChangeCase(c => c with { Status = status, ClosedOn = status == QualityCaseStatus.Closed ? Today : null, HasAllocatedWorker = false });

        var found = records.Check(QualityRules.CaseWithoutWorker);

        Assert.Equal(expected, found.Count);
        Assert.All(found, f => Assert.Equal((QualityRecordKind.Case, records.Case.Id), (f.Kind, f.RecordId)));
    }

    [Fact]
    public void CaseWithoutTeam_FlagsAnOpenCaseWithNoTeam_NotOneWithATeam()
    {
        var records = new QualityRecordsBuilder();
        Assert.Empty(records.Check(QualityRules.CaseWithoutTeam));

        records.ChangeCase(c => c with { HasTeam = false });

        var finding = Assert.Single(records.Check(QualityRules.CaseWithoutTeam));
        Assert.Equal("Case LAN-000001", finding.Record);
        Assert.Contains("no team", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseWithoutChild_FlagsAnOpenCaseWithNoChild_NotAClosedOneOrOneAtIntake()
    {
        var records = new QualityRecordsBuilder();
        records.Participants.RemoveAll(p => p.Role == QualityRole.Child);

        Assert.Single(records.Check(QualityRules.CaseWithoutChild));
        records.ChangeCase(c => c with { Status = QualityCaseStatus.Intake });
        Assert.Empty(records.Check(QualityRules.CaseWithoutChild));
    }

    [Fact]
    public void CaseWithoutSurvivor_FlagsWhenAnIntakeFoundDomesticAbuse_NotWhenItDidNot()
    {
        var records = new QualityRecordsBuilder();
        records.Participants.RemoveAll(p => p.Role == QualityRole.Survivor);

        Assert.Single(records.Check(QualityRules.CaseWithoutSurvivor));

        // No indicators found (or a draft not yet screened): a family without a survivor is not wrongly recorded.
        records.Intakes[0] = records.Intakes[0] with { DomesticAbuseIndicated = false };
        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, Today, IsDraft: true, null, DomesticAbuseIndicated: true));
        Assert.Empty(records.Check(QualityRules.CaseWithoutSurvivor));
    }

    [Fact]
    public void ClosedWithoutDate_FlagsAClosedCaseWithNoDate_NotOneWithADate()
    {
        var records = new QualityRecordsBuilder();
        records.ChangeCase(c => c with { Status = QualityCaseStatus.Closed, ClosedOn = Today.AddDays(-1) });
        Assert.Empty(records.Check(QualityRules.ClosedWithoutDate));

        records.ChangeCase(c => c with { ClosedOn = null });

        Assert.Single(records.Check(QualityRules.ClosedWithoutDate));
    }

    [Theory]
    [InlineData("", "Ashby", "No given name is recorded.")]
    [InlineData("Isla", "  ", "No family name is recorded.")]
    [InlineData(" ", "", "Neither a given name nor a family name is recorded.")]
    public void PersonWithoutName_FlagsAMissingNamePart(string given, string family, string problem)
    {
        var records = new QualityRecordsBuilder();
        records.Change(records.Child, p => p with { GivenName = given, FamilyName = family });

        var finding = Assert.Single(records.Check(QualityRules.PersonWithoutName));

        Assert.Equal(problem, finding.Problem);
        Assert.Equal(records.Child.Id, finding.RecordId);
    }

    [Fact]
    public void ChildWithoutDateOfBirth_FlagsAChildWithNone_NotAnApproximateOneNorAnAdultWithNone()
    {
        var records = new QualityRecordsBuilder();
        records.Change(records.Perpetrator, p => p with { DateOfBirth = null, DateOfBirthAccuracy = QualityDateAccuracy.Unknown });
        records.Change(records.Child, p => p with { DateOfBirth = Today.AddYears(-7), DateOfBirthAccuracy = QualityDateAccuracy.Approximate });
        Assert.Empty(records.Check(QualityRules.ChildWithoutDateOfBirth));

        records.Change(records.Child, p => p with { DateOfBirth = null, DateOfBirthAccuracy = QualityDateAccuracy.Unknown });

        var finding = Assert.Single(records.Check(QualityRules.ChildWithoutDateOfBirth));
        Assert.Equal((records.Child.Id, records.Case.Id), (finding.RecordId, finding.CaseId));
    }

    [Fact]
    public void ChildWithoutDateOfBirth_OnTwoCases_IsOneFinding()
    {
        var records = new QualityRecordsBuilder();
        records.Change(records.Child, p => p with { DateOfBirth = null, DateOfBirthAccuracy = QualityDateAccuracy.Unknown });
        var second = new QualityCase(Guid.NewGuid(), "LAN-000002", QualityCaseStatus.Open, Today.AddDays(-10), null, true, true);
        records.Cases.Add(second);
        records.Participants.Add(new QualityParticipant(second.Id, records.Child.Id, QualityRole.Child));

        Assert.Single(records.Check(QualityRules.ChildWithoutDateOfBirth));
    }

    [Theory]
    [InlineData(14, true, 0)]
    [InlineData(15, true, 1)]
    [InlineData(400, false, 0)]
    public void IntakeUnfinished_FlagsADraftOlderThanTheLimit(int daysAgo, bool draft, int expected)
    {
        var records = new QualityRecordsBuilder();
        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, Today.AddDays(-daysAgo), draft, draft ? null : Today.AddDays(-daysAgo), false));

        var found = records.Check(QualityRules.IntakeUnfinished);

        Assert.Equal(expected, found.Count);
        Assert.All(found, f => Assert.Contains("15 days", f.Problem, StringComparison.Ordinal));
    }
}
