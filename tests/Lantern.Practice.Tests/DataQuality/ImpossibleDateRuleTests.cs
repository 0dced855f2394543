using Lantern.Practice.DataQuality;
using Xunit;
using static Lantern.Practice.Tests.DataQuality.QualityRecordsBuilder;

namespace Lantern.Practice.Tests.DataQuality;

/// <summary>The impossible-date rules, each both ways, with the edges: today itself, approximate dates, closed cases.</summary>
public sealed class ImpossibleDateRuleTests
{
    [Fact]
    public void BirthInFuture_FlagsTomorrow_NotToday()
    {
        var records = new QualityRecordsBuilder();
        var baby = records.Person("Newborn", "Ashby", Today, role: null);
        Assert.Empty(records.Check(QualityRules.BirthInFuture));

        records.Change(baby, p => p with { DateOfBirth = Today.AddDays(1) });

        var finding = Assert.Single(records.Check(QualityRules.BirthInFuture));
        Assert.Equal("The date of birth, 1 Dec 2026, has not come yet.", finding.Problem);
    }

    [Fact]
    public void BirthBefore1900_Flags1899_Not1900()
    {
        var records = new QualityRecordsBuilder();
        var elder = records.Person("Agnes", "Ashby", new DateOnly(1900, 1, 1), role: null);
        Assert.Empty(records.Check(QualityRules.BirthBefore1900));

        records.Change(elder, p => p with { DateOfBirth = new DateOnly(1899, 12, 31), DateOfBirthAccuracy = QualityDateAccuracy.Approximate });

        var finding = Assert.Single(records.Check(QualityRules.BirthBefore1900));
        Assert.Contains("about 31 Dec 1899", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildAged18_FlagsAChildOnALiveCaseOn18thBirthday_NotTheDayBefore()
    {
        var records = new QualityRecordsBuilder();
        var teen = records.Change(records.Child, p => p with { DateOfBirth = Today.AddYears(-18).AddDays(1) });
        Assert.Empty(records.Check(QualityRules.ChildAged18));

        records.Change(teen, p => p with { DateOfBirth = Today.AddYears(-18) });

        var finding = Assert.Single(records.Check(QualityRules.ChildAged18));
        Assert.Contains("is aged 18", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildAged18_WithAnApproximateDate_IsGivenAYearsGrace()
    {
        var records = new QualityRecordsBuilder();
        var teen = records.Change(records.Child, p => p with { DateOfBirth = Today.AddYears(-18).AddDays(-200), DateOfBirthAccuracy = QualityDateAccuracy.Approximate });
        Assert.Empty(records.Check(QualityRules.ChildAged18));

        records.Change(teen, p => p with { DateOfBirth = Today.AddYears(-19) });

        Assert.Single(records.Check(QualityRules.ChildAged18));
    }

    [Fact]
    public void ChildAged18_OnAClosedCase_CountsTheAgeWhenItOpened()
    {
        var records = new QualityRecordsBuilder();
        records.ChangeCase(c => c with { Status = QualityCaseStatus.Closed, OpenedOn = Today.AddYears(-5), ClosedOn = Today.AddYears(-4) });
        var grownUp = records.Change(records.Child, p => p with { DateOfBirth = Today.AddYears(-20) });
        Assert.Empty(records.Check(QualityRules.ChildAged18));

        records.Change(grownUp, p => p with { DateOfBirth = Today.AddYears(-25) });

        var finding = Assert.Single(records.Check(QualityRules.ChildAged18));
        Assert.Contains("when the case opened", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseOpenedInFuture_FlagsTomorrow_NotToday()
    {
        var records = new QualityRecordsBuilder();
        records.ChangeCase(c => c with { OpenedOn = Today });
        records.Notes.Clear();
        Assert.Empty(records.Check(QualityRules.OpenedInFuture));

        records.ChangeCase(c => c with { OpenedOn = Today.AddDays(1) });

        Assert.Single(records.Check(QualityRules.OpenedInFuture));
    }

    [Fact]
    public void CaseClosedBeforeOpened_FlagsTheDayBefore_NotTheSameDay()
    {
        var records = new QualityRecordsBuilder();
        var opened = records.Case.OpenedOn;
        records.ChangeCase(c => c with { Status = QualityCaseStatus.Closed, ClosedOn = opened });
        Assert.Empty(records.Check(QualityRules.ClosedBeforeOpened));

        records.ChangeCase(c => c with { ClosedOn = opened.AddDays(-1) });

        Assert.Single(records.Check(QualityRules.ClosedBeforeOpened));
    }

    [Fact]
    public void RelationshipBackwards_FlagsAnEndBeforeTheStart_NotAnOpenEndedOne()
    {
        var records = new QualityRecordsBuilder();
        records.Relationships.Add(new QualityRelationship(Guid.NewGuid(), records.Survivor.Id, records.Child.Id, null, new DateOnly(2020, 1, 1)));
        Assert.Empty(records.Check(QualityRules.RelationshipBackwards));

        records.Relationships[0] = records.Relationships[0] with { EndedOn = new DateOnly(2011, 12, 31) };

        var finding = Assert.Single(records.Check(QualityRules.RelationshipBackwards));
        Assert.Equal((QualityRecordKind.Relationship, records.Perpetrator.Id), (finding.Kind, finding.PersonId));
        Assert.Equal("Callum Ashby and Morven Ashby", finding.Record);
    }

    [Fact]
    public void NoteBeforeCase_AndNoteInFuture_FlagOnlyTheirOwnNotes()
    {
        var records = new QualityRecordsBuilder();
        records.Notes.Add(new QualityNote(Guid.NewGuid(), records.Case.Id, records.Case.OpenedOn));
        records.Notes.Add(new QualityNote(Guid.NewGuid(), records.Case.Id, Today));
        Assert.Empty(records.Check());

        var early = new QualityNote(Guid.NewGuid(), records.Case.Id, records.Case.OpenedOn.AddDays(-1));
        var future = new QualityNote(Guid.NewGuid(), records.Case.Id, Today.AddDays(1));
        records.Notes.AddRange([early, future]);

        Assert.Equal(early.Id, Assert.Single(records.Check(QualityRules.NoteBeforeCase)).RecordId);
        Assert.Equal(future.Id, Assert.Single(records.Check(QualityRules.NoteInFuture)).RecordId);
    }

    [Fact]
    public void IntakeInFuture_FlagsTomorrow_NotToday()
    {
        var records = new QualityRecordsBuilder();
        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, Today, true, null, false));
        Assert.Empty(records.Check());

        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, Today.AddDays(1), true, null, false));

        Assert.Single(records.Check(QualityRules.IntakeInFuture));
    }

    [Fact]
    public void IntakeCompletedEarly_AllowsADayForTimeZones_ButNotTwo()
    {
        var records = new QualityRecordsBuilder();
        var received = Today.AddDays(-10);
        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, received, false, received.AddDays(-1), false));
        Assert.Empty(records.Check(QualityRules.IntakeCompletedEarly));

        records.Intakes.Add(new QualityIntake(Guid.NewGuid(), records.Case.Id, received, false, received.AddDays(-2), false));

        Assert.Single(records.Check(QualityRules.IntakeCompletedEarly));
    }
}
