using System.ComponentModel.DataAnnotations;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Sharing;

public sealed record PartyInput(Guid AgencyId, InformationCategory Categories, bool ConsentRequired);

public sealed record AgreementInput
{
    [Required(ErrorMessage = "Enter the agreement's title.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "Say what the sharing is for.")]
    [StringLength(2000, ErrorMessage = "Keep the purpose under 2,000 characters.")]
    public string? Purpose { get; init; }

    [Required(ErrorMessage = "Give the legal basis for sharing.")]
    [StringLength(2000, ErrorMessage = "Keep the legal basis under 2,000 characters.")]
    public string? LegalBasis { get; init; }

    [Required(ErrorMessage = "Enter the date the agreement starts.")]
    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public IReadOnlyList<PartyInput>? Parties { get; init; }
}

public sealed record ShareInput
{
    [Required(ErrorMessage = "Choose the agreement to share under.")]
    public Guid? AgreementId { get; init; }

    [Required(ErrorMessage = "Choose the partner agency.")]
    public Guid? PartnerAgencyId { get; init; }

    /// <summary>Who gave consent (the survivor), when the agreement requires it for this partner.</summary>
    public Guid? ConsentGivenBy { get; init; }

    [StringLength(1000, ErrorMessage = "Keep the scope of the consent under 1,000 characters.")]
    public string? ConsentScope { get; init; }

    public DateOnly? ConsentGivenOn { get; init; }

    public DateOnly? ConsentExpiresOn { get; init; }

    /// <summary>Sharing without the consent the agreement needs: only for a manager (the override permission), with the reason.</summary>
    [StringLength(1000, ErrorMessage = "Keep the reason for the override under 1,000 characters.")]
    public string? OverrideReason { get; init; }
}

public sealed record WithholdingInput
{
    [Required(ErrorMessage = "Choose what to withhold.")]
    public InformationCategory? Categories { get; init; }

    /// <summary>A named user; or leave empty and name an agency.</summary>
    public Guid? UserId { get; init; }

    public Guid? AgencyId { get; init; }

    [Required(ErrorMessage = "Give the reason for withholding it.")]
    [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record WithholdingView(Guid Id, InformationCategory Categories, string From, string Reason, DateTimeOffset CreatedAt);

public sealed record PartyView(Guid AgencyId, string AgencyName, InformationCategory Categories, bool ConsentRequired);

public sealed record RevisionView(int Revision, string Title, DateOnly StartsOn, DateOnly? EndsOn, IReadOnlyList<PartyView> Parties, string Reason, string RecordedByName,
    DateTimeOffset RecordedAt, DateTimeOffset? ApprovedAt);

public sealed record AgreementView(Guid Id, string Title, string Purpose, string LegalBasis, DateOnly StartsOn, DateOnly? EndsOn, AgreementStatus Status,
    int Revision, DateTimeOffset? ApprovedAt, IReadOnlyList<PartyView> Parties, uint Version);

public sealed record ShareView(Guid Id, Guid AgreementId, string AgreementTitle, Guid PartnerAgencyId, string PartnerName, InformationCategory Categories,
    bool IsActive, DateOnly? ValidUntil, Guid? ConsentId, string? ConsentGivenBy, DateOnly? ConsentGivenOn, DateOnly? ConsentExpiresOn, DateOnly? ConsentWithdrawnOn,
    DateTimeOffset SharedAt, bool ConsentOverridden = false, string? OverrideReason = null);

/// <summary>
/// Sharing agreements (administrators draft, approve and suspend them) and cases shared under them (the owning
/// agency's case workers share, record consent, withdraw it, and stop sharing). Each change works out the shares'
/// effective categories and validity again in the same transaction, so that it bites on the partner's next request.
/// </summary>
public sealed class SharingService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgreementView>> ListAgreementsAsync(CancellationToken cancellationToken = default)
    {
        var agreements = await db.SharingAgreements.AsNoTracking().Include(a => a.Parties).OrderBy(a => a.Title).ToListAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return agreements.Select(a => ToView(a, names)).ToList();
    }

    public async Task<AgreementView?> GetAgreementAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ListAgreementsAsync(cancellationToken)).FirstOrDefault(a => a.Id == id);

    public async Task<SharingAgreement> CreateAgreementAsync(AgreementInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("draft, approve, revise and suspend sharing agreements");
        InputRules.Enforce(input, await CheckAgreementAsync(input, cancellationToken));
        var now = clock.Now();
        var agreement = new SharingAgreement
        {
            Title = input.Title!.Trim(),
            Purpose = input.Purpose!.Trim(),
            LegalBasis = input.LegalBasis!.Trim(),
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn,
            Status = AgreementStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var party in input.Parties!)
        {
            agreement.Parties.Add(new AgreementParty { AgencyId = party.AgencyId, Categories = party.Categories, ConsentRequired = party.ConsentRequired });
        }

        db.SharingAgreements.Add(agreement);
        db.AgreementRevisions.Add(RevisionOf(agreement, "First drafted."));
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AgreementCreated, SubjectId: agreement.Id, Detail: $"parties={agreement.Parties.Count}"));
        return agreement;
    }

    /// <summary>Approves (activates) or suspends an agreement; its shares follow at once.</summary>
    /// <returns>False when there is no such agreement.</returns>
    public async Task<bool> SetStatusAsync(Guid id, AgreementStatus status, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("draft, approve, revise and suspend sharing agreements");
        var agreement = await db.SharingAgreements.Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return false;
        }

        agreement.Status = status;
        agreement.UpdatedAt = clock.Now();
        if (status == AgreementStatus.Active)
        {
            agreement.ApprovedById = db.Scope.UserId;
            agreement.ApprovedAt = clock.Now();
            var current = await db.AgreementRevisions.Where(r => r.AgreementId == id && r.Revision == agreement.Revision).SingleOrDefaultAsync(cancellationToken);
            if (current is not null)
            {
                current.ApprovedAt ??= agreement.ApprovedAt;
            }
        }

        await RefreshAsync(db.CaseShares.Where(s => s.AgreementId == id && s.EndedAt == null), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(status == AgreementStatus.Active ? AuditAction.AgreementApproved : AuditAction.AgreementSuspended,
            SubjectId: id, Detail: $"status={status}"));
        return true;
    }

    /// <summary>
    /// Changes an agreement's terms as a new revision, with the reason. A change that gives no agency more takes effect
    /// on every share at once; one that gives any agency more (a party, a category, dropping consent, a longer period)
    /// returns an approved agreement to draft, pausing its shares until it is approved again.
    /// </summary>
    /// <returns>Null when there is no such agreement; otherwise whether it now awaits approval.</returns>
    public async Task<bool?> ReviseAgreementAsync(Guid id, AgreementInput input, uint version, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("draft, approve, revise and suspend sharing agreements");
        var agreement = await db.SharingAgreements.Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var errors = await CheckAgreementAsync(input, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = ["Say what changed and why."];
        }
        else if (reason.Trim().Length > 1000)
        {
            errors["Reason"] = ["Keep the reason under 1,000 characters."];
        }

        InputRules.Enforce(input, errors);
        db.Entry(agreement).Property(a => a.Version).OriginalValue = version;
        if (!await db.AgreementRevisions.AnyAsync(r => r.AgreementId == id, cancellationToken))
        {
            // Agreements drafted before revisions were kept: record the terms in force before this change.
            var before = RevisionOf(agreement, "Terms before revisions were recorded.");
            before.ApprovedAt = agreement.ApprovedAt;
            db.AgreementRevisions.Add(before);
        }

        var widens = AgreementTerms.Widens(agreement, input);
        agreement.Title = input.Title!.Trim();
        agreement.Purpose = input.Purpose!.Trim();
        agreement.LegalBasis = input.LegalBasis!.Trim();
        agreement.StartsOn = input.StartsOn!.Value;
        agreement.EndsOn = input.EndsOn;
        db.AgreementParties.RemoveRange(agreement.Parties);
        agreement.Parties.Clear();
        foreach (var party in input.Parties!)
        {
            var row = new AgreementParty { AgreementId = agreement.Id, AgencyId = party.AgencyId, Categories = party.Categories, ConsentRequired = party.ConsentRequired };
            agreement.Parties.Add(row);
            db.AgreementParties.Add(row);
        }

        agreement.Revision++;
        agreement.UpdatedAt = clock.Now();
        var awaitsApproval = widens && agreement.Status == AgreementStatus.Active;
        if (awaitsApproval)
        {
            agreement.Status = AgreementStatus.Draft;
        }

        db.AgreementRevisions.Add(RevisionOf(agreement, reason!.Trim()));
        await RefreshAsync(db.CaseShares.Where(s => s.AgreementId == id && s.EndedAt == null), cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.AgreementRevised, SubjectId: id,
            Detail: $"revision={agreement.Revision};widens={(widens ? "yes" : "no")};status={agreement.Status}"), cancellationToken);
        return awaitsApproval;
    }

    /// <summary>An agreement's revisions, newest first.</summary>
    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("draft, approve, revise and suspend sharing agreements");
        var rows = await db.AgreementRevisions.AsNoTracking().Where(r => r.AgreementId == id).OrderByDescending(r => r.Revision).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => rows.Select(r => r.RecordedById).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return rows.Select(r => new RevisionView(r.Revision, r.Title, r.StartsOn, r.EndsOn,
            r.Decode().Select(p => new PartyView(p.AgencyId, names.GetValueOrDefault(p.AgencyId, ""), p.Categories, p.ConsentRequired)).OrderBy(p => p.AgencyName).ToList(),
            r.Reason, users.GetValueOrDefault(r.RecordedById, ""), r.RecordedAt, r.ApprovedAt)).ToList();
    }

    private AgreementRevision RevisionOf(SharingAgreement agreement, string reason) => new()
    {
        AgreementId = agreement.Id,
        Revision = agreement.Revision,
        Title = agreement.Title,
        Purpose = agreement.Purpose,
        LegalBasis = agreement.LegalBasis,
        StartsOn = agreement.StartsOn,
        EndsOn = agreement.EndsOn,
        Parties = AgreementRevision.Encode(agreement.Parties),
        Reason = reason,
        RecordedById = db.Scope.UserId,
        RecordedAt = clock.Now(),
    };

    /// <summary>Who a case is shared with, for its own agency's case workers.</summary>
    /// <returns>Null when the case is not the caller's agency's to share.</returns>
    public async Task<IReadOnlyList<ShareView>?> SharesForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.SharingViewed, cancellationToken))
        {
            return null;
        }

        var rows = await db.CaseShares.AsNoTracking().Where(s => s.CaseId == caseId && s.EndedAt == null).OrderBy(s => s.SharedAt).ToListAsync(cancellationToken);
        var agreementIds = rows.Select(r => r.AgreementId).ToList();
        var titles = await db.SharingAgreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var consentIds = rows.Where(r => r.ConsentId != null).Select(r => r.ConsentId!.Value).ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => consentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var names = await People.PersonNames.ForAsync(db, consents.Values.Select(c => c.GivenByPersonId), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SharingViewed, CaseId: caseId, Detail: $"shares={rows.Count}"));
        return rows.Select(r =>
        {
            var consent = r.ConsentId is { } c ? consents.GetValueOrDefault(c) : null;
            return new ShareView(r.Id, r.AgreementId, titles.GetValueOrDefault(r.AgreementId, ""), r.PartnerAgencyId, agencies.GetValueOrDefault(r.PartnerAgencyId, ""),
                r.Categories, r.IsActive, r.ValidUntil, r.ConsentId,
                consent is null ? null : names.TryGetValue(consent.GivenByPersonId, out var n) ? n.FullName : "", consent?.GivenOn, consent?.ExpiresOn, consent?.WithdrawnOn,
                r.SharedAt, r.ConsentOverridden, r.OverrideReason);
        }).ToList();
    }

    /// <summary>The agreements (active, with the owning agency as a party) and partners a case could be shared with.</summary>
    public async Task<IReadOnlyList<(AgreementView Agreement, PartyView Partner)>> OptionsForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.OwningAgencyId).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return [];
        }

        var agreements = await ListAgreementsAsync(cancellationToken);
        return agreements.Where(a => a.Status == AgreementStatus.Active && a.Parties.Any(p => p.AgencyId == owner))
            .SelectMany(a => a.Parties.Where(p => p.AgencyId != owner).Select(p => (a, p)))
            .ToList();
    }

    /// <returns>Null when the case is not the caller's agency's to share.</returns>
    public async Task<CaseShare?> ShareAsync(Guid caseId, ShareInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.CaseShared, cancellationToken))
        {
            return null;
        }

        access.EnsureMayWrite();
        var errors = new Dictionary<string, string[]>();
        var options = await OptionsForCaseAsync(caseId, cancellationToken);
        var option = options.FirstOrDefault(o => o.Agreement.Id == input.AgreementId && o.Partner.AgencyId == input.PartnerAgencyId);
        if (input.AgreementId is not null && input.PartnerAgencyId is not null && option.Agreement is null)
        {
            errors[nameof(ShareInput.PartnerAgencyId)] = ["Choose a partner agency that is a party to an approved agreement with your agency."];
        }
        else if (input.AgreementId is not null && await db.CaseShares.AnyAsync(s => s.CaseId == caseId && s.PartnerAgencyId == input.PartnerAgencyId
                     && s.AgreementId == input.AgreementId && s.EndedAt == null, cancellationToken))
        {
            errors[nameof(ShareInput.PartnerAgencyId)] = ["The case is already shared with this agency under this agreement."];
        }

        var needsConsent = option.Partner?.ConsentRequired == true;
        var overriding = needsConsent && input.ConsentGivenBy is null && !string.IsNullOrWhiteSpace(input.OverrideReason);
        if (overriding && !db.Scope.May(Access.Policy.AccessRights.OverrideConsent))
        {
            errors[nameof(ShareInput.OverrideReason)] = ["Only a manager may share without the consent the agreement needs. Record her consent instead."];
        }
        else if (needsConsent && !overriding)
        {
            if (input.ConsentGivenBy is not { } by || !await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == by && p.Role == ParticipantRole.Survivor, cancellationToken))
            {
                errors[nameof(ShareInput.ConsentGivenBy)] = ["This agreement needs the survivor's consent to share with this agency: choose who gave it."];
            }

            if (input.ConsentGivenOn is null)
            {
                errors[nameof(ShareInput.ConsentGivenOn)] = ["Enter the date consent was given."];
            }
            else if (input.ConsentGivenOn > clock.Today())
            {
                errors[nameof(ShareInput.ConsentGivenOn)] = ["The date consent was given cannot be in the future."];
            }

            if (input.ConsentExpiresOn is { } expires && expires < (input.ConsentGivenOn ?? DateOnly.MinValue))
            {
                errors[nameof(ShareInput.ConsentExpiresOn)] = ["Consent cannot expire before it was given."];
            }
        }

        InputRules.Enforce(input, errors);
        var now = clock.Now();
        Consent? consent = null;
        if (needsConsent && !overriding)
        {
            consent = new Consent
            {
                CaseId = caseId,
                GivenByPersonId = input.ConsentGivenBy!.Value,
                PartnerAgencyId = input.PartnerAgencyId!.Value,
                Scope = input.ConsentScope?.Trim() ?? "",
                GivenOn = input.ConsentGivenOn!.Value,
                ExpiresOn = input.ConsentExpiresOn,
                RecordedById = db.Scope.UserId,
                RecordedAt = now,
            };
            db.Consents.Add(consent);
        }

        var share = new CaseShare
        {
            CaseId = caseId,
            AgreementId = input.AgreementId!.Value,
            PartnerAgencyId = input.PartnerAgencyId!.Value,
            ConsentId = consent?.Id,
            ConsentOverridden = overriding,
            OverrideReason = overriding ? input.OverrideReason!.Trim() : null,
            SharedById = db.Scope.UserId,
            SharedAt = now,
        };
        db.CaseShares.Add(share);
        await RefreshAsync([share], consent is null ? [] : [consent], cancellationToken);
        var entries = new List<AuditEntry> { new(AuditAction.CaseShared, CaseId: caseId, SubjectId: share.Id, Detail: $"partner={share.PartnerAgencyId};categories={(int)share.Categories}") };
        if (consent is not null)
        {
            entries.Add(new AuditEntry(AuditAction.ConsentRecorded, CaseId: caseId, PersonId: consent.GivenByPersonId, SubjectId: consent.Id));
        }

        if (overriding)
        {
            // The alert: audited as its own event, and put in front of the agency's managers.
            entries.Add(new AuditEntry(AuditAction.ConsentOverridden, CaseId: caseId, SubjectId: share.Id, Detail: $"alert;partner={share.PartnerAgencyId}"));
            var reference = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(cancellationToken);
            db.Notifications.Add(new Referrals.Notification
            {
                AgencyId = db.Scope.AgencyId,
                Text = $"Case {reference} was shared without the consent the agreement needs (override by a manager, reason recorded).",
                Link = $"/Cases/{caseId}/Sharing",
                CreatedAt = now,
            });
        }

        await audit.SaveAsync(cancellationToken, [.. entries]);
        return share;
    }

    /// <returns>False when the share is not the caller's agency's.</returns>
    public async Task<bool> EndShareAsync(Guid caseId, Guid shareId, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.CaseShareEnded, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var share = await db.CaseShares.SingleOrDefaultAsync(s => s.Id == shareId && s.CaseId == caseId && s.EndedAt == null, cancellationToken);
        if (share is null)
        {
            return false;
        }

        share.EndedAt = clock.Now();
        share.IsActive = false;
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseShareEnded, CaseId: caseId, SubjectId: shareId, Detail: $"partner={share.PartnerAgencyId}"));
        return true;
    }

    /// <summary>Records that the survivor withdrew consent: sharing that needs it stops at once.</summary>
    /// <returns>False when the consent is not the caller's agency's to record.</returns>
    public async Task<bool> WithdrawConsentAsync(Guid caseId, Guid consentId, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.ConsentWithdrawn, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.CaseId == caseId && c.WithdrawnOn == null, cancellationToken);
        if (consent is null)
        {
            return false;
        }

        consent.WithdrawnOn = clock.Today();
        await RefreshAsync(db.CaseShares.Where(s => s.ConsentId == consentId && s.EndedAt == null), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ConsentWithdrawn, CaseId: caseId, PersonId: consent.GivenByPersonId, SubjectId: consentId));
        return true;
    }

    /// <summary>What is withheld on a case, and from whom (for its own agency's case workers).</summary>
    /// <returns>Null when the case is not the caller's agency's.</returns>
    public async Task<IReadOnlyList<WithholdingView>?> WithholdingsAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.SharingViewed, cancellationToken))
        {
            return null;
        }

        var rows = await db.Withholdings.AsNoTracking().Where(w => w.CaseId == caseId && w.LiftedAt == null).OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => rows.Select(r => r.UserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return rows.Select(w => new WithholdingView(w.Id, w.Categories,
            w.UserId is { } u ? users.GetValueOrDefault(u, "") : w.AgencyId is { } a ? agencies.GetValueOrDefault(a, "") : "", w.Reason, w.CreatedAt)).ToList();
    }

    /// <summary>Keeps categories of a case from a named person or agency, whatever any agreement says; takes effect on their next request.</summary>
    /// <returns>False when the case is not the caller's agency's.</returns>
    public async Task<bool> WithholdAsync(Guid caseId, WithholdingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.InformationWithheld, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var errors = new Dictionary<string, string[]>();
        if (input.Categories is InformationCategory.None)
        {
            errors[nameof(WithholdingInput.Categories)] = ["Choose what to withhold."];
        }

        var allocated = await db.Cases.Where(c => c.Id == caseId).Select(c => c.AllocatedWorkerId).SingleAsync(cancellationToken);
        if ((input.UserId is null) == (input.AgencyId is null))
        {
            errors[nameof(WithholdingInput.UserId)] = ["Name either a person or an agency."];
        }
        else if (input.UserId is { } user && (user == db.Scope.UserId || user == allocated))
        {
            errors[nameof(WithholdingInput.UserId)] = ["The allocated worker, and you, keep sight of the case."];
        }
        else if (input.UserId is { } named && !await db.Users.AnyAsync(u => u.Id == named, cancellationToken))
        {
            errors[nameof(WithholdingInput.UserId)] = ["Choose a person from the list."];
        }
        else if (input.AgencyId is { } agency && agency == db.Scope.AgencyId)
        {
            errors[nameof(WithholdingInput.AgencyId)] = ["Your own agency cannot be named: name the person instead."];
        }

        InputRules.Enforce(input, errors);
        var withholding = new Withholding
        {
            CaseId = caseId,
            Categories = input.Categories!.Value,
            UserId = input.UserId,
            AgencyId = input.AgencyId,
            Reason = input.Reason!.Trim(),
            CreatedById = db.Scope.UserId,
            CreatedAt = clock.Now(),
        };
        db.Withholdings.Add(withholding);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.InformationWithheld, CaseId: caseId, SubjectId: withholding.Id,
            Detail: $"categories={(int)withholding.Categories};{(withholding.UserId is { } u ? $"user={u}" : $"agency={withholding.AgencyId}")}"));
        return true;
    }

    /// <returns>False when the case or withholding is not the caller's agency's.</returns>
    public async Task<bool> LiftAsync(Guid caseId, Guid withholdingId, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.WithholdingLifted, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var withholding = await db.Withholdings.SingleOrDefaultAsync(w => w.Id == withholdingId && w.CaseId == caseId && w.LiftedAt == null, cancellationToken);
        if (withholding is null)
        {
            return false;
        }

        withholding.LiftedAt = clock.Now();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.WithholdingLifted, CaseId: caseId, SubjectId: withholdingId));
        return true;
    }

    /// <summary>Restricts a case (names masked in lists and search for all but its allocated team) or lifts the restriction.</summary>
    /// <returns>False when the case is not the caller's agency's.</returns>
    public async Task<bool> SetRestrictedAsync(Guid caseId, bool restricted, CancellationToken cancellationToken = default)
    {
        if (!await OwnVisibleCaseAsync(caseId, AuditAction.CaseRestrictionChanged, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var record = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        record.IsRestricted = restricted;
        record.UpdatedAt = clock.Now();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseRestrictionChanged, CaseId: caseId, Detail: $"restricted={restricted}"));
        return true;
    }

    /// <summary>People in the case's agency and partner agencies who could be named in a withholding.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> PeopleToNameAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Id != db.Scope.UserId).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Agency = u.Agency!.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, $"{r.DisplayName} ({r.Agency})")).ToList();
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesToNameAsync(CancellationToken cancellationToken = default)
    {
        var own = db.Scope.AgencyId;
        var rows = await db.Agencies.AsNoTracking().Where(a => a.Id != own).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    private async Task RefreshAsync(IQueryable<CaseShare> query, CancellationToken cancellationToken)
    {
        var shares = await query.ToListAsync(cancellationToken);
        var consentIds = shares.Where(s => s.ConsentId != null).Select(s => s.ConsentId!.Value).ToList();
        var consents = await db.Consents.Where(c => consentIds.Contains(c.Id)).ToListAsync(cancellationToken);
        await RefreshAsync(shares, consents, cancellationToken);
    }

    /// <summary>Works out what each share gives its partner now: the agreement's categories for that party, while the agreement is active and any consent it needs stands.</summary>
    private async Task RefreshAsync(IReadOnlyList<CaseShare> shares, IReadOnlyList<Consent> consents, CancellationToken cancellationToken)
    {
        var agreementIds = shares.Select(s => s.AgreementId).Distinct().ToList();
        var agreements = db.SharingAgreements.Local.Where(a => agreementIds.Contains(a.Id)).ToDictionary(a => a.Id);
        foreach (var missing in agreementIds.Where(id => !agreements.ContainsKey(id)).ToList())
        {
            agreements[missing] = await db.SharingAgreements.Include(a => a.Parties).SingleAsync(a => a.Id == missing, cancellationToken);
        }

        foreach (var share in shares)
        {
            var agreement = agreements[share.AgreementId];
            var party = agreement.Parties.FirstOrDefault(p => p.AgencyId == share.PartnerAgencyId);
            var consent = share.ConsentId is { } c ? consents.FirstOrDefault(x => x.Id == c) : null;
            var consentStands = party?.ConsentRequired != true || share.ConsentOverridden || (consent is not null && consent.WithdrawnOn is null);
            share.Categories = party?.Categories ?? InformationCategory.None;
            share.IsActive = share.EndedAt is null && agreement.Status == AgreementStatus.Active && party is not null && consentStands;
            share.ActiveFrom = agreement.StartsOn;
            var ends = new[] { agreement.EndsOn, consent?.ExpiresOn }.Where(d => d is not null).Select(d => d!.Value).ToList();
            share.ValidUntil = ends.Count > 0 ? ends.Min() : null;
        }
    }

    private async Task<Dictionary<string, string[]>> CheckAgreementAsync(AgreementInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parties = input.Parties ?? [];
        if (parties.Count < 2)
        {
            errors[nameof(AgreementInput.Parties)] = ["An agreement needs at least two agencies."];
        }
        else if (parties.Select(p => p.AgencyId).Distinct().Count() != parties.Count)
        {
            errors[nameof(AgreementInput.Parties)] = ["Each agency takes part once."];
        }
        else
        {
            var ids = parties.Select(p => p.AgencyId).ToList();
            if (await db.Agencies.CountAsync(a => ids.Contains(a.Id), cancellationToken) != ids.Count)
            {
                errors[nameof(AgreementInput.Parties)] = ["Choose agencies from the list."];
            }
        }

        if (input.EndsOn is { } ends && input.StartsOn is { } starts && ends < starts)
        {
            errors[nameof(AgreementInput.EndsOn)] = ["The agreement cannot end before it starts."];
        }

        return errors;
    }

    /// <summary>The case is visible to the caller and owned by the caller's agency: only its own agency shares it.</summary>
    private async Task<bool> OwnVisibleCaseAsync(Guid caseId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var agencyId = db.Scope.AgencyId;
        if (await db.Cases.AnyAsync(c => c.Id == caseId && c.OwningAgencyId == agencyId, cancellationToken))
        {
            return true;
        }

        await access.RecordDeniedCaseAsync(caseId, attempted, cancellationToken);
        return false;
    }

    private static AgreementView ToView(SharingAgreement a, Dictionary<Guid, string> names) =>
        new(a.Id, a.Title, a.Purpose, a.LegalBasis, a.StartsOn, a.EndsOn, a.Status, a.Revision, a.ApprovedAt,
            a.Parties.Select(p => new PartyView(p.AgencyId, names.GetValueOrDefault(p.AgencyId, ""), p.Categories, p.ConsentRequired)).OrderBy(p => p.AgencyName).ToList(),
            a.Version);
}
