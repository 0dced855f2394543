using System.Linq.Expressions;
using Lantern.Core.Data;
using Lantern.Practice.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Sharing;

/// <summary>What a partner agency may do on a case shared with it, read from its active share.</summary>
public static class ShareRules
{
    public static InformationCategory CategoryOf(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => InformationCategory.CoerciveControl,
        MapComponent.HarmToChild => InformationCategory.HarmToChild,
        MapComponent.ProtectiveEfforts => InformationCategory.ProtectiveEfforts,
        MapComponent.ChildImpact => InformationCategory.ChildImpact,
        MapComponent.IntersectingFactors => InformationCategory.IntersectingFactors,
    };

    /// <summary>
    /// A share in force on <paramref name="today"/>: active and in date. The one statement of it for services' queries
    /// (the query filters in <see cref="LanternDbContext"/> inline the same test, as EF Core needs it there).
    /// </summary>
    public static Expression<Func<CaseShare, bool>> InForceOn(DateOnly today) =>
        s => s.IsActive && s.ActiveFrom <= today && (s.ValidUntil == null || s.ValidUntil >= today);

    /// <summary>True when the case is the caller's own agency's (or the caller is the system).</summary>
    public static async Task<bool> IsOwnCaseAsync(LanternDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Scope.Kind == Access.ScopeKind.System)
        {
            return true;
        }

        var agencyId = db.Scope.AgencyId;
        return await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == caseId && c.OwningAgencyId == agencyId, cancellationToken);
    }

    /// <summary>The categories the caller's agency may see on a case shared with it now (none when not shared or not in date).</summary>
    public static async Task<InformationCategory> SharedWithMeAsync(LanternDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencyId = db.Scope.AgencyId;
        var today = db.Scope.Today;
        var shares = await db.CaseShares.AsNoTracking().Where(InForceOn(today))
            .Where(s => s.CaseId == caseId && s.PartnerAgencyId == agencyId)
            .Select(s => s.Categories)
            .ToListAsync(cancellationToken);
        return shares.Aggregate(InformationCategory.None, (all, one) => all | one);
    }

    /// <summary>Every category an agreement can name.</summary>
    public const InformationCategory All = InformationCategory.Identity | InformationCategory.Intakes | InformationCategory.CoerciveControl
        | InformationCategory.HarmToChild | InformationCategory.ProtectiveEfforts | InformationCategory.ChildImpact | InformationCategory.IntersectingFactors
        | InformationCategory.Notes | InformationCategory.Plans | InformationCategory.SafetyPlans | InformationCategory.SurvivorLocation
        | InformationCategory.Meetings | InformationCategory.Reviews;

    /// <summary>
    /// What an agency (and, when named, one of its users) may see on a case: everything when the case is its own,
    /// otherwise the categories of its active shares in date; less anything withheld from the agency or the user.
    /// The same answer the query filters give, worked out in one place for packs and previews.
    /// </summary>
    public static async Task<InformationCategory> CategoriesForAsync(LanternDbContext db, Guid caseId, Guid agencyId, Guid? userId, DateOnly today,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == caseId && c.OwningAgencyId == agencyId && !c.IsDeleted, cancellationToken);
        var visible = own
            ? All
            : (await db.CaseShares.AsNoTracking().Where(InForceOn(today))
                .Where(s => s.CaseId == caseId && s.PartnerAgencyId == agencyId)
                .Select(s => s.Categories).ToListAsync(cancellationToken))
                .Aggregate(InformationCategory.None, (all, one) => all | one);
        var withheld = (await db.Withholdings.AsNoTracking()
            .Where(w => w.CaseId == caseId && w.LiftedAt == null && (w.AgencyId == agencyId || (userId != null && w.UserId == userId)))
            .Select(w => w.Categories).ToListAsync(cancellationToken))
            .Aggregate(InformationCategory.None, (all, one) => all | one);
        return visible & ~withheld;
    }
}
