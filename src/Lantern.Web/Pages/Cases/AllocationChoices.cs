using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Lantern.Web.Pages.Forms;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Cases;

/// <summary>The teams and active case workers of the user's own agency, for allocating a case.</summary>
public static class AllocationChoices
{
    public static async Task<IReadOnlyList<Choice>> TeamsAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencyId = db.Scope.AgencyId;
        var teams = await db.Teams.AsNoTracking().Where(t => t.AgencyId == agencyId).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        return teams.Select(t => new Choice(t.Id.ToString(), t.Name)).ToList();
    }

    public static async Task<IReadOnlyList<Choice>> WorkersAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencyId = db.Scope.AgencyId;
        var caseWorkRoles = db.Roles.Where(r => LanternRoles.CaseWork.Contains(r.Name!)).Select(r => r.Id);
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.AgencyId == agencyId && !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && caseWorkRoles.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, TeamName = u.Team != null ? u.Team.Name : null })
            .ToListAsync(cancellationToken);
        return workers.Select(u => new Choice(u.Id.ToString(), u.TeamName is null ? u.DisplayName : $"{u.DisplayName} ({u.TeamName})")).ToList();
    }
}
