using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>
/// Who from the agency attended which training, and when; and how far core practice training has reached the
/// practitioners and supervisors who carry cases. Reads and writes are audited; names stay out of the trail.
/// </summary>
public sealed class TrainingService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Training records, newest first, optionally for one course and between two dates (inclusive), with the coverage.</summary>
    public async Task<TrainingList> ListAsync(TrainingCourse? course = null, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var query = db.TrainingRecords.AsNoTracking();
        if (course is { } wanted)
        {
            query = query.Where(t => t.Course == wanted);
        }

        if (from is { } start)
        {
            query = query.Where(t => t.AttendedOn >= start);
        }

        if (to is { } end)
        {
            query = query.Where(t => t.AttendedOn <= end);
        }

        var records = await query.OrderByDescending(t => t.AttendedOn).ThenBy(t => t.AttendeeName)
            .Select(t => new TrainingRecordView(t.Id, t.UserId, t.AttendeeName, t.Course, t.AttendedOn, t.RecordedAt))
            .ToListAsync(cancellationToken);
        var coverage = await CoverageAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: $"part=training;records={records.Count}"));
        return new TrainingList(records, coverage, ImplementationPermissions.MayRecord(db.Scope));
    }

    /// <summary>The agency's staff, for choosing attendees.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        return await AgencyStaff.AllAsync(db, cancellationToken);
    }

    /// <summary>Records attendance: one record per attendee. Nothing is saved unless every attendee is valid.</summary>
    public async Task<IReadOnlyList<TrainingRecordView>> RecordAsync(TrainingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecord(db.Scope);
        var staff = (await AgencyStaff.AllAsync(db, cancellationToken)).ToDictionary(s => s.Id);
        InputRules.Enforce(input, Problems(input, staff));
        var now = clock.Now();
        var course = input.Course!.Value;
        var on = input.AttendedOn!.Value;
        var records = new List<TrainingRecord>();
        foreach (var userId in (input.UserIds ?? []).Distinct())
        {
            records.Add(New(userId, staff[userId].Name));
        }

        foreach (var name in TypedNames(input))
        {
            records.Add(New(null, name));
        }

        db.TrainingRecords.AddRange(records);
        await audit.SaveAsync(cancellationToken, [.. records.Select(r => new AuditEntry(AuditAction.TrainingRecorded, SubjectId: r.Id,
            Detail: $"course={r.Course};account={(r.UserId is null ? "no" : "yes")}"))]);
        return [.. records.Select(r => new TrainingRecordView(r.Id, r.UserId, r.AttendeeName, r.Course, r.AttendedOn, r.RecordedAt))];

        TrainingRecord New(Guid? userId, string name) => new()
        {
            AgencyId = db.Scope.AgencyId,
            UserId = userId,
            AttendeeName = name,
            Course = course,
            AttendedOn = on,
            RecordedById = db.Scope.UserId,
            RecordedAt = now,
        };
    }

    /// <summary>The rules beyond the input's annotations. Nothing is saved.</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(TrainingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Problems(input, (await AgencyStaff.AllAsync(db, cancellationToken)).ToDictionary(s => s.Id));
    }

    /// <summary>How far each course has reached the agency's active practitioners and supervisors. Not audited: callers audit the page it is on.</summary>
    internal async Task<TrainingCoverage> CoverageAsync(CancellationToken cancellationToken)
    {
        var staff = await AgencyStaff.CaseCarryingAsync(db, cancellationToken);
        var staffIds = staff.Select(s => s.Id).ToHashSet();
        var attended = await db.TrainingRecords.AsNoTracking().Select(t => new { t.UserId, t.Course }).ToListAsync(cancellationToken);
        var byCourse = Enum.GetValues<TrainingCourse>()
            .Select(course => new CourseCoverage(course,
                attended.Where(a => a.Course == course && a.UserId is { } id && staffIds.Contains(id)).Select(a => a.UserId).Distinct().Count(),
                attended.Count(a => a.Course == course)))
            .ToList();
        var core = attended.Where(a => a.Course == TrainingCourse.CorePractice && a.UserId is not null).Select(a => a.UserId!.Value).ToHashSet();
        return new TrainingCoverage(staff.Count, staff.Count(s => core.Contains(s.Id)), byCourse, [.. staff.Where(s => !core.Contains(s.Id))]);
    }

    private static List<string> TypedNames(TrainingInput input) =>
        [.. (input.Names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    private Dictionary<string, string[]> Problems(TrainingInput input, Dictionary<Guid, StaffMember> staff)
    {
        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(TrainingInput.AttendedOn), input.AttendedOn, clock.Today(), "The date of the training");
        var userIds = (input.UserIds ?? []).Distinct().ToList();
        var names = TypedNames(input);
        if (userIds.Any(id => !staff.ContainsKey(id)))
        {
            errors[nameof(TrainingInput.UserIds)] = ["Choose people from your agency's list of staff."];
        }
        else if (userIds.Count + names.Count == 0)
        {
            errors[nameof(TrainingInput.UserIds)] = ["Choose at least one attendee, or type the name of someone without a Lantern account."];
        }
        else if (userIds.Count + names.Count > ImplementationLimits.MaxAttendeesAtOnce)
        {
            errors[nameof(TrainingInput.UserIds)] = [$"Record up to {ImplementationLimits.MaxAttendeesAtOnce} attendees at a time."];
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length > ImplementationLimits.MaxNameLength)
            {
                ImplementationRules.Add(errors, nameof(TrainingInput.Names), $"Keep each name under {ImplementationLimits.MaxNameLength} characters (name {i + 1} is longer).");
            }
            else if (names[i].Contains('\0', StringComparison.Ordinal))
            {
                ImplementationRules.Add(errors, nameof(TrainingInput.Names), "Remove the hidden control character from the names.");
            }
        }

        return errors;
    }
}
