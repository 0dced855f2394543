using Lantern.Practice.DataQuality;

namespace Lantern.Practice.Tests.DataQuality;

/// <summary>
/// A small, clean record to break one rule at a time: an open case with a team and worker, a survivor, a perpetrator and
/// a child of seven with exact dates of birth, a completed intake that found domestic abuse, a dated relationship and a note.
/// </summary>
internal sealed class QualityRecordsBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public List<QualityCase> Cases { get; } = [];

    public List<QualityParticipant> Participants { get; } = [];

    public List<QualityPerson> People { get; } = [];

    public List<QualityRelationship> Relationships { get; } = [];

    public List<QualityIntake> Intakes { get; } = [];

    public List<QualityNote> Notes { get; } = [];

    public QualityCase Case { get; private set; }

    public QualityPerson Survivor { get; }

    public QualityPerson Perpetrator { get; }

    public QualityPerson Child { get; }

    public QualityRecordsBuilder()
    {
        Case = new QualityCase(Guid.NewGuid(), "LAN-000001", QualityCaseStatus.Open, Today.AddMonths(-6), null, HasTeam: true, HasAllocatedWorker: true);
        Cases.Add(Case);
        Survivor = Person("Morven", "Ashby", new DateOnly(1990, 4, 2), role: QualityRole.Survivor);
        Perpetrator = Person("Callum", "Ashby", new DateOnly(1987, 8, 19), role: QualityRole.Perpetrator);
        Child = Person("Isla", "Ashby", Today.AddYears(-7), role: QualityRole.Child);
        Relationships.Add(new QualityRelationship(Guid.NewGuid(), Perpetrator.Id, Survivor.Id, new DateOnly(2012, 1, 1), new DateOnly(2024, 5, 1)));
        Intakes.Add(new QualityIntake(Guid.NewGuid(), Case.Id, Case.OpenedOn, IsDraft: false, Case.OpenedOn, DomesticAbuseIndicated: true));
        Notes.Add(new QualityNote(Guid.NewGuid(), Case.Id, Today.AddDays(-3)));
    }

    /// <summary>A person on the builder's case (or none, with <paramref name="role"/> null).</summary>
    public QualityPerson Person(string given, string family, DateOnly? born, QualityDateAccuracy accuracy = QualityDateAccuracy.Exact,
        QualityRole? role = QualityRole.Other, string? aliases = null, bool nameShown = true)
    {
        var person = new QualityPerson(Guid.NewGuid(), given, family, aliases, born, born is null ? QualityDateAccuracy.Unknown : accuracy, nameShown);
        People.Add(person);
        if (role is { } r)
        {
            Participants.Add(new QualityParticipant(Case.Id, person.Id, r));
        }

        return person;
    }

    /// <summary>Changes the builder's case (the one its people and records hang from).</summary>
    public void ChangeCase(Func<QualityCase, QualityCase> change)
    {
        var changed = change(Case);
        Cases[Cases.IndexOf(Case)] = changed;
        Case = changed;
    }

    /// <summary>Replaces a person (found by id, so an earlier copy will do) with a changed copy.</summary>
    public QualityPerson Change(QualityPerson person, Func<QualityPerson, QualityPerson> change)
    {
        ArgumentNullException.ThrowIfNull(person);
        var index = People.FindIndex(p => p.Id == person.Id);
        var changed = change(People[index]);
        People[index] = changed;
        return changed;
    }

    public QualityRecordSet Build() => new(Today, Cases, Participants, People, Relationships, Intakes, Notes);

    public IReadOnlyList<QualityFinding> Check() => QualityChecker.Check(Build());

    public IReadOnlyList<QualityFinding> Check(QualityRule rule) => Check().Where(f => f.RuleId == rule.Id).ToList();
}
