using Lantern.Core.Agencies;
using Lantern.Core.Intakes;

namespace Lantern.Core.Cases;

/// <summary>One family's episode with an agency.</summary>
public sealed class Case : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Reference { get; set; }
    public CaseStatus Status { get; set; }
    public Guid OwningAgencyId { get; set; }
    public Agency? OwningAgency { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public Guid? AllocatedWorkerId { get; set; }
    public LanternUser? AllocatedWorker { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string PresentingConcerns { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Names are masked in lists and search for everyone but the allocated team (a worker's or a family member's own case, a public figure).</summary>
    public bool IsRestricted { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
    public List<CaseParticipant> Participants { get; } = [];
    public List<Intake> Intakes { get; } = [];
}
