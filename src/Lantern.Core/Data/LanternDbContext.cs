using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.Meetings;
using Lantern.Core.People;
using Lantern.Core.Referrals;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantern.Core.Data;

public sealed class LanternDbContext(DbContextOptions<LanternDbContext> options, AccessScope scope)
    : IdentityDbContext<LanternUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public AccessScope Scope { get; } = scope;

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseParticipant> Participants => Set<CaseParticipant>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Intake> Intakes => Set<Intake>();
    public DbSet<Notes.CaseNote> CaseNotes => Set<Notes.CaseNote>();
    public DbSet<Notes.NoteAddendum> NoteAddenda => Set<Notes.NoteAddendum>();
    public DbSet<Notes.LanguageDismissal> LanguageDismissals => Set<Notes.LanguageDismissal>();
    public DbSet<Map.MapEntry> MapEntries => Set<Map.MapEntry>();
    public DbSet<Map.MapCategorySetting> MapCategorySettings => Set<Map.MapCategorySetting>();
    public DbSet<Plans.CasePlan> CasePlans => Set<Plans.CasePlan>();
    public DbSet<Plans.PlanGoal> PlanGoals => Set<Plans.PlanGoal>();
    public DbSet<Plans.PlanReview> PlanReviews => Set<Plans.PlanReview>();
    public DbSet<Plans.GoalProgress> GoalProgress => Set<Plans.GoalProgress>();
    public DbSet<Plans.SafetyPlan> SafetyPlans => Set<Plans.SafetyPlan>();
    public DbSet<Plans.SafetyPlanGrant> SafetyPlanGrants => Set<Plans.SafetyPlanGrant>();
    public DbSet<Plans.RiskManagementPlan> RiskManagementPlans => Set<Plans.RiskManagementPlan>();
    public DbSet<Plans.RiskItem> RiskItems => Set<Plans.RiskItem>();
    public DbSet<Plans.RiskAction> RiskActions => Set<Plans.RiskAction>();
    public DbSet<Sharing.SharingAgreement> SharingAgreements => Set<Sharing.SharingAgreement>();
    public DbSet<Sharing.AgreementParty> AgreementParties => Set<Sharing.AgreementParty>();
    public DbSet<Sharing.AgreementRevision> AgreementRevisions => Set<Sharing.AgreementRevision>();
    public DbSet<Sharing.CaseShare> CaseShares => Set<Sharing.CaseShare>();
    public DbSet<Sharing.Consent> Consents => Set<Sharing.Consent>();
    public DbSet<Sharing.Withholding> Withholdings => Set<Sharing.Withholding>();
    public DbSet<Sharing.LocationGrant> LocationGrants => Set<Sharing.LocationGrant>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
    public DbSet<Map.CaseMapGap> CaseMapGaps => Set<Map.CaseMapGap>();
    public DbSet<Dashboards.DashboardCase> DashboardCases => Set<Dashboards.DashboardCase>();
    public DbSet<CaseSearchName> CaseSearchNames => Set<CaseSearchName>();
    public DbSet<Dashboards.DashboardCaseDay> DashboardCaseDays => Set<Dashboards.DashboardCaseDay>();
    public DbSet<Dashboards.DashboardTeamDay> DashboardTeamDays => Set<Dashboards.DashboardTeamDay>();
    public DbSet<Dashboards.DashboardTeamGap> DashboardTeamGaps => Set<Dashboards.DashboardTeamGap>();
    public DbSet<Supervision.SupervisionSession> SupervisionSessions => Set<Supervision.SupervisionSession>();
    public DbSet<Supervision.SupervisionAction> SupervisionActions => Set<Supervision.SupervisionAction>();
    public DbSet<Reviews.ReviewSample> ReviewSamples => Set<Reviews.ReviewSample>();
    public DbSet<Reviews.CaseReview> CaseReviews => Set<Reviews.CaseReview>();
    public DbSet<Reviews.CriterionRating> CriterionRatings => Set<Reviews.CriterionRating>();
    public DbSet<Implementation.TrainingRecord> TrainingRecords => Set<Implementation.TrainingRecord>();
    public DbSet<Implementation.PracticeChampion> PracticeChampions => Set<Implementation.PracticeChampion>();
    public DbSet<Implementation.PracticeMeeting> PracticeMeetings => Set<Implementation.PracticeMeeting>();
    public DbSet<Implementation.PracticeMeetingCase> PracticeMeetingCases => Set<Implementation.PracticeMeetingCase>();
    public DbSet<Implementation.Presentation> Presentations => Set<Implementation.Presentation>();
    public DbSet<Implementation.ContinuumAssessment> ContinuumAssessments => Set<Implementation.ContinuumAssessment>();
    public DbSet<Implementation.ContinuumRating> ContinuumRatings => Set<Implementation.ContinuumRating>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ChainHead> AuditChainHead => Set<ChainHead>();
    public DbSet<Counter> Counters => Set<Counter>();

    /// <summary>Data Protection keys shared by every web instance, so that a cookie issued by one is valid on another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    // The query filters read these per query (EF Core parameterises members of the context).
    private Guid ScopeAgencyId => Scope.AgencyId;
    private Guid ScopeUserId => Scope.UserId;
    private Guid? ScopeTeamId => Scope.TeamId;
    private DateOnly ScopeToday => Scope.Today;

    // The kind of scope reaches the filters as parameters that are null when a flag is false, compared with null in the SQL
    // (EF.Parameter keeps the comparison out of the client). EF Core turns "parameter is (not) null" into a constant when
    // it writes the SQL, so the SQL holds only the branches that apply (SQLite needs that to use the team and worker
    // indexes), and it keeps that SQL for each null/non-null combination. EF.Constant gave the same SQL but had EF Core
    // write it afresh on every execution (11% of a case page's processor time; bench/RESULTS.md).
    private bool? ScopeIsSystemWhenTrue => TrueOrNull(Scope.Kind == ScopeKind.System);
    private bool? ScopeReadsCasesWhenTrue => TrueOrNull(Scope.ReadsCases);
    private bool? ScopeSeesWholeAgencyWhenTrue => TrueOrNull(Scope.SeesWholeAgency);
    private bool? ScopeSeesTeamSafetyPlansWhenTrue => TrueOrNull(Scope.SeesTeamSafetyPlans);

    /// <summary>Partner agencies' practitioners are the ones cases are shared with; for everyone else the sharing branch is left out of the SQL.</summary>
    private bool? ScopeReceivesSharesWhenTrue => TrueOrNull(Scope.ReceivesShares);

    private static bool? TrueOrNull(bool flag) => flag ? true : null;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (!IsPostgres)
        {
            // SQLite cannot compare or order DateTimeOffset text; store UTC ticks with the offset.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<LanternUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne(u => u.Team).WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Agency>(b =>
        {
            b.Property(a => a.Name).HasMaxLength(200);
            b.HasIndex(a => a.Name).IsUnique();
            b.HasMany(a => a.Teams).WithOne(t => t.Agency).HasForeignKey(t => t.AgencyId);
            Versioned(b);
        });

        builder.Entity<Team>(b => b.Property(t => t.Name).HasMaxLength(200));

        builder.Entity<Case>(b =>
        {
            b.Property(c => c.Reference).HasMaxLength(40);
            b.HasIndex(c => c.Reference).IsUnique();
            b.Property(c => c.PresentingConcerns).HasMaxLength(4000);
            b.HasIndex(c => new { c.OwningAgencyId, c.OpenedOn });
            // The case list reads a team's (or a worker's) cases newest first and counts them from these alone: they hold
            // every column the scope filter, the list's filters and its order ask about, so no case row is read for them.
            b.HasIndex(c => new { c.TeamId, c.OpenedOn, c.Reference, c.OwningAgencyId, c.IsDeleted, c.AllocatedWorkerId, c.Status, c.IsRestricted, c.Id })
                .HasDatabaseName("IX_Cases_Team_List");
            b.HasIndex(c => new { c.AllocatedWorkerId, c.OpenedOn, c.Reference, c.OwningAgencyId, c.IsDeleted, c.TeamId, c.Status, c.IsRestricted, c.Id })
                .HasDatabaseName("IX_Cases_Worker_List");
            b.HasOne(c => c.OwningAgency).WithMany().HasForeignKey(c => c.OwningAgencyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne(c => c.Team).WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne(c => c.AllocatedWorker).WithMany().HasForeignKey(c => c.AllocatedWorkerId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(c => c.Participants).WithOne(p => p.Case).HasForeignKey(p => p.CaseId);
            b.HasMany(c => c.Intakes).WithOne(i => i.Case).HasForeignKey(i => i.CaseId);
            Versioned(b);

            // The one place that says which cases a caller may see. Sharing grants extend this predicate.
            // The kind of scope is inlined as constants (EF caches one plan per combination), so that the database sees
            // "team = @t OR worker = @u" and can use the indexes, rather than an OR with parameters that forces a scan.
            b.HasQueryFilter(c => !c.IsDeleted && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || ((EF.Parameter(ScopeReadsCasesWhenTrue) != null) && ((c.OwningAgencyId == ScopeAgencyId &&
                ((EF.Parameter(ScopeSeesWholeAgencyWhenTrue) != null) || c.AllocatedWorkerId == ScopeUserId || ((EF.Parameter(ScopeTeamId) != null) && c.TeamId == ScopeTeamId)))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == c.Id && s.PartnerAgencyId == ScopeAgencyId && s.IsActive
                    && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday)))))));
        });

        builder.Entity<CaseParticipant>(b =>
        {
            b.HasIndex(p => new { p.CaseId, p.PersonId }).IsUnique();
            b.HasIndex(p => p.PersonId);
            b.HasOne(p => p.Person).WithMany(p => p.Participations).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
            Versioned(b);
            b.HasQueryFilter(p => !p.IsDeleted && (Cases.Any(c => c.Id == p.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == p.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Identity) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == p.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Identity) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Person>(b =>
        {
            b.Property(p => p.GivenName).HasMaxLength(100);
            b.Property(p => p.FamilyName).HasMaxLength(100);
            b.Property(p => p.Aliases).HasMaxLength(400);
            b.Property(p => p.Gender).HasMaxLength(60);
            b.Property(p => p.PreferredLanguage).HasMaxLength(60);
            b.Property(p => p.Phone).HasMaxLength(40);
            b.Property(p => p.Email).HasMaxLength(200);
            b.Property(p => p.Address).HasMaxLength(400);
            b.Property(p => p.SafeContact).HasMaxLength(PersonInput.MaxSafeContactLength);
            b.Property(p => p.SearchName).HasMaxLength(700);
            b.HasIndex(p => p.SearchName);
            b.Ignore(p => p.FullName);
            Versioned(b);
            b.HasQueryFilter(p => !p.IsDeleted && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || Participants.Any(cp => cp.PersonId == p.Id)));
        });

        builder.Entity<Relationship>(b =>
        {
            b.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne(r => r.RelatedPerson).WithMany().HasForeignKey(r => r.RelatedPersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => r.PersonId);
            b.HasIndex(r => r.RelatedPersonId);
            Versioned(b);
            b.HasQueryFilter(r => !r.IsDeleted && People.Any(p => p.Id == r.PersonId) && People.Any(p => p.Id == r.RelatedPersonId));
        });

        builder.Entity<Intake>(b =>
        {
            b.Property(i => i.Narrative).HasMaxLength(8000);
            b.Property(i => i.ReasonUnableToScreen).HasMaxLength(1000);
            b.HasIndex(i => i.CaseId);
            Versioned(b);
            b.HasQueryFilter(i => !i.IsDeleted && (Cases.Any(c => c.Id == i.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == i.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Intakes) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == i.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Intakes) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Notes.CaseNote>(b =>
        {
            b.HasOne(n => n.Case).WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(n => n.WithWhom).HasMaxLength(200);
            b.Property(n => n.Text).HasMaxLength(Notes.NoteInput.MaxTextLength);
            b.HasIndex(n => new { n.CaseId, n.OccurredOn });
            Versioned(b);
            b.HasQueryFilter(n => !n.IsDeleted && (Cases.Any(c => c.Id == n.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == n.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Notes) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == n.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Notes) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Notes.NoteAddendum>(b =>
        {
            b.HasOne(a => a.Note).WithMany().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Restrict);
            b.Property(a => a.Text).HasMaxLength(Notes.NoteInput.MaxTextLength);
            b.HasIndex(a => a.NoteId);
            b.HasQueryFilter(a => CaseNotes.Any(n => n.Id == a.NoteId));
        });

        builder.Entity<Notes.LanguageDismissal>(b =>
        {
            b.HasOne(d => d.Note).WithMany().HasForeignKey(d => d.NoteId).OnDelete(DeleteBehavior.Restrict);
            b.Property(d => d.RuleId).HasMaxLength(100);
            b.Property(d => d.Phrase).HasMaxLength(400);
            b.Property(d => d.Reason).HasMaxLength(1000);
            b.HasIndex(d => d.NoteId);
            b.HasQueryFilter(d => CaseNotes.Any(n => n.Id == d.NoteId));
        });

        builder.Entity<Map.MapEntry>(b =>
        {
            b.HasOne(e => e.Case).WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(e => e.CategoryKey).HasMaxLength(80);
            b.Property(e => e.Description).HasMaxLength(Map.MapEntryInput.MaxDescriptionLength);
            b.Property(e => e.SourceDetail).HasMaxLength(200);
            b.HasIndex(e => e.CaseId);
            b.HasIndex(e => e.PerpetratorId);
            Versioned(b);
            // A partner sees each component of the map only if the agreement gives it that component's category.
            b.HasQueryFilter(e => !e.IsDeleted && (Cases.Any(c => c.Id == e.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == e.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & (e.Component == Practice.Mapping.MapComponent.CoerciveControl ? Sharing.InformationCategory.CoerciveControl : e.Component == Practice.Mapping.MapComponent.HarmToChild ? Sharing.InformationCategory.HarmToChild : e.Component == Practice.Mapping.MapComponent.ProtectiveEfforts ? Sharing.InformationCategory.ProtectiveEfforts : e.Component == Practice.Mapping.MapComponent.ChildImpact ? Sharing.InformationCategory.ChildImpact : Sharing.InformationCategory.IntersectingFactors)) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == e.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & (e.Component == Practice.Mapping.MapComponent.CoerciveControl ? Sharing.InformationCategory.CoerciveControl : e.Component == Practice.Mapping.MapComponent.HarmToChild ? Sharing.InformationCategory.HarmToChild : e.Component == Practice.Mapping.MapComponent.ProtectiveEfforts ? Sharing.InformationCategory.ProtectiveEfforts : e.Component == Practice.Mapping.MapComponent.ChildImpact ? Sharing.InformationCategory.ChildImpact : Sharing.InformationCategory.IntersectingFactors)) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Map.MapCategorySetting>(b =>
        {
            b.Property(s => s.Key).HasMaxLength(80);
            b.Property(s => s.Label).HasMaxLength(120);
            b.Property(s => s.Hint).HasMaxLength(300);
            b.HasIndex(s => new { s.AgencyId, s.Key }).IsUnique();
        });

        builder.Entity<Plans.CasePlan>(b =>
        {
            b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(p => p.CaseId);
            Versioned(b);
            b.HasQueryFilter(p => !p.IsDeleted && (Cases.Any(c => c.Id == p.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == p.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Plans) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == p.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Plans) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Plans.PlanGoal>(b =>
        {
            b.HasOne(g => g.Plan).WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Restrict);
            b.Property(g => g.Behaviour).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.Property(g => g.Purpose).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.Property(g => g.SuccessIndicator).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.Property(g => g.Measure).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.Property(g => g.VerifiedBy).HasMaxLength(400);
            b.Property(g => g.Services).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.HasIndex(g => g.PlanId);
            b.HasIndex(g => g.ReviewOn);
            Versioned(b);
            b.HasQueryFilter(g => !g.IsDeleted && CasePlans.Any(p => p.Id == g.PlanId));
        });

        builder.Entity<Plans.PlanReview>(b =>
        {
            b.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
            b.Property(r => r.Summary).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.HasMany(r => r.Progress).WithOne().HasForeignKey(p => p.ReviewId);
            b.HasIndex(r => r.PlanId);
            b.HasQueryFilter(r => CasePlans.Any(p => p.Id == r.PlanId));
        });

        builder.Entity<Plans.GoalProgress>(b =>
        {
            b.Property(p => p.Note).HasMaxLength(Plans.GoalInput.MaxTextLength);
            b.HasIndex(p => p.GoalId);
            b.HasQueryFilter(p => PlanReviews.Any(r => r.Id == p.ReviewId));
        });

        builder.Entity<Plans.SafetyPlan>(b =>
        {
            b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
            foreach (var text in new[] { nameof(Plans.SafetyPlan.Strategies), nameof(Plans.SafetyPlan.SafePeople), nameof(Plans.SafetyPlan.SafePlaces),
                nameof(Plans.SafetyPlan.CodeWords), nameof(Plans.SafetyPlan.WhatToDoWhen) })
            {
                b.Property(text).HasMaxLength(Plans.SafetyPlanInput.MaxTextLength);
            }

            b.HasIndex(s => s.CaseId);
            Versioned(b);

            // Confidential: the case's allocated worker, a supervisor of the case's team, or someone given access
            // (and still able to see the case). Managers and reviewers see the case but not its safety plans.
            b.HasQueryFilter(s => !s.IsDeleted && Cases.Any(c => c.Id == s.CaseId) && ((EF.Parameter(ScopeIsSystemWhenTrue) != null)
                || Cases.Any(c => c.Id == s.CaseId && (c.AllocatedWorkerId == ScopeUserId
                    || ((EF.Parameter(ScopeSeesTeamSafetyPlansWhenTrue) != null && EF.Parameter(ScopeTeamId) != null) && c.TeamId == ScopeTeamId)))
                || (SafetyPlanGrants.Any(g => g.SafetyPlanId == s.Id && g.UserId == ScopeUserId && g.RevokedAt == null)
                    && (Cases.Any(c => c.Id == s.CaseId && c.OwningAgencyId == ScopeAgencyId)
                        || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(cs => cs.CaseId == s.CaseId && cs.PartnerAgencyId == ScopeAgencyId && cs.IsActive && cs.ActiveFrom <= ScopeToday && (cs.ValidUntil == null || cs.ValidUntil >= ScopeToday) && (cs.Categories & Sharing.InformationCategory.SafetyPlans) != Sharing.InformationCategory.None)
                            && !Withholdings.Any(w => w.CaseId == s.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId) && (w.Categories & Sharing.InformationCategory.SafetyPlans) != Sharing.InformationCategory.None))))));
        });

        builder.Entity<Plans.SafetyPlanGrant>(b =>
        {
            b.Property(g => g.Reason).HasMaxLength(1000);
            b.HasIndex(g => new { g.SafetyPlanId, g.UserId });
        });

        builder.Entity<Plans.RiskManagementPlan>(b =>
        {
            b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(p => p.Concern).HasMaxLength(Plans.RiskPlanInput.MaxTextLength);

            // The rows are replaced wholesale on each save (see RiskPlanService); deleting a plan row takes its rows with it.
            b.HasMany(p => p.Risks).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(p => p.CaseId);
            Versioned(b);
            b.HasQueryFilter(p => !p.IsDeleted && (Cases.Any(c => c.Id == p.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == p.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Plans) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == p.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Plans) != Sharing.InformationCategory.None)));
        });

        builder.Entity<Plans.RiskItem>(b =>
        {
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Description).HasMaxLength(Plans.RiskPlanInput.MaxTextLength);
            b.HasIndex(r => r.PlanId);
            b.HasQueryFilter(r => RiskManagementPlans.Any(p => p.Id == r.PlanId));
        });

        builder.Entity<Plans.RiskAction>(b =>
        {
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Description).HasMaxLength(Plans.RiskPlanInput.MaxTextLength);
            b.Property(a => a.Owner).HasMaxLength(Plans.RiskPlanInput.MaxOwnerLength);
            b.HasIndex(a => a.PlanId);
            b.HasIndex(a => a.DueOn);
            b.HasQueryFilter(a => RiskManagementPlans.Any(p => p.Id == a.PlanId));
        });

        builder.Entity<Sharing.SharingAgreement>(b =>
        {
            b.Property(a => a.Title).HasMaxLength(200);
            b.Property(a => a.Purpose).HasMaxLength(2000);
            b.Property(a => a.LegalBasis).HasMaxLength(2000);
            b.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId);
            Versioned(b);
        });

        builder.Entity<Sharing.AgreementParty>(b =>
        {
            b.Property(p => p.Categories).HasConversion<int>();
            b.HasIndex(p => new { p.AgreementId, p.AgencyId }).IsUnique();
        });

        builder.Entity<Sharing.CaseShare>(b =>
        {
            b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(s => s.Categories).HasConversion<int>();
            b.Property(s => s.OverrideReason).HasMaxLength(1000);
            b.HasIndex(s => new { s.CaseId, s.PartnerAgencyId });
            b.HasIndex(s => new { s.PartnerAgencyId, s.IsActive });
            b.HasIndex(s => s.AgreementId);
        });

        builder.Entity<Sharing.Withholding>(b =>
        {
            b.Property(w => w.Categories).HasConversion<int>();
            b.Property(w => w.Reason).HasMaxLength(1000);
            b.HasIndex(w => w.CaseId);
        });

        builder.Entity<Sharing.AgreementRevision>(b =>
        {
            b.Property(r => r.Title).HasMaxLength(200);
            b.Property(r => r.Purpose).HasMaxLength(2000);
            b.Property(r => r.LegalBasis).HasMaxLength(2000);
            b.Property(r => r.Parties).HasMaxLength(4000);
            b.Property(r => r.Reason).HasMaxLength(1000);
            b.HasIndex(r => new { r.AgreementId, r.Revision }).IsUnique();
        });

        builder.Entity<Sharing.LocationGrant>(b =>
        {
            b.Property(g => g.Reason).HasMaxLength(1000);
            b.HasIndex(g => new { g.PersonId, g.UserId });
            b.HasIndex(g => g.CaseId);
        });

        builder.Entity<Sharing.Consent>(b =>
        {
            b.Property(c => c.Scope).HasMaxLength(1000);
            b.HasIndex(c => c.CaseId);
        });

        builder.Entity<Service>(b =>
        {
            b.Property(s => s.Name).HasMaxLength(200);
            b.Property(s => s.Contact).HasMaxLength(1000);
            b.HasIndex(s => s.Name);
            b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Referral>(b =>
        {
            b.Property(r => r.Reason).HasMaxLength(Referral.MaxReasonLength);
            b.Property(r => r.DeclineReason).HasMaxLength(Referral.MaxReasonLength);
            b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => new { r.CaseId, r.SentAt });
            b.HasIndex(r => new { r.ProviderAgencyId, r.SentAt });
            b.HasIndex(r => new { r.ReferredByAgencyId, r.SentAt });

            // The referring agency reads a referral where it may see the case; the providing agency reads the referral
            // itself (never the case: it is not joined through Cases on that side). See ADR 7.
            b.HasQueryFilter(r => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || ((EF.Parameter(ScopeReadsCasesWhenTrue) != null) && ((r.ReferredByAgencyId == ScopeAgencyId && Cases.Any(c => c.Id == r.CaseId))
                || r.ProviderAgencyId == ScopeAgencyId)));
        });

        builder.Entity<Notification>(b =>
        {
            b.Property(n => n.Text).HasMaxLength(400);
            b.Property(n => n.Link).HasMaxLength(200);
            b.HasIndex(n => new { n.UserId, n.IsRead });
            b.HasIndex(n => new { n.AgencyId, n.IsRead });
            b.HasQueryFilter(n => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || n.UserId == ScopeUserId || n.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Meeting>(b =>
        {
            b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(m => m.Purpose).HasMaxLength(2000);
            foreach (var text in new[] { nameof(Meeting.CoerciveControlMinutes), nameof(Meeting.HarmToChildMinutes),
                nameof(Meeting.ProtectiveEffortsMinutes), nameof(Meeting.ChildImpactMinutes), nameof(Meeting.IntersectingFactorsMinutes),
                nameof(Meeting.OtherMinutes), nameof(Meeting.Decisions) })
            {
                b.Property(text).HasMaxLength(MeetingInput.MaxTextLength);
            }

            b.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(m => m.Actions).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(m => new { m.CaseId, m.HeldOn });
            Versioned(b);

            // A partner sees a case's meetings only if its agreement gives it meetings; which minutes it reads is the service's to filter.
            b.HasQueryFilter(m => !m.IsDeleted && (Cases.Any(c => c.Id == m.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId))
                || ((EF.Parameter(ScopeReceivesSharesWhenTrue) != null) && CaseShares.Any(s => s.CaseId == m.CaseId && s.PartnerAgencyId == ScopeAgencyId && s.IsActive && s.ActiveFrom <= ScopeToday && (s.ValidUntil == null || s.ValidUntil >= ScopeToday) && (s.Categories & Sharing.InformationCategory.Meetings) != Sharing.InformationCategory.None)))
                && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || !Withholdings.Any(w => w.CaseId == m.CaseId && w.LiftedAt == null && (w.UserId == ScopeUserId || w.AgencyId == ScopeAgencyId)
                    && (w.Categories & Sharing.InformationCategory.Meetings) != Sharing.InformationCategory.None)));
        });

        builder.Entity<MeetingAttendee>(b =>
        {
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Name).HasMaxLength(MeetingInput.MaxNameLength);
            b.Property(a => a.Role).HasMaxLength(MeetingInput.MaxNameLength);
            b.HasIndex(a => a.MeetingId);
            b.HasQueryFilter(a => Meetings.Any(m => m.Id == a.MeetingId));
        });

        builder.Entity<MeetingAction>(b =>
        {
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Description).HasMaxLength(MeetingInput.MaxTextLength);
            b.Property(a => a.Owner).HasMaxLength(MeetingInput.MaxNameLength);
            b.Property(a => a.CompletionNote).HasMaxLength(2000);
            b.HasIndex(a => a.MeetingId);
            b.HasIndex(a => new { a.CaseId, a.Status });
            b.HasIndex(a => new { a.OwnerAgencyId, a.Status });
            Versioned(b);
            b.HasQueryFilter(a => !a.IsDeleted && Meetings.Any(m => m.Id == a.MeetingId));
        });

        builder.Entity<Map.CaseMapGap>(b =>
        {
            b.Property(g => g.RuleId).HasMaxLength(80);
            b.HasIndex(g => g.CaseId);
            b.HasIndex(g => new { g.RuleId, g.CaseId });

            // Counted only over cases the caller may see and its agency owns (a partner never counts another agency's gaps).
            b.HasQueryFilter(g => Cases.Any(c => c.Id == g.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId)));
        });

        // Names kept per case for name search (ADR 8): a sieve read only inside the filtered case query, so no filter here.
        builder.Entity<CaseSearchName>(b =>
        {
            b.HasKey(n => n.CaseId);
            b.HasOne<Case>().WithOne().HasForeignKey<CaseSearchName>(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);

            // A team's search walks its own rows. SQLite keeps the names in the index too, so the walk never leaves it;
            // PostgreSQL cannot (a B-tree entry holds at most about 2,700 bytes, and a large family's names may not fit).
            if (IsPostgres)
            {
                b.HasIndex(n => n.TeamId);
            }
            else
            {
                b.HasIndex(n => new { n.TeamId, n.Names });
            }
        });

        // The dashboard's kept figures: counts only, each row carrying its agency so that the filter is a column compare.
        builder.Entity<Dashboards.DashboardCase>(b =>
        {
            b.HasKey(c => c.CaseId);

            // Every read names the agency, and a team's reads the team too: both lead each index, so each is one seek.
            b.HasIndex(c => new { c.AgencyId, c.IsOpen, c.HasPerpetrator, c.HasPerpetratorGoal });
            b.HasIndex(c => new { c.AgencyId, c.TeamId, c.IsOpen, c.HasPerpetrator, c.HasPerpetratorGoal });
            b.HasIndex(c => new { c.AgencyId, c.OpenedOn, c.ClosedOn });
            b.HasIndex(c => new { c.AgencyId, c.TeamId, c.OpenedOn, c.ClosedOn });
            b.HasQueryFilter(c => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Dashboards.DashboardCaseDay>(b =>
        {
            b.HasKey(d => new { d.CaseId, d.Day });

            // Only days of contact with him are looked up, by period: partial indexes of those days alone.
            b.HasIndex(d => new { d.AgencyId, d.Day, d.CaseId, d.OpenedOn, d.ClosedOn }).HasFilter("\"PerpetratorContact\"");
            b.HasIndex(d => new { d.AgencyId, d.TeamId, d.Day, d.CaseId, d.OpenedOn, d.ClosedOn }).HasFilter("\"PerpetratorContact\"");
            b.HasQueryFilter(d => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || d.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Dashboards.DashboardTeamDay>(b =>
        {
            b.HasKey(d => new { d.AgencyId, d.TeamId, d.Day });
            b.HasIndex(d => new { d.AgencyId, d.Day });
            b.HasQueryFilter(d => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || d.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Dashboards.DashboardTeamGap>(b =>
        {
            b.HasKey(g => new { g.AgencyId, g.TeamId, g.RuleId, g.ComponentKey });
            b.Property(g => g.RuleId).HasMaxLength(80);
            b.HasQueryFilter(g => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || g.AgencyId == ScopeAgencyId);
        });

        // Supervision, reviews and implementation are the owning agency's own business: partners never see them.
        builder.Entity<Supervision.SupervisionSession>(b =>
        {
            b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(s => s.Components).HasConversion<int>();
            b.Property(s => s.Coaching).HasConversion<int>();
            b.Property(s => s.GapsFound).HasMaxLength(Supervision.SupervisionLimits.MaxTextLength);
            b.Property(s => s.CoachingNotes).HasMaxLength(Supervision.SupervisionLimits.MaxTextLength);
            b.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(s => new { s.CaseId, s.HeldOn });
            b.HasIndex(s => new { s.SupervisorId, s.HeldOn });
            Versioned(b);
            b.HasQueryFilter(s => !s.IsDeleted && Cases.Any(c => c.Id == s.CaseId && ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.OwningAgencyId == ScopeAgencyId)));
        });

        builder.Entity<Supervision.SupervisionAction>(b =>
        {
            b.Property(a => a.Description).HasMaxLength(Supervision.SupervisionLimits.MaxActionLength);
            b.Property(a => a.FollowUpNote).HasMaxLength(Supervision.SupervisionLimits.MaxActionLength);
            b.HasIndex(a => new { a.CaseId, a.Status });
            Versioned(b);
            b.HasQueryFilter(a => SupervisionSessions.Any(s => s.Id == a.SessionId));
        });

        builder.Entity<Reviews.ReviewSample>(b =>
        {
            b.HasIndex(s => new { s.AgencyId, s.DrawnAt });
            b.HasQueryFilter(s => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || s.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Reviews.CaseReview>(b =>
        {
            b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(r => r.PreScorerVersion).HasMaxLength(40);
            b.Property(r => r.Summary).HasMaxLength(Reviews.ReviewLimits.MaxTextLength);
            b.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(r => new { r.AgencyId, r.Status, r.ConfirmedOn });
            b.HasIndex(r => r.CaseId);
            b.HasIndex(r => r.SampleId);
            Versioned(b);
            b.HasQueryFilter(r => ((EF.Parameter(ScopeIsSystemWhenTrue) != null) || r.AgencyId == ScopeAgencyId) && Cases.Any(c => c.Id == r.CaseId));
        });

        builder.Entity<Reviews.CriterionRating>(b =>
        {
            b.Property(r => r.Criterion).HasConversion<int>();
            b.Property(r => r.PreScore).HasConversion<int>();
            b.Property(r => r.Rating).HasConversion<int?>();
            b.Property(r => r.ChangeReason).HasMaxLength(Reviews.ReviewLimits.MaxReasonLength);
            b.HasIndex(r => new { r.ReviewId, r.Criterion }).IsUnique();
            b.HasQueryFilter(r => CaseReviews.Any(v => v.Id == r.ReviewId));
        });

        builder.Entity<Implementation.TrainingRecord>(b =>
        {
            b.Property(t => t.AttendeeName).HasMaxLength(200);
            b.HasIndex(t => new { t.AgencyId, t.AttendedOn });
            b.HasQueryFilter(t => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || t.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Implementation.PracticeChampion>(b =>
        {
            b.HasIndex(c => new { c.AgencyId, c.UserId });
            b.HasQueryFilter(c => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || c.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Implementation.PracticeMeeting>(b =>
        {
            b.Property(m => m.Attendees).HasMaxLength(2000);
            b.Property(m => m.Learning).HasMaxLength(8000);
            b.HasMany(m => m.CasesDiscussed).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(m => new { m.AgencyId, m.HeldOn });
            Versioned(b);
            b.HasQueryFilter(m => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || m.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Implementation.PracticeMeetingCase>(b =>
        {
            b.HasIndex(c => c.MeetingId);

            // A case discussed is listed only to someone who may see the case.
            b.HasQueryFilter(c => PracticeMeetings.Any(m => m.Id == c.MeetingId) && Cases.Any(k => k.Id == c.CaseId));
        });

        builder.Entity<Implementation.Presentation>(b =>
        {
            b.Property(p => p.Audience).HasMaxLength(200);
            b.Property(p => p.Topic).HasMaxLength(400);
            b.Property(p => p.Presenter).HasMaxLength(200);
            b.HasIndex(p => new { p.AgencyId, p.GivenOn });
            b.HasQueryFilter(p => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || p.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Implementation.ContinuumAssessment>(b =>
        {
            b.Property(a => a.Notes).HasMaxLength(4000);
            b.HasMany(a => a.Ratings).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(a => new { a.AgencyId, a.AssessedOn });
            b.HasQueryFilter(a => (EF.Parameter(ScopeIsSystemWhenTrue) != null) || a.AgencyId == ScopeAgencyId);
        });

        builder.Entity<Implementation.ContinuumRating>(b =>
        {
            b.Property(r => r.Evidence).HasMaxLength(2000);
            b.HasIndex(r => new { r.AssessmentId, r.Area }).IsUnique();
            b.HasQueryFilter(r => ContinuumAssessments.Any(a => a.Id == r.AssessmentId));
        });

        builder.Entity<AuditEvent>(b =>
        {
            b.ToTable("audit_events");
            b.HasKey(e => e.Sequence);
            b.Property(e => e.Sequence).ValueGeneratedNever();
            b.Property(e => e.UserName).HasMaxLength(256);
            b.Property(e => e.Role).HasMaxLength(40);
            b.Property(e => e.Detail).HasMaxLength(1000);
            b.Property(e => e.PreviousHash).HasMaxLength(64);
            b.Property(e => e.Hash).HasMaxLength(64);
            b.HasIndex(e => e.CaseId);
            b.HasIndex(e => e.PersonId);
        });

        builder.Entity<ChainHead>(b =>
        {
            b.ToTable("audit_chain_head");
            b.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(h => h.LastSequence).HasColumnName("last_sequence");
            b.Property(h => h.LastHash).HasColumnName("last_hash").HasMaxLength(64);
            b.HasData(new ChainHead { Id = 1, LastSequence = 0, LastHash = AuditHash.Genesis });
        });

        builder.Entity<Counter>(b =>
        {
            b.ToTable("counters");
            b.HasKey(c => c.Name);
            b.Property(c => c.Name).HasColumnName("name").HasMaxLength(60);
            b.Property(c => c.Value).HasColumnName("value");
            b.HasData(new Counter { Name = CaseReferences.CounterName, Value = 0 });
        });
    }

    private void Versioned<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b)
        where T : class, IVersioned
    {
        if (IsPostgres)
        {
            b.Property(e => e.Version).IsRowVersion();
        }
        else
        {
            b.Property(e => e.Version).IsConcurrencyToken();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Sharing.PartnerWrites.GuardAsync(this, cancellationToken);
        BumpVersions();
        if (CaseSearchNamesOnRecord.Find(ChangeTracker) is not { } touched)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The kept names change in the same transaction as the people they come from.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await CaseSearchNamesOnRecord.RefreshAsync(this, touched, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // Synchronous saves come only from tooling; the same guard applies.
        Sharing.PartnerWrites.GuardAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        BumpVersions();
        if (CaseSearchNamesOnRecord.Find(ChangeTracker) is not { } touched)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        CaseSearchNamesOnRecord.RefreshAsync(this, touched, CancellationToken.None).GetAwaiter().GetResult();
        base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        return saved;
    }

    /// <summary>On SQLite the application keeps the concurrency token; PostgreSQL's xmin moves by itself.</summary>
    private void BumpVersions()
    {
        if (IsPostgres)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var original = (uint)entry.Property(e => e.Version).OriginalValue;
                entry.Property(e => e.Version).CurrentValue = original + 1;
            }
        }
    }
}
