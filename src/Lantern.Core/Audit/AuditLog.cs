using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Audit;

public sealed record AuditQuery(Guid? CaseId = null, Guid? PersonId = null, Guid? UserId = null, AuditAction? Action = null, long? Before = null, int Take = 50);

/// <summary>Reads the audit trail, newest first, for the audit page and <c>lantern audit list</c>.</summary>
public sealed class AuditLog(LanternDbContext db, AuditTrail audit)
{
    public async Task<IReadOnlyList<AuditEvent>> ListAsync(AuditQuery query, bool recordTheViewing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var events = db.AuditEvents.AsNoTracking();
        if (db.Scope.Kind == Access.ScopeKind.User && !db.Scope.IsAdministrator)
        {
            // A manager reads her own agency's trail; administrators and the command line read all of it.
            var agencyId = db.Scope.AgencyId;
            events = events.Where(e => e.AgencyId == agencyId);
        }

        if (query.CaseId is { } caseId)
        {
            events = events.Where(e => e.CaseId == caseId);
        }

        if (query.PersonId is { } personId)
        {
            events = events.Where(e => e.PersonId == personId);
        }

        if (query.UserId is { } userId)
        {
            events = events.Where(e => e.UserId == userId);
        }

        if (query.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (query.Before is { } before)
        {
            events = events.Where(e => e.Sequence < before);
        }

        var list = await events.OrderByDescending(e => e.Sequence).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        if (recordTheViewing)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AuditViewed, CaseId: query.CaseId, PersonId: query.PersonId,
                Detail: $"results={list.Count}"));
        }

        return list;
    }
}
