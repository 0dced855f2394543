using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Cases;

/// <summary>Adds a person the caller can already see to another case, or changes a participant's role.</summary>
public sealed class ParticipantService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<ParticipantView>?> ListAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.CaseViewed, cancellationToken);
            return null;
        }

        var list = await PersonNames.ParticipantsAsync(db, caseId, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseViewed, CaseId: caseId, Detail: "part=participants"));
        return list;
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<CaseParticipant?> AddAsync(Guid caseId, ParticipantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.ParticipantAdded, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (input.PersonId is { } personId)
        {
            if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            {
                errors["PersonId"] = ["No person with this id is open to you."];
            }
            else if (await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == personId, cancellationToken))
            {
                errors["PersonId"] = ["This person is already part of this case."];
            }
        }

        InputRules.Enforce(input, errors);
        var participant = new CaseParticipant { CaseId = caseId, PersonId = input.PersonId!.Value, Role = input.Role!.Value, AddedAt = clock.Now() };
        db.Participants.Add(participant);
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ParticipantAdded, CaseId: caseId, PersonId: participant.PersonId,
            SubjectId: participant.Id, Detail: $"role={participant.Role}"));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return participant;
    }

    /// <returns>False when the case or participant is not visible to the caller.</returns>
    public async Task<bool> ChangeRoleAsync(Guid caseId, Guid participantId, ParticipantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.CaseId == caseId, cancellationToken);
        if (participant is null)
        {
            // A wrong participant id on a case the caller can see is a mistake, not a refused access.
            if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
            {
                await access.RecordDeniedCaseAsync(caseId, AuditAction.ParticipantUpdated, cancellationToken);
            }

            return false;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (input.Version is null)
        {
            errors["Version"] = ["The record version is missing: reload the page and try again."];
        }

        if (input.PersonId is { } personId && personId != participant.PersonId)
        {
            errors["PersonId"] = ["A participant's person cannot be changed; add the other person instead."];
        }

        InputRules.Enforce(input, errors);
        db.Entry(participant).Property(p => p.Version).OriginalValue = input.Version!.Value;
        var from = participant.Role;
        participant.Role = input.Role!.Value;
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.ParticipantUpdated, CaseId: caseId, PersonId: participant.PersonId,
            SubjectId: participant.Id, Detail: $"role={from}->{participant.Role}"), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }
}
