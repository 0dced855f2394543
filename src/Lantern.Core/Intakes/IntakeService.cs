using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Lantern.Practice.Screening;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Intakes;

/// <summary>
/// Concerns and referrals. An intake is saved as a draft while the worker gathers it and can be completed
/// only with a domestic abuse screening outcome that its answers support.
/// </summary>
public sealed class IntakeService(LanternDbContext db, AuditTrail audit, CaseAccess access, CaseService cases, TimeProvider clock)
{
    public async Task<IntakeDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var intake = await db.Intakes.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new IntakeDetail(i.Id, i.CaseId, i.Case!.Reference, i.Source, i.ReceivedOn, i.Narrative, i.Status,
                i.HarmOrFearFromPartner, i.ControllingBehaviour, i.PoliceOrCourtInvolvement, i.ChildrenHarmedOrUsed,
                i.ScreeningOutcome, i.ReasonUnableToScreen, i.CompletedAt, i.Version))
            .SingleOrDefaultAsync(cancellationToken);
        if (intake is null)
        {
            await access.RecordDeniedIntakeAsync(id, AuditAction.IntakeViewed, cancellationToken);
            return null;
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.IntakeViewed, CaseId: intake.CaseId, SubjectId: id));
        return intake;
    }

    public async Task<IReadOnlyList<IntakeSummary>?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.IntakeViewed, cancellationToken);
            return null;
        }

        var list = await db.Intakes.AsNoTracking().Where(i => i.CaseId == caseId).OrderByDescending(i => i.ReceivedOn)
            .Select(i => new IntakeSummary(i.Id, i.Source, i.ReceivedOn, i.Status, i.ScreeningOutcome))
            .ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.IntakeViewed, CaseId: caseId, Detail: "part=intakes"));
        return list;
    }

    /// <summary>Records a draft intake on an existing case, or on a new case in intake when <paramref name="caseId"/> is null.</summary>
    /// <returns>Null when the given case is not visible to the caller.</returns>
    public async Task<Intake?> CreateAsync(Guid? caseId, IntakeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (caseId is { } existing && !await db.Cases.AnyAsync(c => c.Id == existing, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(existing, AuditAction.IntakeCreated, cancellationToken);
            return null;
        }

        if (caseId is { } onCase)
        {
            await access.EnsureMayChangeCaseAsync(onCase, cancellationToken);
        }
        else
        {
            access.EnsureMayWrite();
        }

        InputRules.Enforce(input, CheckDates(input));
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var targetCase = caseId ?? (await cases.CreateAsync(new NewCaseInput { PresentingConcerns = Summarise(input.Narrative!) }, cancellationToken)).Id;
        var intake = new Intake { CaseId = targetCase, RecordedById = db.Scope.UserId, CreatedAt = clock.Now(), Status = IntakeStatus.Draft };
        Apply(intake, input);
        db.Intakes.Add(intake);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.IntakeCreated, CaseId: targetCase, SubjectId: intake.Id));
        await transaction.CommitAsync(cancellationToken);
        return intake;
    }

    /// <returns>False when the intake is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, IntakeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var intake = await db.Intakes.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intake is null)
        {
            await access.RecordDeniedIntakeAsync(id, AuditAction.IntakeUpdated, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(intake.CaseId, cancellationToken);
        var extra = CheckDates(input);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        if (intake.Status == IntakeStatus.Completed)
        {
            throw new InvalidInputException("Status", "This intake is complete and can no longer be changed.");
        }

        db.Entry(intake).Property(i => i.Version).OriginalValue = input.Version!.Value;
        Apply(intake, input);
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.IntakeUpdated, CaseId: intake.CaseId, SubjectId: id), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, intake.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Completes the intake; refuses while the screening is missing or contradicts its answers.</summary>
    /// <returns>False when the intake is not visible to the caller.</returns>
    public async Task<bool> CompleteAsync(Guid id, uint version, CancellationToken cancellationToken = default)
    {
        var intake = await db.Intakes.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (intake is null)
        {
            await access.RecordDeniedIntakeAsync(id, AuditAction.IntakeCompleted, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(intake.CaseId, cancellationToken);
        if (intake.Status == IntakeStatus.Completed)
        {
            throw new InvalidInputException("Status", "This intake is already complete.");
        }

        var problems = ScreeningCompleteness.Check(intake.Screening());
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        db.Entry(intake).Property(i => i.Version).OriginalValue = version;
        intake.Status = IntakeStatus.Completed;
        intake.CompletedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.IntakeCompleted, CaseId: intake.CaseId, SubjectId: id,
            Detail: $"screening={intake.ScreeningOutcome}"), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, intake.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    private Dictionary<string, string[]> CheckDates(IntakeInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.ReceivedOn is { } received && received > clock.Today())
        {
            errors["ReceivedOn"] = ["The date received cannot be in the future."];
        }

        return errors;
    }

    private static void Apply(Intake intake, IntakeInput input)
    {
        intake.Source = input.Source!.Value;
        intake.ReceivedOn = input.ReceivedOn!.Value;
        intake.Narrative = input.Narrative!.Trim();
        intake.HarmOrFearFromPartner = input.HarmOrFearFromPartner;
        intake.ControllingBehaviour = input.ControllingBehaviour;
        intake.PoliceOrCourtInvolvement = input.PoliceOrCourtInvolvement;
        intake.ChildrenHarmedOrUsed = input.ChildrenHarmedOrUsed;
        intake.ScreeningOutcome = input.ScreeningOutcome;
        intake.ReasonUnableToScreen = string.IsNullOrWhiteSpace(input.ReasonUnableToScreen) ? null : input.ReasonUnableToScreen.Trim();
    }

    private static string Summarise(string narrative)
    {
        var text = narrative.Trim();
        return text.Length <= 4000 ? text : text[..4000];
    }
}
