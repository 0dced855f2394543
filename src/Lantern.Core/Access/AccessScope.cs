using Lantern.Core.Agencies;

namespace Lantern.Core.Access;

/// <summary>
/// Who is asking, for the lifetime of one request or command. The database's query filters read it, so every
/// query is scoped to what this caller may see. It starts closed: nothing is visible until it is filled in.
/// </summary>
public sealed class AccessScope
{
    public ScopeKind Kind { get; private set; } = ScopeKind.Nobody;
    public Guid UserId { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid? TeamId { get; private set; }
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public bool MayViewConfidentialAddresses { get; private set; }

    /// <summary>Managers and reviewers see every case their agency owns.</summary>
    public bool SeesWholeAgency => Roles.Contains(LanternRoles.Manager) || Roles.Contains(LanternRoles.Reviewer);

    public bool ReadsCases => Kind == ScopeKind.System || (Kind == ScopeKind.User && Roles.Any(LanternRoles.CaseWork.Contains));

    public bool WritesCases => Kind == ScopeKind.System || (Kind == ScopeKind.User && Roles.Any(r =>
        r is LanternRoles.Practitioner or LanternRoles.Supervisor or LanternRoles.Manager or LanternRoles.PartnerPractitioner));

    /// <summary>Partner agencies' practitioners: cases are shared with them under agreements.</summary>
    public bool ReceivesShares => Kind == ScopeKind.User && Roles.Contains(LanternRoles.PartnerPractitioner);

    /// <summary>Today's date for this request, against which shares and consents are in date; set with the user.</summary>
    public DateOnly Today { get; set; }

    public bool IsAdministrator => Kind == ScopeKind.User && Roles.Contains(LanternRoles.Administrator);

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
    }

    /// <summary>For migrations, seeding and the command line: sees everything, audited as the system.</summary>
    public void SetSystem()
    {
        Kind = ScopeKind.System;
        Roles = [];
        MayViewConfidentialAddresses = true;
    }

    public static AccessScope System()
    {
        var scope = new AccessScope();
        scope.SetSystem();
        return scope;
    }
}
