using Lantern.Core.Access.Policy;
using Lantern.Core.Agencies;

namespace Lantern.Core.Access;

/// <summary>
/// Who is asking, for the lifetime of one request or command. The database's query filters read it, so every
/// query is scoped to what this caller may see. It starts closed: nothing is visible until it is filled in.
/// </summary>
public sealed class AccessScope
{
    private bool readsCases;
    private bool writesCases;

    public ScopeKind Kind { get; private set; } = ScopeKind.Nobody;
    public Guid UserId { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid? TeamId { get; private set; }
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool MayViewConfidentialAddresses { get; private set; }

    /// <summary>Roles whose case reads reach every case the agency owns (managers and reviewers, by the access policy).</summary>
    public bool SeesWholeAgency { get; private set; }

    public bool ReadsCases => Kind == ScopeKind.System || (Kind == ScopeKind.User && readsCases);

    public bool WritesCases => Kind == ScopeKind.System || (Kind == ScopeKind.User && writesCases);

    /// <summary>Partner agencies' practitioners: cases are shared with them under agreements.</summary>
    public bool ReceivesShares { get; private set; }

    /// <summary>Supervisors see their team's safety plans; everyone else only those of cases allocated to them (or granted).</summary>
    public bool SeesTeamSafetyPlans { get; private set; }

    /// <summary>Today's date for this request, against which shares and consents are in date; set with the user.</summary>
    public DateOnly Today { get; set; }

    public bool IsAdministrator => Kind == ScopeKind.User && May(AccessRights.Administer);

    /// <summary>Whether one of the user's roles may do this somewhere, by the access policy (the system may do everything).</summary>
    public bool May(AccessRight permission) => Kind == ScopeKind.System || (Kind == ScopeKind.User && Roles.Any(r => AccessPolicy.Current.Permits(r, permission)));

    /// <summary>Administration is for administrators (and the system); <paramref name="what"/> finishes "Only administrators …".</summary>
    public void EnsureAdministrator(string what)
    {
        if (!IsAdministrator && Kind != ScopeKind.System)
        {
            throw new NotPermittedException($"Only administrators {what}.");
        }
    }

    /// <summary>The role written to the audit trail: the first, in the order of <see cref="LanternRoles.All"/>.</summary>
    public string? PrimaryRole => Kind == ScopeKind.System ? "System" : LanternRoles.All.FirstOrDefault(Roles.Contains);

    public void SetUser(Guid userId, Guid agencyId, Guid? teamId, IEnumerable<string> roles, bool mayViewConfidentialAddresses)
    {
        Kind = ScopeKind.User;
        UserId = userId;
        AgencyId = agencyId;
        TeamId = teamId;
        Roles = roles.ToList();
        MayViewConfidentialAddresses = mayViewConfidentialAddresses;
        var policy = AccessPolicy.Current;
        readsCases = Roles.Any(r => policy.Permits(r, AccessRights.ReadCase));
        writesCases = Roles.Any(r => policy.Permits(r, AccessRights.UpdateCase));
        SeesWholeAgency = Roles.Any(r => policy.Permits(r, AccessRights.ReadCase, CaseRelationship.SameAgency));
        ReceivesShares = Roles.Any(r => policy.Permits(r, AccessRights.ReadCase, CaseRelationship.PartnerWithConsent));
        SeesTeamSafetyPlans = Roles.Any(r => policy.Permits(r, AccessRights.ReadSafetyPlan, CaseRelationship.SameTeam));
    }

    /// <summary>For migrations, seeding and the command line: sees everything, audited as the system.</summary>
    public void SetSystem()
    {
        Kind = ScopeKind.System;
        Roles = [];
        SeesWholeAgency = false;
        ReceivesShares = false;
        SeesTeamSafetyPlans = false;
        MayViewConfidentialAddresses = true;
    }

    public static AccessScope System()
    {
        var scope = new AccessScope();
        scope.SetSystem();
        return scope;
    }
}
