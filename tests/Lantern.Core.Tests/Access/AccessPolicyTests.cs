using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
using Lantern.Core.Agencies;
using Xunit;

namespace Lantern.Core.Tests.Access;

/// <summary>The access policy table: what it refuses to load, and the capabilities the code reads from it.</summary>
public sealed class AccessPolicyTests
{
    private const string OneRule = """
        { "rules": [ { "resource": "case", "operation": "read", "roles": {
          "Practitioner": { "allow": ["own-allocation"] }, "Supervisor": "refused", "Manager": "refused", "Reviewer": "refused",
          "PartnerPractitioner": "refused", "Administrator": "refused" ROLE_END } } ] }
        """;

    [Fact]
    public void TheEmbeddedPolicy_GivesTheRolesTheirCapabilities()
    {
        var scopes = LanternRoles.All.ToDictionary(r => r, r =>
        {
            var scope = new AccessScope();
            scope.SetUser(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [r], mayViewConfidentialAddresses: false);
            return scope;
        });

        Assert.Equal([LanternRoles.Manager, LanternRoles.Reviewer], LanternRoles.All.Where(r => scopes[r].SeesWholeAgency));
        Assert.Equal([LanternRoles.PartnerPractitioner], LanternRoles.All.Where(r => scopes[r].ReceivesShares));
        Assert.Equal([LanternRoles.Supervisor], LanternRoles.All.Where(r => scopes[r].SeesTeamSafetyPlans));
        Assert.Equal([LanternRoles.Practitioner, LanternRoles.Supervisor, LanternRoles.Manager, LanternRoles.PartnerPractitioner], LanternRoles.All.Where(r => scopes[r].WritesCases));
        Assert.DoesNotContain(LanternRoles.Administrator, LanternRoles.All.Where(r => scopes[r].ReadsCases));
        Assert.Equal([LanternRoles.Administrator], LanternRoles.All.Where(r => scopes[r].IsAdministrator));
        Assert.Equal([LanternRoles.Supervisor, LanternRoles.Manager], AccessPolicy.Current.RolesPermitted(AccessRights.ReadDataQuality));
        Assert.Equal([LanternRoles.Manager], AccessPolicy.Current.RolesPermitted(AccessRights.OverrideConsent));
    }

    [Fact]
    public void Outcomes_AllowRefuseOrHide_ByRelationship()
    {
        var policy = AccessPolicy.Current;
        Assert.Equal(PolicyOutcome.Allowed, policy.Outcome([LanternRoles.PartnerPractitioner], AccessRights.ReadCase, CaseRelationship.PartnerWithConsent));
        Assert.Equal(PolicyOutcome.Hidden, policy.Outcome([LanternRoles.PartnerPractitioner], AccessRights.ReadCase, CaseRelationship.PartnerWithoutConsent));
        Assert.Equal(PolicyOutcome.Refused, policy.Outcome([LanternRoles.PartnerPractitioner], AccessRights.UpdateCase, CaseRelationship.PartnerWithConsent));
        Assert.Equal(PolicyOutcome.Refused, policy.Outcome([LanternRoles.Administrator], AccessRights.ReadCase, CaseRelationship.SameTeam));

        // A user with two roles gets the most either allows.
        Assert.Equal(PolicyOutcome.Allowed, policy.Outcome([LanternRoles.Practitioner, LanternRoles.Manager], AccessRights.ReadCase, CaseRelationship.SameAgency));
    }

    [Theory]
    [InlineData("", "the role Administrator")]
    [InlineData(", \"Janitor\": \"refused\"", "'Janitor' is not a role")]
    public void APolicyThatLeavesARoleOutOrNamesAnUnknownOne_IsRefused(string roleEnd, string expected)
    {
        var json = OneRule.Replace(", \"Administrator\": \"refused\" ROLE_END", roleEnd.Length == 0 ? "" : ", \"Administrator\": \"refused\"" + roleEnd, StringComparison.Ordinal);
        var error = Assert.Throws<FormatException>(() => AccessPolicy.Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APolicyWithAnUnknownRelationship_OrWithoutARowTheCodeAsksAbout_IsRefused()
    {
        var unknown = OneRule.Replace("own-allocation", "neighbour", StringComparison.Ordinal).Replace(" ROLE_END", "", StringComparison.Ordinal);
        Assert.Contains("'neighbour' is not a relationship", Assert.Throws<FormatException>(() => AccessPolicy.Parse(unknown)).Message, StringComparison.Ordinal);

        var incomplete = OneRule.Replace(" ROLE_END", "", StringComparison.Ordinal);
        Assert.Contains("which the policy does not say", Assert.Throws<FormatException>(() => AccessPolicy.Parse(incomplete)).Message, StringComparison.Ordinal);
    }
}
