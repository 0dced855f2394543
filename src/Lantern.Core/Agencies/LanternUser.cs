using Microsoft.AspNetCore.Identity;

namespace Lantern.Core.Agencies;

/// <summary>A person who signs in. Every user belongs to exactly one agency.</summary>
public sealed class LanternUser : IdentityUser<Guid>
{
    public LanternUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }
    public Guid AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public bool IsDisabled { get; set; }

    /// <summary>Need-to-know permission to see confidential (safe) addresses on cases the user may see.</summary>
    public bool MayViewConfidentialAddresses { get; set; }
}
