using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Referrals;

/// <summary>The directory of services families are referred to: administrators add and deactivate; case workers choose from the active ones.</summary>
public sealed class ServiceDirectory(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceView>> ListAsync(bool activeOnly, CancellationToken cancellationToken = default)
    {
        var query = db.Services.AsNoTracking();
        if (activeOnly)
        {
            query = query.Where(s => s.IsActive);
        }

        var rows = await query.OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return rows.Select(s => new ServiceView(s.Id, s.Name, s.Kind, s.AgencyId, s.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null, s.Contact, s.IsActive))
            .ToList();
    }

    public async Task<Service> AddAsync(ServiceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("change the directory of services");
        var errors = new Dictionary<string, string[]>();
        if (input.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            errors[nameof(ServiceInput.AgencyId)] = ["Choose an agency in Lantern, or none for a service outside it."];
        }

        InputRules.Enforce(input, errors);
        var service = new Service
        {
            Name = input.Name!.Trim(),
            Kind = input.Kind!.Value,
            AgencyId = input.AgencyId,
            Contact = input.Contact?.Trim() ?? "",
            IsActive = true,
            CreatedAt = clock.Now(),
        };
        db.Services.Add(service);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ServiceDirectoryChanged, SubjectId: service.Id, Detail: "change=added"));
        return service;
    }

    /// <summary>Takes a service out of (or back into) the choices for new referrals; referrals already made are kept.</summary>
    /// <returns>False when there is no such service.</returns>
    public async Task<bool> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("change the directory of services");
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return false;
        }

        service.IsActive = active;
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ServiceDirectoryChanged, SubjectId: id,
            Detail: active ? "change=activated" : "change=deactivated"));
        return true;
    }
}
