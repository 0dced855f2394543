using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Agencies;

/// <summary>
/// Agencies, teams and accounts, for administrators. Nothing here reads case content. Every change is
/// audited in the same transaction; disabling an account also changes its security stamp, so that the
/// user's sessions and tokens stop working on their very next request.
/// </summary>
public sealed class AccountAdministration(LanternDbContext db, UserManager<LanternUser> users, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgencyView>> ListAgenciesAsync(CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Type, a.CreatedAt })
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.AgencyId, t.Name })
            .ToListAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Select(u => new { u.AgencyId, u.TeamId }).ToListAsync(cancellationToken);
        var perAgency = members.CountBy(m => m.AgencyId).ToDictionary();
        var perTeam = members.Where(m => m.TeamId is not null).CountBy(m => m.TeamId!.Value).ToDictionary();
        var teamsByAgency = teams.ToLookup(t => t.AgencyId, t => new TeamView(t.Id, t.Name, perTeam.GetValueOrDefault(t.Id)));
        return agencies
            .Select(a => new AgencyView(a.Id, a.Name, a.Type, a.CreatedAt, perAgency.GetValueOrDefault(a.Id), teamsByAgency[a.Id].ToList()))
            .ToList();
    }

    public async Task<AgencyView?> GetAgencyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var all = await ListAgenciesAsync(cancellationToken);
        return all.FirstOrDefault(a => a.Id == id);
    }

    public async Task<Agency> CreateAgencyAsync(NewAgencyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(input.Name) && await AgencyNameTakenAsync(input.Name, cancellationToken))
        {
            errors["Name"] = ["There is already an agency with this name."];
        }

        if (input.Type is { } type && !Enum.IsDefined(type))
        {
            errors["Type"] = ["Choose the kind of agency from the list."];
        }

        InputRules.Enforce(input, errors);
        var agency = new Agency { Name = input.Name!.Trim(), Type = input.Type!.Value, CreatedAt = clock.Now() };
        db.Agencies.Add(agency);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AgencyCreated, SubjectId: agency.Id, Detail: $"type={agency.Type}"));
        return agency;
    }

    /// <returns>Null when there is no such agency.</returns>
    public async Task<Team?> AddTeamAsync(Guid agencyId, NewTeamInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim();
        if (!string.IsNullOrEmpty(name))
        {
            // Teams and agencies are few: compare names here, the same way on both databases.
            var names = await db.Teams.Where(t => t.AgencyId == agencyId).Select(t => t.Name).ToListAsync(cancellationToken);
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors["Name"] = ["This agency already has a team with this name."];
            }
        }

        InputRules.Enforce(input, errors);
        var team = new Team { AgencyId = agencyId, Name = name! };
        db.Teams.Add(team);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.TeamCreated, SubjectId: team.Id, Detail: $"agency={agencyId:N}"));
        return team;
    }

    public async Task<IReadOnlyList<UserView>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var list = await db.Users.AsNoTracking()
            .OrderBy(u => u.Agency!.Name).ThenBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.AgencyId,
                AgencyName = u.Agency!.Name,
                TeamName = u.Team != null ? u.Team.Name : null,
                u.IsDisabled,
                u.LockoutEnd,
                u.MayViewConfidentialAddresses,
            })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Name = r.Name! })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name);
        var now = clock.GetUtcNow();
        return list.Select(u => new UserView(u.Id, u.UserName ?? "", u.DisplayName, u.AgencyId, u.AgencyName, u.TeamName,
                LanternRoles.All.Where(rolesByUser[u.Id].Contains).ToList(), u.IsDisabled, u.LockoutEnd > now, u.MayViewConfidentialAddresses))
            .ToList();
    }

    public async Task<LanternUser> CreateUserAsync(NewUserInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var errors = new Dictionary<string, string[]>();
        if (input.Roles.Count == 0)
        {
            errors["Roles"] = ["Choose at least one role."];
        }
        else if (input.Roles.Any(r => !LanternRoles.All.Contains(r)))
        {
            errors["Roles"] = ["Choose roles from the list."];
        }

        if (input.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            errors["AgencyId"] = ["Choose an agency from the list."];
        }
        else if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyId == input.AgencyId, cancellationToken))
        {
            errors["TeamId"] = ["Choose a team in the user's agency, or no team."];
        }

        if (!string.IsNullOrWhiteSpace(input.UserName) && await users.FindByNameAsync(input.UserName.Trim()) is not null)
        {
            errors["UserName"] = ["This user name is already taken."];
        }

        InputRules.Enforce(input, errors);
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var user = await CreateAccountAsync(input.UserName!, input.DisplayName!, input.AgencyId!.Value, input.TeamId, input.Password!,
            input.MayViewConfidentialAddresses, input.Roles.Distinct().ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <returns>False when there is no such user.</returns>
    public async Task<bool> SetDisabledAsync(Guid userId, bool disabled, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        if (disabled && db.Scope.Kind == ScopeKind.User && userId == db.Scope.UserId)
        {
            throw new InvalidInputException("", "You cannot disable your own account. Ask another administrator to do it.");
        }

        if (user.IsDisabled == disabled)
        {
            return true;
        }

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        user.IsDisabled = disabled;

        // A new security stamp ends every session and token the user holds (the stamp is checked on each request).
        Check(disabled ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user));
        await audit.SaveAsync(cancellationToken, new AuditEntry(disabled ? AuditAction.UserDisabled : AuditAction.UserEnabled, SubjectId: userId));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends a lockout after repeated failed sign-ins.</summary>
    /// <returns>False when there is no such user.</returns>
    public async Task<bool> UnlockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("manage agencies and accounts");
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.UserUnlocked, SubjectId: userId));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> HasAnyUsersAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    /// <summary>
    /// Creates the first administrator and their agency on an installation with no accounts at all. Anyone may
    /// call it (nobody can sign in yet), so it refuses as soon as a single account exists.
    /// </summary>
    /// <returns>Null when an account already exists.</returns>
    public async Task<LanternUser?> CreateFirstAdministratorAsync(FirstAdministratorInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await HasAnyUsersAsync(cancellationToken))
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        if (input.AgencyType is { } type && !Enum.IsDefined(type))
        {
            errors["AgencyType"] = ["Choose the kind of agency from the list."];
        }

        InputRules.Enforce(input, errors);
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);

        // Take the counter row's lock first, so that two people racing to set up cannot both succeed.
        await db.Database.ExecuteSqlAsync($"UPDATE counters SET value = value WHERE name = {CaseReferences.CounterName}", cancellationToken);
        if (await HasAnyUsersAsync(cancellationToken))
        {
            return null;
        }

        var name = input.AgencyName!.Trim();
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Name == name, cancellationToken);
        if (agency is null)
        {
            agency = new Agency { Name = name, Type = input.AgencyType!.Value, CreatedAt = clock.Now() };
            db.Agencies.Add(agency);
        }

        audit.ActorName = input.UserName!.Trim();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AgencyCreated, SubjectId: agency.Id, Detail: $"type={agency.Type};setup=true"));
        var user = await CreateAccountAsync(input.UserName!, input.DisplayName!, agency.Id, null, input.Password!, false,
            [LanternRoles.Administrator], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    private async Task<LanternUser> CreateAccountAsync(string userName, string displayName, Guid agencyId, Guid? teamId, string password,
        bool mayViewConfidentialAddresses, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var user = new LanternUser
        {
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            AgencyId = agencyId,
            TeamId = teamId,
            MayViewConfidentialAddresses = mayViewConfidentialAddresses,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidInputException(created.Errors
                .GroupBy(e => FieldFor(e.Code))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        Check(await users.AddToRolesAsync(user, roles));
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.UserCreated, SubjectId: user.Id,
            Detail: $"roles={string.Join(',', roles)};agency={agencyId:N};confidential={mayViewConfidentialAddresses}"));
        return user;
    }

    private async Task<bool> AgencyNameTakenAsync(string name, CancellationToken cancellationToken)
    {
        var names = await db.Agencies.Select(a => a.Name).ToListAsync(cancellationToken);
        return names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    private static string FieldFor(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
        : "";

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new EditConflictException("Someone else changed this account at the same time. Reload the page and try again.");
        }

        throw new InvalidOperationException("The account could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
