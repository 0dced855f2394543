using Lantern.Core.Cases;
using Lantern.Core.Map;
using Lantern.Core.People;
using Lantern.Practice.Mapping;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration maps: the Calder family fully mapped (no gaps), Darren Whitlock's earlier family mapped from
/// police records, and his current family half-mapped so that "what we don't know yet" has something to say.
/// </summary>
public static partial class DemoData
{
    private static void MapCalder(MapWriter map, Case calder, Person gavin, Person morag, Person liam, Person ewan, Person rory)
    {
        var boys = new[] { liam.Id, ewan.Id, rory.Id };
        var economic = map.Add(calder, MapComponent.CoerciveControl, "cc.economic-abuse",
            "Gavin receives Rory's disability benefit and gives Morag a weekly sum for food; she has no bank card of her own and must account for every purchase.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-6), EvidenceSource.SurvivorInterview, perpetrator: gavin, children: [rory.Id], verified: true,
            detail: "Benefit records confirm the payee");
        var violence = map.Add(calder, MapComponent.CoerciveControl, "cc.physical-violence",
            "Gavin pushed Morag into a door frame during an argument about money; the boys were in the next room.",
            PeriodAccuracy.Exact, map.Today.AddMonths(-14), EvidenceSource.PoliceReport, perpetrator: gavin, children: boys, childrenPresent: true,
            detail: "Northgate Police call-out");
        var intimidation = map.Add(calder, MapComponent.CoerciveControl, "cc.intimidation",
            "When he has been drinking Gavin punches walls and doors and stands over Morag while shouting; the boys describe going quiet when he comes home.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-10), EvidenceSource.ChildInterview, perpetrator: gavin, children: boys, childrenPresent: true);
        map.Add(calder, MapComponent.CoerciveControl, "cc.isolation",
            "Gavin stopped Morag seeing her sister and decides when she may leave the house.",
            PeriodAccuracy.Approximate, map.Today.AddYears(-8), EvidenceSource.SurvivorInterview, perpetrator: gavin);
        map.Add(calder, MapComponent.CoerciveControl, "cc.hostility-at-visits",
            "Gavin shouted at the social worker on the doorstep, said he would \"make her pay\" if she came back, and refused entry.",
            PeriodAccuracy.Exact, map.Today.AddDays(-10), EvidenceSource.Records, perpetrator: gavin, detail: "Home visit record");
        var demeaning = map.Add(calder, MapComponent.HarmToChild, "hc.undermining-parenting",
            "Gavin calls Morag stupid and useless in front of the boys and tells them they need not listen to her.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-5), EvidenceSource.ChildInterview, perpetrator: gavin, children: boys);
        var needs = map.Add(calder, MapComponent.HarmToChild, "hc.basic-needs",
            "By keeping Rory's benefit and the household money, Gavin leaves too little for food and clean clothes for Rory.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-2), EvidenceSource.School, perpetrator: gavin, children: [rory.Id]);
        map.Add(calder, MapComponent.HarmToChild, "hc.direct-harm",
            "In interview Gavin said he \"disciplines\" the older boys by hitting them with a belt.",
            PeriodAccuracy.Approximate, map.Today.AddYears(-3), EvidenceSource.PerpetratorInterview, perpetrator: gavin, children: [liam.Id, ewan.Id]);

        map.Add(calder, MapComponent.ProtectiveEfforts, "pe.safety",
            "Morag called the police after the assault and has asked the domestic abuse service for advice twice this year.",
            PeriodAccuracy.Exact, map.Today.AddMonths(-14), EvidenceSource.PoliceReport, adult: morag, children: boys, undermined: true, perpetrator: gavin,
            detail: "He took her phone for a week afterwards");
        map.Add(calder, MapComponent.ProtectiveEfforts, "pe.nurturance",
            "Morag keeps Rory's bedtime routine and sits with him when he is distressed; she walks him to school when she is allowed to.",
            PeriodAccuracy.Ongoing, null, EvidenceSource.School, adult: morag, children: [rory.Id]);
        map.Add(calder, MapComponent.ProtectiveEfforts, "pe.wellbeing",
            "Morag saves small amounts from the food money to buy the boys school shoes.",
            PeriodAccuracy.Ongoing, null, EvidenceSource.SurvivorInterview, adult: morag, children: boys);

        map.Add(calder, MapComponent.ChildImpact, "ci.basic-needs",
            "The school's child-protection lead reports Rory arrives unkempt, dirty and hungry most days.",
            PeriodAccuracy.Ongoing, map.Today.AddMonths(-3), EvidenceSource.School, children: [rory.Id], causedBy: [economic, needs], verified: true);
        map.Add(calder, MapComponent.ChildImpact, "ci.emotional-behavioural",
            "Rory, who is autistic, uses sexualised language at school and becomes distressed at loud noises.",
            PeriodAccuracy.Ongoing, map.Today.AddMonths(-3), EvidenceSource.School, children: [rory.Id], causedBy: [intimidation]);
        map.Add(calder, MapComponent.ChildImpact, "ci.emotional-behavioural",
            "Liam has been charged with sexual assault; he describes his father's treatment of his mother as normal.",
            PeriodAccuracy.Exact, map.Today.AddDays(-21), EvidenceSource.PoliceReport, children: [liam.Id], causedBy: [violence, demeaning]);
        map.Add(calder, MapComponent.ChildImpact, "ci.relationship-survivor",
            "Ewan repeats his father's insults to his mother and refuses to do as she asks.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-1), EvidenceSource.SurvivorInterview, children: [ewan.Id], causedBy: [demeaning]);

        map.Add(calder, MapComponent.IntersectingFactors, "if.substance-misuse",
            "Gavin drinks heavily most evenings; his violence and intimidation are worse when he drinks. He says the drinking is the problem; the pattern predates it.",
            PeriodAccuracy.Ongoing, map.Today.AddYears(-12), EvidenceSource.PerpetratorInterview, adult: gavin, perpetrator: gavin);
        map.Add(calder, MapComponent.IntersectingFactors, "if.money-work",
            "Morag has no income of her own and no access to the household money, which Gavin controls.",
            PeriodAccuracy.Ongoing, null, EvidenceSource.SurvivorInterview, adult: morag, perpetrator: gavin);
    }

    private static void MapMoss(MapWriter map, Case moss, Person darren, Person jade, Person mia)
    {
        map.Add(moss, MapComponent.CoerciveControl, "cc.threats",
            "Darren sent Jade messages threatening to take Mia and \"end\" Jade if she did not let him back.",
            PeriodAccuracy.Exact, map.Today.AddMonths(-8), EvidenceSource.PoliceReport, perpetrator: darren, children: [mia.Id], verified: true);
        map.Add(moss, MapComponent.CoerciveControl, "cc.monitoring-stalking",
            "Darren tracked Jade's phone and turned up where she was; she found a tracker on her car.",
            PeriodAccuracy.Approximate, map.Today.AddYears(-4), EvidenceSource.PoliceReport, perpetrator: darren);
        map.Add(moss, MapComponent.CoerciveControl, "cc.strangulation",
            "Jade disclosed that Darren held her by the throat against a wall when she said she wanted to leave.",
            PeriodAccuracy.Approximate, map.Today.AddYears(-3).AddMonths(-2), EvidenceSource.SurvivorInterview, perpetrator: darren);
        map.Add(moss, MapComponent.HarmToChild, "hc.harm-during-contact",
            "Darren uses contact handovers to question Mia about where her mother lives and who she sees.",
            PeriodAccuracy.Ongoing, map.Today.AddMonths(-10), EvidenceSource.ChildInterview, perpetrator: darren, children: [mia.Id]);
        map.Add(moss, MapComponent.ProtectiveEfforts, "pe.safety",
            "Jade moved with Mia to a refuge and applied for a non-molestation order.",
            PeriodAccuracy.Exact, map.Today.AddMonths(-9), EvidenceSource.OtherAgency, adult: jade, children: [mia.Id], detail: "Harbour Domestic Abuse Service");
    }

    /// <summary>Only what the health visitor's concern told us: the gaps show what the worker should find out next.</summary>
    private static void MapBurnsHalfway(MapWriter map, Case burns, Person darren, Person kayleigh)
    {
        map.Add(burns, MapComponent.CoerciveControl, "cc.monitoring-stalking",
            "Darren checks Kayleigh's phone and decides when she can go out.",
            PeriodAccuracy.Ongoing, null, EvidenceSource.SurvivorInterview, perpetrator: darren);
        map.Add(burns, MapComponent.CoerciveControl, "cc.physical-violence",
            "Kayleigh said the bruising on her arms was from Darren grabbing her.",
            PeriodAccuracy.Approximate, map.Today.AddDays(-5), EvidenceSource.SurvivorInterview, perpetrator: darren);
        map.Add(burns, MapComponent.IntersectingFactors, "if.mental-health",
            "Kayleigh told the health visitor she feels low and is not sleeping.",
            PeriodAccuracy.Ongoing, null, EvidenceSource.Health, adult: kayleigh);
    }

    /// <summary>Writes map entries as the demonstration worker; no I/O until the caller saves.</summary>
    private sealed class MapWriter(LanternDbContext db, Guid agencyId, Guid workerId, DateTimeOffset now, DateOnly today)
    {
        public DateOnly Today { get; } = today;

        public Guid Add(Case inCase, MapComponent component, string category, string description, PeriodAccuracy accuracy, DateOnly? on,
            EvidenceSource source, Person? perpetrator = null, Person? adult = null, Guid[]? children = null, bool? childrenPresent = null,
            bool undermined = false, Guid[]? causedBy = null, bool verified = false, string? detail = null)
        {
            var entry = new MapEntry
            {
                CaseId = inCase.Id,
                Component = component,
                CategoryKey = category,
                Description = description,
                Accuracy = accuracy,
                OccurredOn = on,
                Source = source,
                SourceDetail = detail,
                Verified = verified,
                PerpetratorId = perpetrator?.Id,
                AdultId = adult?.Id,
                ChildIds = [.. children ?? []],
                ChildrenPresent = childrenPresent,
                UnderminedByPerpetrator = undermined,
                CausedBy = [.. causedBy ?? []],
                ContributedByAgencyId = agencyId,
                RecordedById = workerId,
                RecordedAt = now,
                UpdatedAt = now,
            };
            db.MapEntries.Add(entry);
            return entry.Id;
        }
    }
}
