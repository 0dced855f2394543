using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;
using Lantern.Practice.Review;
using Lantern.Practice.Tests.Mapping;

namespace Lantern.Practice.Tests.Review;

/// <summary>
/// Builds case records for the pre-scorer: people on the map and in the plan with the same ids, entries, goals and
/// notes in lists a test may change, and the gaps and plan findings worked out by the real engines when built.
/// </summary>
internal class CaseRecordBuilder
{
    public static readonly DateOnly Today = MapBuilder.Today;

    public List<MapPerson> People { get; } = [];

    public List<PlanPerson> PlanPeople { get; } = [];

    public List<MapEntryFacts> Entries { get; } = [];

    public HashSet<Guid> Interviewed { get; } = [];

    public List<GoalFacts> Goals { get; } = [];

    public List<NoteFacts> Notes { get; } = [];

    /// <summary>Whether the case has a plan at all (a plan with no goals is still a plan).</summary>
    public bool HasPlan { get; set; } = true;

    public bool SurvivorHasSafetyPlan { get; set; }

    /// <summary>A person on the map and, unless <paramref name="inPlan"/> is false, in the plan with the same id.</summary>
    public MapPerson Person(string name, MapRole role, bool inPlan = true)
    {
        var person = new MapPerson(Guid.NewGuid(), name, role);
        People.Add(person);
        if (inPlan)
        {
            PlanPeople.Add(new PlanPerson(person.Id, name, role switch
            {
                MapRole.Perpetrator => PlanRole.Perpetrator,
                MapRole.Survivor => PlanRole.Survivor,
                MapRole.Child => PlanRole.Child,
                _ => PlanRole.OtherAdult,
            }));
        }

        return person;
    }

    public MapEntryFacts Entry(MapComponent component, string categoryKey, EvidenceSource source, Func<MapEntryFacts, MapEntryFacts>? change = null)
    {
        var entry = new MapEntryFacts
        {
            Id = Guid.NewGuid(),
            Component = component,
            CategoryKey = categoryKey,
            Source = source,
            RecordedOn = Today,
        };
        entry = change is null ? entry : change(entry);
        Entries.Add(entry);
        return entry;
    }

    /// <summary>Replaces an entry (found by id) with a changed copy, keeping its place.</summary>
    public MapEntryFacts Change(MapEntryFacts entry, Func<MapEntryFacts, MapEntryFacts> change)
    {
        var index = Entries.FindIndex(e => e.Id == entry.Id);
        Entries[index] = change(Entries[index]);
        return Entries[index];
    }

    public void Remove(MapComponent component) => Entries.RemoveAll(e => e.Component == component);

    /// <summary>A goal that passes the plan checker's rules unless changed.</summary>
    public GoalFacts Goal(MapPerson? person, BehaviourChange? change, string behaviour, string purpose, string indicator, string measure,
        IReadOnlyList<Guid> mapEntries, Func<GoalFacts, GoalFacts>? adjust = null)
    {
        var goal = new GoalFacts
        {
            Id = Guid.NewGuid(),
            PersonId = person?.Id,
            Change = change,
            Behaviour = behaviour,
            Purpose = purpose,
            SuccessIndicator = indicator,
            Measure = measure,
            VerifiedBy = "The allocated worker",
            ReviewOn = Today.AddMonths(1),
            MapEntryIds = mapEntries,
        };
        goal = adjust is null ? goal : adjust(goal);
        Goals.Add(goal);
        return goal;
    }

    public GoalFacts ChangeGoal(GoalFacts goal, Func<GoalFacts, GoalFacts> change)
    {
        var index = Goals.FindIndex(g => g.Id == goal.Id);
        Goals[index] = change(Goals[index]);
        return Goals[index];
    }

    /// <summary>A note of a contact, with standing pivot-assistant findings by category.</summary>
    public NoteFacts Note(ContactWith with, int words = 400, params (string Category, int Count)[] findings)
    {
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (category, count) in findings)
        {
            byCategory[category] = byCategory.GetValueOrDefault(category) + count;
        }

        var note = new NoteFacts(Guid.NewGuid(), Today.AddDays(-Notes.Count - 1), with, words, byCategory);
        Notes.Add(note);
        return note;
    }

    public MapSnapshot Map() => new([.. People], [.. Entries], Interviewed.Count == 0 ? null : new HashSet<Guid>(Interviewed));

    public PlanSnapshot? Plan() => HasPlan ? new PlanSnapshot([.. PlanPeople], [.. Goals], SurvivorHasSafetyPlan) : null;

    /// <summary>The record with the gaps and plan findings the real engines find in it.</summary>
    public CaseRecordFacts Build()
    {
        var map = Map();
        var plan = Plan();
        return new CaseRecordFacts(map, MapGapRules.Find(map, Today), plan, plan is null ? [] : PlanChecker.Check(plan), [.. Notes]);
    }

    public IReadOnlyList<CriterionScore> Score() => ReviewPreScorer.Score(Build());
}

/// <summary>
/// A well-documented record, modelled on the demonstration Calder family: Gavin's pattern (money, violence,
/// intimidation, isolation, hostility to the worker) corroborated by the police, the boys and records; his harm to the
/// boys along three pathways; Morag's efforts in three areas, one undermined by him; the impact on each of the three
/// boys linked to his behaviour; factors for both adults and how his control bears on them; a plan with behaviour-based
/// goals for him, a partnership goal for her and a goal for each boy; her safety plan; and clean notes of contact with
/// each of them. Every criterion should be clearly evident.
/// </summary>
internal sealed class CalderRecord : CaseRecordBuilder
{
    public CalderRecord()
    {
        SurvivorHasSafetyPlan = true;
        Gavin = Person("Gavin Calder", MapRole.Perpetrator);
        Morag = Person("Morag Calder", MapRole.Survivor);
        Liam = Person("Liam", MapRole.Child);
        Ewan = Person("Ewan", MapRole.Child);
        Rory = Person("Rory", MapRole.Child);
        Guid[] boys = [Liam.Id, Ewan.Id, Rory.Id];

        Economic = Entry(MapComponent.CoerciveControl, "cc.economic-abuse", EvidenceSource.SurvivorInterview,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = [Rory.Id], Verified = true, Accuracy = PeriodAccuracy.Ongoing });
        Violence = Entry(MapComponent.CoerciveControl, "cc.physical-violence", EvidenceSource.PoliceReport,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = boys, ChildrenPresent = true });
        Intimidation = Entry(MapComponent.CoerciveControl, "cc.intimidation", EvidenceSource.ChildInterview,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = boys, ChildrenPresent = true });
        Isolation = Entry(MapComponent.CoerciveControl, "cc.isolation", EvidenceSource.SurvivorInterview,
            e => e with { PerpetratorId = Gavin.Id });
        Hostility = Entry(MapComponent.CoerciveControl, "cc.hostility-at-visits", EvidenceSource.Records,
            e => e with { PerpetratorId = Gavin.Id });

        Demeaning = Entry(MapComponent.HarmToChild, "hc.undermining-parenting", EvidenceSource.ChildInterview,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = boys });
        Needs = Entry(MapComponent.HarmToChild, "hc.basic-needs", EvidenceSource.School,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = [Rory.Id] });
        Belt = Entry(MapComponent.HarmToChild, "hc.direct-harm", EvidenceSource.PerpetratorInterview,
            e => e with { PerpetratorId = Gavin.Id, ChildIds = [Liam.Id, Ewan.Id] });

        CalledPolice = Entry(MapComponent.ProtectiveEfforts, "pe.safety", EvidenceSource.PoliceReport,
            e => e with { AdultId = Morag.Id, ChildIds = boys, UnderminedByPerpetrator = true, PerpetratorId = Gavin.Id });
        Routine = Entry(MapComponent.ProtectiveEfforts, "pe.nurturance", EvidenceSource.School,
            e => e with { AdultId = Morag.Id, ChildIds = [Rory.Id] });
        Shoes = Entry(MapComponent.ProtectiveEfforts, "pe.wellbeing", EvidenceSource.SurvivorInterview,
            e => e with { AdultId = Morag.Id, ChildIds = boys });

        RoryHungry = Entry(MapComponent.ChildImpact, "ci.basic-needs", EvidenceSource.School,
            e => e with { ChildIds = [Rory.Id], CausedBy = [Economic.Id, Needs.Id], Verified = true });
        RoryDistressed = Entry(MapComponent.ChildImpact, "ci.emotional-behavioural", EvidenceSource.School,
            e => e with { ChildIds = [Rory.Id], CausedBy = [Intimidation.Id] });
        LiamCharged = Entry(MapComponent.ChildImpact, "ci.emotional-behavioural", EvidenceSource.PoliceReport,
            e => e with { ChildIds = [Liam.Id], CausedBy = [Violence.Id, Demeaning.Id] });
        EwanInsults = Entry(MapComponent.ChildImpact, "ci.relationship-survivor", EvidenceSource.SurvivorInterview,
            e => e with { ChildIds = [Ewan.Id], CausedBy = [Demeaning.Id] });

        GavinDrinks = Entry(MapComponent.IntersectingFactors, "if.substance-misuse", EvidenceSource.PerpetratorInterview,
            e => e with { AdultId = Gavin.Id, PerpetratorId = Gavin.Id });
        MoragMoney = Entry(MapComponent.IntersectingFactors, "if.money-work", EvidenceSource.SurvivorInterview,
            e => e with { AdultId = Morag.Id, PerpetratorId = Gavin.Id });

        GavinMoneyGoal = Goal(Gavin, BehaviourChange.Stop,
            "Gavin will stop controlling the household money: Morag has her own bank card and Rory's disability benefit is paid to her.",
            "His economic abuse leaves Rory hungry and unkempt and keeps Morag dependent on him.",
            "Rory's benefit is paid to Morag; the school reports Rory arrives fed and in clean clothes.",
            "Benefit records checked monthly; the school's weekly check-in; Morag seen alone at each visit.",
            [Economic.Id, Needs.Id], g => g with { Services = ["Perpetrator programme (means, not the goal)"] });
        GavinIntimidationGoal = Goal(Gavin, BehaviourChange.Stop,
            "Gavin will stop shouting at, standing over and putting down Morag, in front of the boys or not.",
            "His intimidation and his insults undermine her parenting and teach the boys to treat her as he does.",
            "No intimidation or insults reported by Morag, the boys or the school for three months.",
            "Morag and each boy seen alone every two weeks; police call-outs checked.",
            [Intimidation.Id, Demeaning.Id]);
        GavinHittingGoal = Goal(Gavin, BehaviourChange.Stop,
            "Gavin will stop hitting the boys and find another way to respond when they do not do as he asks.",
            "Physical punishment is harm, and teaches the older boys that violence gets results.",
            "No marks or reports of hitting from the boys, the school or Morag.",
            "The boys seen alone every two weeks; school observations.",
            [Belt.Id]);
        MoragGoal = Goal(Morag, BehaviourChange.Sustain,
            "Morag and the worker will keep her safety plan up to date together, and she will keep using the domestic abuse service's support as she chooses.",
            "Her help-seeking protects the boys, and the agency works alongside her in it.",
            "Morag says the plan fits what she already does and that she knows how to reach help.",
            "Discussed with Morag alone at each visit.",
            [CalledPolice.Id]);
        RoryGoal = Goal(Rory, BehaviourChange.Start,
            "Rory will have breakfast and a clean uniform each school day, and a trusted adult at school he can go to when he is distressed.",
            "Rory's basic needs are not met because of his father's control of the money.",
            "The school reports Rory fed, clean and settled on most days.",
            "The school's weekly report to the worker.",
            [RoryHungry.Id, RoryDistressed.Id]);
        LiamGoal = Goal(Liam, BehaviourChange.Start,
            "Liam will talk with a youth worker about what he has seen at home and about respect in relationships.",
            "Liam describes his father's treatment of his mother as normal.",
            "Liam can say that what he saw at home was abuse.",
            "Youth worker's reports to each review.",
            [LiamCharged.Id]);
        EwanGoal = Goal(Ewan, BehaviourChange.Start,
            "Ewan will have time with his mother on his own each week, doing something he chooses.",
            "His father's insults have damaged Ewan's respect for his mother.",
            "Morag and Ewan both say the time happens and that things between them are easier.",
            "Morag and Ewan seen separately at each visit.",
            [EwanInsults.Id]);

        Note(ContactWith.Survivor);
        Note(ContactWith.Perpetrator);
        Note(ContactWith.Survivor);
        Note(ContactWith.Child);
        Note(ContactWith.Other);
        Note(ContactWith.Survivor);
        Note(ContactWith.Perpetrator);
        Note(ContactWith.Child);
    }

    /// <summary>Words in the fixture's notes: 8 notes of 400.</summary>
    public const int NoteWords = 3200;

    public MapPerson Gavin { get; }

    public MapPerson Morag { get; }

    public MapPerson Liam { get; }

    public MapPerson Ewan { get; }

    public MapPerson Rory { get; }

    public MapEntryFacts Economic { get; }

    public MapEntryFacts Violence { get; }

    public MapEntryFacts Intimidation { get; }

    public MapEntryFacts Isolation { get; }

    public MapEntryFacts Hostility { get; }

    public MapEntryFacts Demeaning { get; }

    public MapEntryFacts Needs { get; }

    public MapEntryFacts Belt { get; }

    public MapEntryFacts CalledPolice { get; }

    public MapEntryFacts Routine { get; }

    public MapEntryFacts Shoes { get; }

    public MapEntryFacts RoryHungry { get; }

    public MapEntryFacts RoryDistressed { get; }

    public MapEntryFacts LiamCharged { get; }

    public MapEntryFacts EwanInsults { get; }

    public MapEntryFacts GavinDrinks { get; }

    public MapEntryFacts MoragMoney { get; }

    public GoalFacts GavinMoneyGoal { get; }

    public GoalFacts GavinIntimidationGoal { get; }

    public GoalFacts GavinHittingGoal { get; }

    public GoalFacts MoragGoal { get; }

    public GoalFacts RoryGoal { get; }

    public GoalFacts LiamGoal { get; }

    public GoalFacts EwanGoal { get; }

    /// <summary>Adds a note of <paramref name="words"/> words with standing findings of one or two categories, to push a language rate over or under the line.</summary>
    public NoteFacts NoteWithLanguage(int words, string category, int count, string? otherCategory = null, int otherCount = 0) =>
        otherCategory is null
            ? Note(ContactWith.Other, words, (category, count))
            : Note(ContactWith.Other, words, (category, count), (otherCategory, otherCount));
}
