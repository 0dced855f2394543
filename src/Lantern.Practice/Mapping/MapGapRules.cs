using System.Globalization;

namespace Lantern.Practice.Mapping;

/// <summary>"What we don't know yet": the gaps in a case's map, each with why it matters.</summary>
/// <remarks>
/// Gaps come in a fixed order: by rule (in the order the constants are declared), then by person in the order of
/// <see cref="MapSnapshot.People"/>, then by component in the order of <see cref="MapComponent"/>.
/// The entries are read once; per-person facts are kept in flags, so a map of a few hundred entries is analysed
/// without allocating anything but the gaps themselves.
/// </remarks>
public static class MapGapRules
{
    public const string NoPerpetrator = "no-perpetrator";
    public const string ComponentEmpty = "component-empty";
    public const string ChildWithoutImpact = "child-without-impact";
    public const string PerpetratorWithoutHarmToChild = "perpetrator-without-harm-to-child";
    public const string CoerciveControlUncorroborated = "coercive-control-uncorroborated";
    public const string FactorsDoubleStandard = "factors-double-standard";
    public const string PerpetratorNotInterviewed = "perpetrator-not-interviewed";
    public const string Stale = "map-stale";

    /// <summary>Entries recorded longer ago than this leave the map stale.</summary>
    public const int StaleAfterMonths = 6;

    private const int ComponentCount = (int)MapComponent.IntersectingFactors + 1;
    private const int StackPeople = 32;

    // What the entries tell us about one person (set whatever the person's role; read according to it).
    private const int HasImpact = 1;             // a child-impact entry lists this child
    private const int HasHarmToChild = 2;        // a harm-to-child entry names him as the perpetrator
    private const int HasCoerciveControl = 4;    // a coercive-control entry names him
    private const int HasCorroboratedControl = 8; // ... from a source other than her account, or verified
    private const int HasFactor = 16;            // an intersecting-factors entry concerns this adult
    private const int HasOwnAccount = 32;        // an entry is sourced from his own interview

    public static IReadOnlyList<MapGap> Find(MapSnapshot map, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        var people = map.People ?? [];
        var entries = map.Entries ?? [];
        var count = people.Count;

        Span<Guid> ids = count <= StackPeople ? stackalloc Guid[StackPeople] : new Guid[count];
        Span<int> flags = count <= StackPeople ? stackalloc int[StackPeople] : new int[count];
        ids = ids[..count];
        flags = flags[..count];
        flags.Clear();
        var perpetrators = 0;
        var children = 0;
        for (var i = 0; i < count; i++)
        {
            ids[i] = people[i].Id;
            perpetrators += people[i].Role == MapRole.Perpetrator ? 1 : 0;
            children += people[i].Role == MapRole.Child ? 1 : 0;
        }

        Span<int> perComponent = stackalloc int[ComponentCount];
        perComponent.Clear();
        var newest = DateOnly.MinValue;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if ((uint)entry.Component < ComponentCount)
            {
                perComponent[(int)entry.Component]++;
            }

            if (entry.RecordedOn > newest)
            {
                newest = entry.RecordedOn;
            }

            var perpetrator = entry.PerpetratorId is { } p ? ids.IndexOf(p) : -1;
            if (perpetrator >= 0 && entry.Source == EvidenceSource.PerpetratorInterview)
            {
                flags[perpetrator] |= HasOwnAccount;
            }

            switch (entry.Component)
            {
                case MapComponent.CoerciveControl when perpetrator >= 0:
                    flags[perpetrator] |= HasCoerciveControl;
                    if (entry.Source != EvidenceSource.SurvivorInterview || entry.Verified)
                    {
                        flags[perpetrator] |= HasCorroboratedControl;
                    }

                    break;
                case MapComponent.HarmToChild when perpetrator >= 0:
                    flags[perpetrator] |= HasHarmToChild;
                    break;
                case MapComponent.ChildImpact:
                    var childIds = entry.ChildIds;
                    for (var c = 0; c < childIds.Count; c++)
                    {
                        var child = ids.IndexOf(childIds[c]);
                        if (child >= 0)
                        {
                            flags[child] |= HasImpact;
                        }
                    }

                    break;
                case MapComponent.IntersectingFactors when entry.AdultId is { } adultId:
                    var adult = ids.IndexOf(adultId);
                    if (adult >= 0)
                    {
                        flags[adult] |= HasFactor;
                    }

                    break;
                default:
                    break;
            }
        }

        var survivorHasFactor = false;
        for (var i = 0; i < count; i++)
        {
            survivorHasFactor |= people[i].Role == MapRole.Survivor && (flags[i] & HasFactor) != 0;
        }

        var gaps = new List<MapGap>();

        if (perpetrators == 0)
        {
            gaps.Add(new MapGap(NoPerpetrator,
                "No one is recorded as the person causing harm. The map centres on the perpetrator: record him so that his pattern of behaviour, not the survivor, is the focus of the assessment."));
        }

        for (var c = 0; c < ComponentCount; c++)
        {
            if (perComponent[c] == 0)
            {
                var component = (MapComponent)c;
                gaps.Add(new MapGap(ComponentEmpty, EmptyMessage(component), component));
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (people[i].Role == MapRole.Child && (flags[i] & HasImpact) == 0)
            {
                gaps.Add(new MapGap(ChildWithoutImpact,
                    $"Nothing is recorded about how the perpetrator's behaviour has affected {people[i].Name}. Each child's experience is their own, and without it the plan cannot answer to their safety, healing and stability.",
                    MapComponent.ChildImpact, people[i].Id));
            }
        }

        // With a single perpetrator and no harm-to-child entries at all, the component-empty gap already says it all;
        // naming him as well would only repeat it. With several perpetrators each still gets his own gap, because
        // each has his own choices as a parent to account for.
        var harmToChildEmpty = perComponent[(int)MapComponent.HarmToChild] == 0;
        if (children > 0 && !(perpetrators == 1 && harmToChildEmpty))
        {
            for (var i = 0; i < count; i++)
            {
                if (people[i].Role == MapRole.Perpetrator && (flags[i] & HasHarmToChild) == 0)
                {
                    gaps.Add(new MapGap(PerpetratorWithoutHarmToChild,
                        $"Nothing is recorded about what {people[i].Name} has done to harm the children, directly or by using them against the survivor and undermining her parenting. His choices as a parent are part of his pattern and the basis for holding him accountable.",
                        MapComponent.HarmToChild, people[i].Id));
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (people[i].Role == MapRole.Perpetrator && (flags[i] & (HasCoerciveControl | HasCorroboratedControl)) == HasCoerciveControl)
            {
                gaps.Add(new MapGap(CoerciveControlUncorroborated,
                    $"Everything recorded about {people[i].Name}'s coercive control comes from the survivor's account, which is evidence in its own right. Corroboration from the police, health, school, the children, records or his own account shares the burden, so that the case does not rest on her alone.",
                    MapComponent.CoerciveControl, people[i].Id));
            }
        }

        if (survivorHasFactor)
        {
            for (var i = 0; i < count; i++)
            {
                if (people[i].Role == MapRole.Perpetrator && (flags[i] & HasFactor) == 0)
                {
                    gaps.Add(new MapGap(FactorsDoubleStandard,
                        $"Substance misuse, mental health or other factors are recorded for the survivor but none for {people[i].Name}. Assess his as well, and how his pattern interacts with hers, so that her struggles are not the only ones on the record.",
                        MapComponent.IntersectingFactors, people[i].Id));
                }
            }
        }

        var interviewed = map.PerpetratorsInterviewed;
        for (var i = 0; i < count; i++)
        {
            if (people[i].Role == MapRole.Perpetrator && (flags[i] & HasOwnAccount) == 0 && !(interviewed?.Contains(people[i].Id) ?? false))
            {
                gaps.Add(new MapGap(PerpetratorNotInterviewed,
                    $"No interview with {people[i].Name} is recorded. His own account of his behaviour and his parenting is needed to hold him accountable and to plan with him.",
                    PersonId: people[i].Id));
            }
        }

        // Exactly StaleAfterMonths old is still current; one day more is stale.
        if (entries.Count > 0 && newest < today.AddMonths(-StaleAfterMonths))
        {
            gaps.Add(new MapGap(Stale, string.Create(CultureInfo.InvariantCulture,
                $"Nothing has been added to the map since {newest:d MMMM yyyy}, more than six months ago. The perpetrator's pattern and the children's needs change, so the map may no longer describe the family.")));
        }

        return gaps;
    }

    private static string EmptyMessage(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl =>
            "Nothing is recorded yet about the perpetrator's pattern of coercive control. Without his pattern the assessment falls back on single incidents and on the survivor.",
        MapComponent.HarmToChild =>
            "Nothing is recorded yet about what the perpetrator has done to harm the children. Without it his choices as a parent stay invisible and the risk to the children is read as a problem between the adults.",
        MapComponent.ProtectiveEfforts =>
            "Nothing is recorded yet about the survivor's efforts to keep the children safe and well. Without them her strengths are invisible and plans tend to make her responsible for his behaviour.",
        MapComponent.ChildImpact =>
            "Nothing is recorded yet about how the perpetrator's behaviour has affected the children. Without it the children's experience is missing and the plan cannot be built around their safety, healing and stability.",
        MapComponent.IntersectingFactors =>
            "Nothing is recorded yet about substance misuse, mental health, culture or other factors for each adult. Without them it is unclear how they interact with his pattern and what help fits the family.",
    };
}
