using System.Collections.Frozen;
using System.Text.Json;
using Lantern.Core.Agencies;

namespace Lantern.Core.Access.Policy;

/// <summary>
/// Who may do what: the table in access-policy.json (role × relationship to the case × resource × operation), read once.
/// The roles' capabilities (which roles read cases, see the whole agency, receive shares, hold supervision, …) are
/// asked of it rather than written into the code, and the assurance tests enumerate it against the running app.
/// </summary>
public sealed class AccessPolicy
{
    private const string ResourceName = "Lantern.Core.Access.access-policy.json";

    private static readonly Lazy<AccessPolicy> Embedded = new(() =>
    {
        using var stream = typeof(AccessPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The access policy ({ResourceName}) is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private readonly FrozenDictionary<AccessRight, PolicyRule> rules;

    private AccessPolicy(IReadOnlyList<PolicyRule> ordered)
    {
        Rules = ordered;
        rules = ordered.ToFrozenDictionary(r => r.AccessRight);
    }

    /// <summary>The policy the application runs under.</summary>
    public static AccessPolicy Current => Embedded.Value;

    public IReadOnlyList<PolicyRule> Rules { get; }

    public PolicyRule Rule(AccessRight permission) => rules.TryGetValue(permission, out var rule) ? rule
        : throw new InvalidOperationException($"The access policy has no rule for {permission}.");

    /// <summary>Whether the role may do this to some record (or, for an agency-wide rule, at all).</summary>
    public bool Permits(string role, AccessRight permission) => Rule(permission).Roles.TryGetValue(role, out var grant) && grant.PermitsAny;

    public bool Permits(string role, AccessRight permission, CaseRelationship relationship) =>
        Rule(permission).Outcome(role, relationship) == PolicyOutcome.Allowed;

    public IReadOnlyList<string> RolesPermitted(AccessRight permission) => LanternRoles.All.Where(r => Permits(r, permission)).ToList();

    /// <summary>What the request should answer for a user holding these roles: the most any of them allows.</summary>
    public PolicyOutcome Outcome(IEnumerable<string> roles, AccessRight permission, CaseRelationship? relationship)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var rule = Rule(permission);
        var outcomes = roles.Select(r => rule.Outcome(r, relationship)).ToList();
        return outcomes.Contains(PolicyOutcome.Allowed) ? PolicyOutcome.Allowed
            : outcomes.Contains(PolicyOutcome.Hidden) ? PolicyOutcome.Hidden
            : PolicyOutcome.Refused;
    }

    /// <summary>Reads and checks a policy: every rule names every role, only known relationships, and the rows the code asks about.</summary>
    public static AccessPolicy Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parsed = new List<PolicyRule>();
        foreach (var row in document.RootElement.GetProperty("rules").EnumerateArray())
        {
            var permission = new AccessRight(row.GetProperty("resource").GetString()!, row.GetProperty("operation").GetString()!);
            var agencyWide = row.TryGetProperty("agency-wide", out var wide) && wide.GetBoolean();
            var roles = new Dictionary<string, RoleGrant>(StringComparer.Ordinal);
            foreach (var cell in row.GetProperty("roles").EnumerateObject())
            {
                if (!LanternRoles.All.Contains(cell.Name))
                {
                    throw new FormatException($"{permission}: '{cell.Name}' is not a role.");
                }

                roles[cell.Name] = Grant(permission, agencyWide, cell.Value);
            }

            if (LanternRoles.All.FirstOrDefault(r => !roles.ContainsKey(r)) is { } missing)
            {
                throw new FormatException($"{permission}: the role {missing} has no cell; say 'refused' rather than leave it out.");
            }

            if (parsed.Any(p => p.AccessRight == permission))
            {
                throw new FormatException($"{permission} is in the policy twice.");
            }

            parsed.Add(new PolicyRule(permission, agencyWide, Text(row, "category"), Text(row, "note"), roles));
        }

        var policy = new AccessPolicy(parsed);
        if (AccessRights.AskedByTheCode.FirstOrDefault(p => !policy.rules.ContainsKey(p)) is { Resource: not null } absent)
        {
            throw new FormatException($"The code asks about {absent}, which the policy does not say.");
        }

        return policy;
    }

    private static RoleGrant Grant(AccessRight permission, bool agencyWide, JsonElement cell)
    {
        if (cell.ValueKind == JsonValueKind.String)
        {
            return cell.GetString() switch
            {
                "refused" => RoleGrant.Nowhere,
                "allow" when agencyWide => RoleGrant.Everywhere,
                var other => throw new FormatException($"{permission}: '{other}' is not a cell (say 'refused', or 'allow' on an agency-wide rule)."),
            };
        }

        if (agencyWide)
        {
            throw new FormatException($"{permission} is agency-wide: each role is 'allow' or 'refused'.");
        }

        return new RoleGrant(false, Relationships(permission, cell, "allow"), Relationships(permission, cell, "refuse"));
    }

    private static HashSet<CaseRelationship> Relationships(AccessRight permission, JsonElement cell, string name)
    {
        var set = new HashSet<CaseRelationship>();
        if (cell.TryGetProperty(name, out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                set.Add(RelationshipNamed(item.GetString()) ?? throw new FormatException($"{permission}: '{item.GetString()}' is not a relationship."));
            }
        }

        return set;
    }

    /// <summary>The policy file's name for a relationship ("own-allocation") and back.</summary>
    public static string NameOf(CaseRelationship relationship) => string.Concat(relationship.ToString()
        .Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static CaseRelationship? RelationshipNamed(string? name) =>
        Enum.GetValues<CaseRelationship>().Cast<CaseRelationship?>().FirstOrDefault(r => NameOf(r!.Value) == name);

    private static string? Text(JsonElement row, string name) => row.TryGetProperty(name, out var value) ? value.GetString() : null;
}
