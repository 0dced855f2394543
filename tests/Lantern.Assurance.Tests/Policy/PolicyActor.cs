namespace Lantern.Assurance.Tests.Policy;

/// <summary>Where a matrix user works, relative to the Calder case (owned by the child welfare agency, held by Team A).</summary>
internal enum Placement
{
    WelfareTeamA,
    WelfareTeamB,

    /// <summary>The domestic abuse service, a party to the agreement Calder is shared under, with Morag's consent.</summary>
    PartnerAgency,

    /// <summary>An agency that no agreement names.</summary>
    UnrelatedAgency,
}

/// <summary>One user of the matrix: a single role, at one placement, with no per-user permissions or grants.</summary>
internal sealed record PolicyActor(string UserName, string Role, Placement Placement, Guid UserId);
