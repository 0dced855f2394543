using System.Globalization;

namespace Lantern.Practice.DataQuality;

/// <summary>
/// Checks a set of records against every rule in <see cref="QualityRules"/>. One pass over each list, with lookups by
/// id in dictionaries and sets, so that an agency's whole record is checked in time proportional to its size; likely
/// duplicates are found by grouping on names (<see cref="DuplicatePeople"/>), never by comparing everyone with everyone.
/// </summary>
public static class QualityChecker
{
    private static readonly Dictionary<string, int> RuleOrder = QualityRules.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    /// <summary>Every record that breaks a rule, in the order of <see cref="QualityRules.All"/>, then by record.</summary>
    public static IReadOnlyList<QualityFinding> Check(QualityRecordSet records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var today = records.Today;
        var findings = new List<QualityFinding>();
        var cases = new Dictionary<Guid, QualityCase>(records.Cases.Count);
        foreach (var c in records.Cases)
        {
            cases[c.Id] = c;
            CheckCase(c, today, findings);
        }

        var people = new Dictionary<Guid, QualityPerson>(records.People.Count);
        foreach (var person in records.People)
        {
            people[person.Id] = person;
            CheckPerson(person, today, findings);
        }

        CheckParticipants(records, cases, people, findings);
        CheckRelationships(records.Relationships, people, findings);
        CheckIntakes(records.Intakes, cases, today, findings);
        CheckNotes(records.Notes, cases, today, findings);
        DuplicatePeople.Find(records.People, findings);

        findings.Sort((a, b) =>
        {
            var byRule = RuleOrder[a.RuleId].CompareTo(RuleOrder[b.RuleId]);
            return byRule != 0 ? byRule : string.Compare(a.Record, b.Record, StringComparison.OrdinalIgnoreCase);
        });
        return findings;
    }

    private static void CheckCase(QualityCase c, DateOnly today, List<QualityFinding> findings)
    {
        var label = CaseLabel(c);
        void Add(QualityRule rule, string problem) => findings.Add(new QualityFinding(rule.Id, QualityRecordKind.Case, c.Id, label, problem, c.Id));

        if (c.IsLive && !c.HasAllocatedWorker)
        {
            Add(QualityRules.CaseWithoutWorker, $"The case is {Status(c)} and no worker is allocated.");
        }

        if (c.IsLive && !c.HasTeam)
        {
            Add(QualityRules.CaseWithoutTeam, $"The case is {Status(c)} and belongs to no team.");
        }

        if (c.Status == QualityCaseStatus.Closed && c.ClosedOn is null)
        {
            Add(QualityRules.ClosedWithoutDate, "The case is closed but the date it closed is not recorded.");
        }

        if (c.OpenedOn > today)
        {
            Add(QualityRules.OpenedInFuture, $"The case is recorded as opening on {Date(c.OpenedOn)}, which has not come yet.");
        }

        if (c.ClosedOn is { } closed && closed < c.OpenedOn)
        {
            Add(QualityRules.ClosedBeforeOpened, $"The case is recorded as closing on {Date(closed)}, before it opened on {Date(c.OpenedOn)}.");
        }
    }

    private static void CheckPerson(QualityPerson person, DateOnly today, List<QualityFinding> findings)
    {
        var label = PersonLabel(person);
        void Add(QualityRule rule, string problem) => findings.Add(new QualityFinding(rule.Id, QualityRecordKind.Person, person.Id, label, problem));

        var noGiven = string.IsNullOrWhiteSpace(person.GivenName);
        var noFamily = string.IsNullOrWhiteSpace(person.FamilyName);
        if (noGiven || noFamily)
        {
            Add(QualityRules.PersonWithoutName, noGiven && noFamily ? "Neither a given name nor a family name is recorded."
                : noGiven ? "No given name is recorded." : "No family name is recorded.");
        }

        if (person.DateOfBirth is { } born)
        {
            if (born > today)
            {
                Add(QualityRules.BirthInFuture, $"The date of birth, {Born(person)}, has not come yet.");
            }
            else if (born < QualityRules.EarliestBirth)
            {
                Add(QualityRules.BirthBefore1900, $"The date of birth, {Born(person)}, is before 1900.");
            }
        }
    }

    private static void CheckParticipants(QualityRecordSet records, Dictionary<Guid, QualityCase> cases, Dictionary<Guid, QualityPerson> people,
        List<QualityFinding> findings)
    {
        var withChild = new HashSet<Guid>();
        var withSurvivor = new HashSet<Guid>();
        var childWithoutBirth = new HashSet<Guid>();
        foreach (var p in records.Participants)
        {
            if (p.Role == QualityRole.Survivor)
            {
                withSurvivor.Add(p.CaseId);
            }

            if (p.Role != QualityRole.Child || !cases.TryGetValue(p.CaseId, out var c) || !people.TryGetValue(p.PersonId, out var child))
            {
                continue;
            }

            withChild.Add(p.CaseId);
            if (child.DateOfBirth is not { } born)
            {
                // One finding per child: the fix is on the person, whichever of their cases it was found on.
                if (childWithoutBirth.Add(child.Id))
                {
                    findings.Add(new QualityFinding(QualityRules.ChildWithoutDateOfBirth.Id, QualityRecordKind.Person, child.Id, PersonLabel(child),
                        $"A child on case {c.Reference} with no date of birth, not even an approximate one.", c.Id));
                }

                continue;
            }

            // A closed case is judged by the child's age when it opened (children grow up after a case closes); a live one by today.
            var on = c.IsLive ? records.Today : c.OpenedOn;
            var age = AgeOn(born, on);

            // An approximate date of birth may be a year out, so it is given a year's grace before the record is doubted.
            var limit = child.DateOfBirthAccuracy == QualityDateAccuracy.Exact ? 18 : 19;
            if (born <= on && age >= limit)
            {
                var when = c.IsLive ? "is" : $"was, when the case opened on {Date(c.OpenedOn)},";
                findings.Add(new QualityFinding(QualityRules.ChildAged18.Id, QualityRecordKind.Person, child.Id, PersonLabel(child),
                    $"Recorded as a child on case {c.Reference} but {when} aged {age.ToString(CultureInfo.InvariantCulture)} (born {Born(child)}).", c.Id));
            }
        }

        var indicated = new HashSet<Guid>();
        foreach (var intake in records.Intakes)
        {
            if (!intake.IsDraft && intake.DomesticAbuseIndicated)
            {
                indicated.Add(intake.CaseId);
            }
        }

        foreach (var c in records.Cases)
        {
            if (c.Status == QualityCaseStatus.Open && !withChild.Contains(c.Id))
            {
                findings.Add(new QualityFinding(QualityRules.CaseWithoutChild.Id, QualityRecordKind.Case, c.Id, CaseLabel(c),
                    "The case is open and no one on it is recorded as a child.", c.Id));
            }

            if (c.IsLive && indicated.Contains(c.Id) && !withSurvivor.Contains(c.Id))
            {
                findings.Add(new QualityFinding(QualityRules.CaseWithoutSurvivor.Id, QualityRecordKind.Case, c.Id, CaseLabel(c),
                    $"A completed intake found domestic abuse indicated, and no one on this {Status(c)} case is recorded as the survivor.", c.Id));
            }
        }
    }

    private static void CheckRelationships(IReadOnlyList<QualityRelationship> relationships, Dictionary<Guid, QualityPerson> people, List<QualityFinding> findings)
    {
        foreach (var r in relationships)
        {
            if (r.StartedOn is { } started && r.EndedOn is { } ended && ended < started)
            {
                var first = people.TryGetValue(r.PersonId, out var a) ? PersonLabel(a) : "someone";
                var second = people.TryGetValue(r.RelatedPersonId, out var b) ? PersonLabel(b) : "someone";
                findings.Add(new QualityFinding(QualityRules.RelationshipBackwards.Id, QualityRecordKind.Relationship, r.Id,
                    $"{first} and {second}", $"The relationship is recorded as ending on {Date(ended)}, before it started on {Date(started)}.",
                    PersonId: r.PersonId));
            }
        }
    }

    private static void CheckIntakes(IReadOnlyList<QualityIntake> intakes, Dictionary<Guid, QualityCase> cases, DateOnly today, List<QualityFinding> findings)
    {
        foreach (var intake in intakes)
        {
            var reference = cases.TryGetValue(intake.CaseId, out var c) ? c.Reference : "an unknown case";
            var label = $"Intake received {Date(intake.ReceivedOn)}, case {reference}";
            void Add(QualityRule rule, string problem) => findings.Add(new QualityFinding(rule.Id, QualityRecordKind.Intake, intake.Id, label, problem, intake.CaseId));

            var waiting = today.DayNumber - intake.ReceivedOn.DayNumber;
            if (intake.IsDraft && waiting > QualityRules.UnfinishedIntakeDays)
            {
                Add(QualityRules.IntakeUnfinished, $"Still a draft {waiting.ToString(CultureInfo.InvariantCulture)} days after it was received: the screening is not complete.");
            }

            if (intake.ReceivedOn > today)
            {
                Add(QualityRules.IntakeInFuture, $"Recorded as received on {Date(intake.ReceivedOn)}, which has not come yet.");
            }

            // A day's grace: completion is stamped in UTC, while the date received is the worker's own calendar date.
            if (intake.CompletedOn is { } completed && intake.ReceivedOn > completed.AddDays(1))
            {
                Add(QualityRules.IntakeCompletedEarly, $"Recorded as received on {Date(intake.ReceivedOn)}, after it was completed on {Date(completed)}.");
            }
        }
    }

    private static void CheckNotes(IReadOnlyList<QualityNote> notes, Dictionary<Guid, QualityCase> cases, DateOnly today, List<QualityFinding> findings)
    {
        foreach (var note in notes)
        {
            if (!cases.TryGetValue(note.CaseId, out var c))
            {
                continue;
            }

            var label = $"Note of {Date(note.OccurredOn)}, case {c.Reference}";
            if (note.OccurredOn > today)
            {
                findings.Add(new QualityFinding(QualityRules.NoteInFuture.Id, QualityRecordKind.Note, note.Id, label,
                    $"The note is dated {Date(note.OccurredOn)}, which has not come yet.", c.Id));
            }
            else if (note.OccurredOn < c.OpenedOn)
            {
                findings.Add(new QualityFinding(QualityRules.NoteBeforeCase.Id, QualityRecordKind.Note, note.Id, label,
                    $"The note is dated {Date(note.OccurredOn)}, before the case opened on {Date(c.OpenedOn)}.", c.Id));
            }
        }
    }

    /// <summary>Whole years from <paramref name="born"/> to <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }

    internal static string CaseLabel(QualityCase c) => "Case " + c.Reference;

    internal static string PersonLabel(QualityPerson person)
    {
        if (!person.NameShown)
        {
            return "A person on a restricted case (named to its team only)";
        }

        var given = person.GivenName.Trim();
        var family = person.FamilyName.Trim();
        return (given.Length, family.Length) switch
        {
            (0, 0) => "A person with no name recorded",
            (0, _) => "(no given name) " + family,
            (_, 0) => given + " (no family name)",
            _ => given + " " + family,
        };
    }

    internal static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    internal static string Born(QualityPerson person) => person.DateOfBirth is not { } born ? "not known"
        : person.DateOfBirthAccuracy == QualityDateAccuracy.Exact ? Date(born) : "about " + Date(born);

    private static string Status(QualityCase c) => c.Status == QualityCaseStatus.Intake ? "at intake" : "open";
}
