using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>
/// The agency's practice champions: staff who spread the model, from the date they took the role until they step
/// down. A champion's record is kept when they step down, so that the history of who carried the model remains.
/// </summary>
public sealed class ChampionService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<ChampionList> ListAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var all = await AllAsync(cancellationToken);
        var today = clock.Today();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: $"part=champions;champions={all.Count}"));
        return new ChampionList([.. all.Where(c => IsCurrent(c, today))], [.. all.Where(c => !IsCurrent(c, today)).OrderByDescending(c => c.Until)],
            ImplementationPermissions.MayRecord(db.Scope));
    }

    /// <summary>The agency's staff, for choosing a new champion.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        return await AgencyStaff.AllAsync(db, cancellationToken);
    }

    public async Task<ChampionView> AddAsync(ChampionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecord(db.Scope);
        InputRules.Enforce(input, await ProblemsAsync(input, cancellationToken));
        var champion = new PracticeChampion { AgencyId = db.Scope.AgencyId, UserId = input.UserId!.Value, Since = input.Since!.Value };
        db.PracticeChampions.Add(champion);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ChampionsChanged, SubjectId: champion.Id, Detail: "change=added"));
        var names = await AgencyStaff.NamesAsync(db, [champion.UserId], cancellationToken);
        return new ChampionView(champion.Id, champion.UserId, names.GetValueOrDefault(champion.UserId, ""), champion.Since, null);
    }

    /// <summary>A champion steps down on a date.</summary>
    /// <returns>Null when there is no such champion in the caller's agency.</returns>
    public async Task<ChampionView?> EndAsync(Guid id, ChampionEndInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecord(db.Scope);
        var champion = await db.PracticeChampions.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (champion is null)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(ChampionEndInput.Until), input.Until, clock.Today(), "The date they stopped");
        if (champion.Until is not null)
        {
            // Someone else ended it first (or the same form was sent twice): the first date stands.
            errors[nameof(ChampionEndInput.Until)] = ["This champion has already stepped down: reload the page."];
        }
        else if (input.Until < champion.Since)
        {
            errors[nameof(ChampionEndInput.Until)] = ["The date they stopped must be on or after the date they became a champion."];
        }

        InputRules.Enforce(input, errors);
        champion.Until = input.Until!.Value;
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ChampionsChanged, SubjectId: champion.Id, Detail: "change=ended"));
        var names = await AgencyStaff.NamesAsync(db, [champion.UserId], cancellationToken);
        return new ChampionView(champion.Id, champion.UserId, names.GetValueOrDefault(champion.UserId, ""), champion.Since, champion.Until);
    }

    /// <summary>The rules beyond the input's annotations. Nothing is saved.</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(ChampionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(ChampionInput.Since), input.Since, clock.Today(), "The date they became a champion");
        if (input.UserId is { } userId)
        {
            var staff = await AgencyStaff.AllAsync(db, cancellationToken);
            if (staff.All(s => s.Id != userId))
            {
                errors[nameof(ChampionInput.UserId)] = ["Choose someone from your agency's list of staff."];
            }
            else if (await db.PracticeChampions.AnyAsync(c => c.UserId == userId && c.Until == null, cancellationToken))
            {
                errors[nameof(ChampionInput.UserId)] = ["They are already one of the agency's champions."];
            }
        }

        return errors;
    }

    /// <summary>Current champions first by the date they started. Not audited: callers audit the page it is on.</summary>
    internal async Task<List<ChampionView>> AllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PracticeChampions.AsNoTracking().OrderBy(c => c.Since).ToListAsync(cancellationToken);
        var names = await AgencyStaff.NamesAsync(db, rows.Select(r => r.UserId), cancellationToken);
        return [.. rows.Select(r => new ChampionView(r.Id, r.UserId, names.GetValueOrDefault(r.UserId, "A former member of staff"), r.Since, r.Until))];
    }

    internal static bool IsCurrent(ChampionView champion, DateOnly today) => champion.Until is null || champion.Until > today;
}
