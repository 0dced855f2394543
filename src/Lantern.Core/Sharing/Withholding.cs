namespace Lantern.Core.Sharing;

/// <summary>
/// Information on a case kept from a named person or a named agency, with the reason, whatever any agreement says
/// (the survivor fears a particular officer; a colleague is related to the family). Lifted, it stops at once.
/// </summary>
public sealed class Withholding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public InformationCategory Categories { get; set; }

    /// <summary>The person it is kept from; or null when it is kept from a whole agency.</summary>
    public Guid? UserId { get; set; }
    public Guid? AgencyId { get; set; }
    public string Reason { get; set; } = "";
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }
}
