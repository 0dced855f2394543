using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>Presentations of the model given to the agency's own units, its other units and partner agencies.</summary>
public sealed class PresentationService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Presentations, newest first; since a date when given.</summary>
    public async Task<PresentationList> ListAsync(DateOnly? since = null, CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var presentations = await SinceAsync(since, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: $"part=presentations;presentations={presentations.Count}"));
        return new PresentationList(presentations, ImplementationPermissions.MayRecord(db.Scope));
    }

    public async Task<PresentationView> CreateAsync(PresentationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecord(db.Scope);
        InputRules.Enforce(input, Problems(input));
        var presentation = new Presentation
        {
            AgencyId = db.Scope.AgencyId,
            GivenOn = input.GivenOn!.Value,
            AudienceKind = input.AudienceKind!.Value,
            Audience = input.Audience!.Trim(),
            Topic = input.Topic!.Trim(),
            Presenter = input.Presenter!.Trim(),
            AttendeeCount = input.AttendeeCount,
            RecordedById = db.Scope.UserId,
            RecordedAt = clock.Now(),
        };
        db.Presentations.Add(presentation);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PresentationRecorded, SubjectId: presentation.Id,
            Detail: $"audience={presentation.AudienceKind}"));
        return View(presentation);
    }

    /// <summary>The rules beyond the input's annotations. Nothing is saved.</summary>
    public Dictionary<string, string[]> Problems(PresentationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(PresentationInput.GivenOn), input.GivenOn, clock.Today(), "The date of the presentation");
        return errors;
    }

    /// <summary>Not audited: callers audit the page it is on.</summary>
    internal async Task<List<PresentationView>> SinceAsync(DateOnly? since, CancellationToken cancellationToken)
    {
        var query = db.Presentations.AsNoTracking();
        if (since is { } start)
        {
            query = query.Where(p => p.GivenOn >= start);
        }

        var rows = await query.OrderByDescending(p => p.GivenOn).ThenByDescending(p => p.RecordedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    private static PresentationView View(Presentation p) =>
        new(p.Id, p.GivenOn, p.AudienceKind, p.Audience, p.Topic, p.Presenter, p.AttendeeCount, p.RecordedAt);
}
