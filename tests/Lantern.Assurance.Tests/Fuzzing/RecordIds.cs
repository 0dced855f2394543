using CsCheck;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Ids of the demonstration records, by the path segment or field name that refers to them, read straight from the
/// tables so that every kind of record is covered; half the time a random id instead (a record that does not exist).
/// </summary>
internal sealed class RecordIds(IReadOnlyDictionary<string, Guid[]> byEntity, Guid[] any)
{
    /// <summary>Path segments and field names (without "Id") mapped to the entity they name.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cases"] = "Case",
        ["case"] = "Case",
        ["participants"] = "CaseParticipant",
        ["participant"] = "CaseParticipant",
        ["people"] = "Person",
        ["person"] = "Person",
        ["relatedPerson"] = "Person",
        ["child"] = "Person",
        ["children"] = "Person",
        ["relationships"] = "Relationship",
        ["relationship"] = "Relationship",
        ["intakes"] = "Intake",
        ["intake"] = "Intake",
        ["map-entries"] = "MapEntry",
        ["mapEntry"] = "MapEntry",
        ["mapEntrie"] = "MapEntry",
        ["causedBy"] = "MapEntry",
        ["plan-goals"] = "PlanGoal",
        ["goal"] = "PlanGoal",
        ["safety-plans"] = "SafetyPlan",
        ["grants"] = "SafetyPlanGrant",
        ["risk-plans"] = "RiskManagementPlan",
        ["meetings"] = "Meeting",
        ["meeting-actions"] = "MeetingAction",
        ["action"] = "MeetingAction",
        ["packs"] = "Agency",
        ["agency"] = "Agency",
        ["ownerAgency"] = "Agency",
        ["supervision"] = "SupervisionSession",
        ["referrals"] = "Referral",
        ["service"] = "Service",
        ["review-samples"] = "ReviewSample",
        ["reviews"] = "CaseReview",
        ["champions"] = "PracticeChampion",
        ["practice-meetings"] = "PracticeMeeting",
    };

    public static async Task<RecordIds> ReadAsync(LanternFactory factory)
    {
        var byEntity = await factory.WithSystemDbAsync(async db =>
        {
            var found = new Dictionary<string, Guid[]>();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                var key = entity.FindPrimaryKey();
                if (key is not { Properties: [{ Name: "Id" } id] } || id.ClrType != typeof(Guid) || entity.GetTableName() is not { } table
                    || entity.IsOwned() || entity.BaseType is not null)
                {
                    continue;
                }

                var column = id.GetColumnName();
                var sql = $"SELECT \"{column}\" AS \"Value\" FROM \"{table}\" LIMIT 60";
                var values = await db.Database.SqlQueryRaw<Guid>(sql).ToArrayAsync();
                if (values.Length > 0)
                {
                    found[entity.ClrType.Name] = values;
                }
            }

            return found;
        });
        return new RecordIds(byEntity, [.. byEntity.Values.SelectMany(v => v)]);
    }

    public int EntityCount => byEntity.Count;

    /// <summary>An id for a path segment ("cases") or a field ("caseId", "mapEntryIds").</summary>
    public Gen<Guid> For(string? name)
    {
        var stem = name is null ? null : name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3]
            : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name;
        var known = stem is not null && Names.TryGetValue(stem, out var entity) && byEntity.TryGetValue(entity, out var matching) ? matching : null;
        return known is null
            ? Gen.Frequency<Guid>((5, Gen.OneOf(any)), (5, Gen.Guid))
            : Gen.Frequency<Guid>((6, Gen.OneOf(known)), (2, Gen.OneOf(any)), (2, Gen.Guid));
    }
}
