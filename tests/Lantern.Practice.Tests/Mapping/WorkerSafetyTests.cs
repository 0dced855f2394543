using Lantern.Practice.Mapping;
using Xunit;

namespace Lantern.Practice.Tests.Mapping;

public sealed class WorkerSafetyTests
{
    private static readonly MapTaxonomy Taxonomy = MapTaxonomy.Default;

    [Fact]
    public void Assess_NoWorkerSafetyEntries_RaisesNoAlert()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        map.Control(dean, "cc.strangulation");
        map.Control(dean, "cc.threats");

        Assert.Empty(WorkerSafety.Assess(map.Build().Entries, Taxonomy));
    }

    [Fact]
    public void Assess_ThreatsToStaff_RaisesAlertWithJointVisitAndSupervisorAdvice()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        map.Control(dean, "cc.isolation");
        var threat = map.Control(dean, "cc.threats-to-staff");
        var hostility = map.Control(dean, "cc.hostility-at-visits");

        var alert = Assert.Single(WorkerSafety.Assess(map.Build().Entries, Taxonomy));

        Assert.Equal(dean.Id, alert.PerpetratorId);
        Assert.Equal([threat.Id, hostility.Id], alert.EntryIds);
        Assert.False(alert.WeaponsAccess);
        Assert.Equal([WorkerSafety.JointVisitAdvice, WorkerSafety.SupervisorAdvice], alert.Advice);
        Assert.Contains("joint visit or in an office setting", alert.Advice[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_WeaponsAccess_AddsThePoliceCheck()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        var weapons = map.Control(dean, "cc.weapons-access");

        var alert = Assert.Single(WorkerSafety.Assess(map.Build().Entries, Taxonomy));

        Assert.True(alert.WeaponsAccess);
        Assert.Equal([weapons.Id], alert.EntryIds);
        Assert.Equal(3, alert.Advice.Count);
        Assert.Equal("Check weapons and firearms access with the police before any visit.", alert.Advice[2]);
    }

    [Fact]
    public void Assess_AgencyHighRiskWorkerSafetyCategory_CountsAsWeapons()
    {
        var knives = new MapCategory("cc.agency-knives", MapComponent.CoerciveControl, "Carries knives", HighRisk: true, WorkerSafety: true);
        var taxonomy = Taxonomy.WithAgencyChanges([knives], []);
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        map.Control(dean, "cc.agency-knives");

        Assert.True(Assert.Single(WorkerSafety.Assess(map.Build().Entries, taxonomy)).WeaponsAccess);
    }

    [Fact]
    public void Assess_HiddenWorkerSafetyCategory_StillRaisesAlert()
    {
        var taxonomy = Taxonomy.WithAgencyChanges([], ["cc.intimidating-professionals"]);
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        map.Control(dean, "cc.intimidating-professionals");

        Assert.Single(WorkerSafety.Assess(map.Build().Entries, taxonomy));
    }

    [Fact]
    public void Assess_TwoPerpetrators_OneAlertEachInOrderOfFirstAppearance()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        var carl = map.Perpetrator("Carl");
        var first = map.Control(carl, "cc.intimidating-professionals");
        var second = map.Control(dean, "cc.threats-to-staff");
        var third = map.Control(carl, "cc.weapons-access");

        var alerts = WorkerSafety.Assess(map.Build().Entries, Taxonomy);

        Assert.Equal([carl.Id, dean.Id], alerts.Select(a => a.PerpetratorId));
        Assert.Equal([first.Id, third.Id], alerts[0].EntryIds);
        Assert.True(alerts[0].WeaponsAccess);
        Assert.Equal([second.Id], alerts[1].EntryIds);
        Assert.False(alerts[1].WeaponsAccess);
        Assert.Equal(2, alerts[1].Advice.Count);
    }

    [Fact]
    public void Assess_EntryWithoutPerpetratorOrWithUnknownKey_IsSkipped()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        map.Entry(MapComponent.CoerciveControl, "cc.threats-to-staff");
        map.Control(dean, "cc.retired-key");

        Assert.Empty(WorkerSafety.Assess(map.Build().Entries, Taxonomy));
    }
}
