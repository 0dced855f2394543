namespace Lantern.Practice.DataQuality;

/// <summary>
/// Likely duplicates: two people who share a full name (or one's alias is the other's name) and whose dates of birth
/// could be the same day. People are grouped by name key in one pass; only people within one group are compared, so
/// the work grows with the number of people, not its square.
/// </summary>
public static class DuplicatePeople
{
    /// <summary>An approximate date of birth is taken to be right within this many days (a year, either way).</summary>
    public const int ApproximateSlackDays = 366;

    public static void Find(IReadOnlyList<QualityPerson> people, List<QualityFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(findings);
        var byName = new Dictionary<string, List<QualityPerson>>(people.Count, StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (!person.NameShown)
            {
                continue;
            }

            foreach (var key in NameKey.AllFor(person))
            {
                if (!byName.TryGetValue(key, out var group))
                {
                    group = new List<QualityPerson>(2);
                    byName[key] = group;
                }

                // A person whose alias repeats their own name is one entry in the group, not two.
                if (group.Count == 0 || group[^1].Id != person.Id)
                {
                    group.Add(person);
                }
            }
        }

        // The same two people can share several keys (a name and an alias): report each pair once.
        var reported = new HashSet<(Guid, Guid)>();
        foreach (var group in byName.Values)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    var (a, b) = group[i].Id.CompareTo(group[j].Id) < 0 ? (group[i], group[j]) : (group[j], group[i]);
                    if (a.Id == b.Id || !MayBeSameBirth(a, b, out var how) || !reported.Add((a.Id, b.Id)))
                    {
                        continue;
                    }

                    var first = QualityChecker.PersonLabel(a);
                    var second = QualityChecker.PersonLabel(b);
                    findings.Add(new QualityFinding(QualityRules.LikelyDuplicate.Id, QualityRecordKind.Person, a.Id, $"{first} and {second}",
                        $"{first} (born {QualityChecker.Born(a)}) and {second} (born {QualityChecker.Born(b)}) {SameName(a, b)} and {how}.",
                        OtherPersonId: b.Id));
                }
            }
        }
    }

    /// <summary>
    /// Whether two dates of birth could be one person's: exact dates must be the same day; an approximate one is allowed a
    /// year either way; a missing or unknown one rules nothing out (the steward is told there is no date to tell them apart).
    /// </summary>
    public static bool MayBeSameBirth(QualityPerson a, QualityPerson b, out string how)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DateOfBirth is not { } first || b.DateOfBirth is not { } second
            || a.DateOfBirthAccuracy == QualityDateAccuracy.Unknown || b.DateOfBirthAccuracy == QualityDateAccuracy.Unknown)
        {
            how = "there is no date of birth on both to tell them apart";
            return true;
        }

        if (a.DateOfBirthAccuracy == QualityDateAccuracy.Exact && b.DateOfBirthAccuracy == QualityDateAccuracy.Exact)
        {
            how = "the same date of birth";
            return first == second;
        }

        how = "dates of birth within a year, at least one of them approximate";
        return Math.Abs(first.DayNumber - second.DayNumber) <= ApproximateSlackDays;
    }

    private static string SameName(QualityPerson a, QualityPerson b) =>
        NameKey.Of(a.GivenName) == NameKey.Of(b.GivenName) && NameKey.Of(a.FamilyName) == NameKey.Of(b.FamilyName)
            ? "have the same name"
            : "share a name (one is recorded as the other's alias)";
}
