using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>
/// The caller's agency's active staff, for choosing attendees and champions and for counting training coverage.
/// Users carry no query filter, so every query here names the caller's agency itself.
/// </summary>
internal static class AgencyStaff
{
    /// <summary>Roles of people who practise: administrators keep accounts, not cases, and are left out.</summary>
    private static readonly string[] StaffRoles = [LanternRoles.Practitioner, LanternRoles.Supervisor, LanternRoles.Manager, LanternRoles.Reviewer];

    /// <summary>The people who carry cases, whose training coverage the overview measures.</summary>
    private static readonly string[] CaseCarryingRoles = [LanternRoles.Practitioner, LanternRoles.Supervisor];

    public static Task<List<StaffMember>> AllAsync(LanternDbContext db, CancellationToken cancellationToken) => QueryAsync(db, StaffRoles, cancellationToken);

    public static Task<List<StaffMember>> CaseCarryingAsync(LanternDbContext db, CancellationToken cancellationToken) => QueryAsync(db, CaseCarryingRoles, cancellationToken);

    /// <summary>Display names of any of the agency's users (disabled ones too: a record outlives an account).</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(LanternDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var agencyId = db.Scope.AgencyId;
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.AgencyId == agencyId)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static async Task<List<StaffMember>> QueryAsync(LanternDbContext db, string[] roles, CancellationToken cancellationToken)
    {
        var agencyId = db.Scope.AgencyId;
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where u.AgencyId == agencyId && !u.IsDisabled && roles.Contains(r.Name!)
                          select new { u.Id, u.DisplayName, Role = r.Name! })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.Id, r.DisplayName))
            .Select(g => new StaffMember(g.Key.Id, g.Key.DisplayName, [.. g.Select(r => r.Role).Order(StringComparer.Ordinal)]))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
