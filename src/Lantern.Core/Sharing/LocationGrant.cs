namespace Lantern.Core.Sharing;

/// <summary>
/// A named partner user allowed to see one person's confidential address on a case shared with their agency, with
/// the reason. It counts only while the agency's share includes the survivor's location: the agreement's category and
/// this individual grant, both. Revoked, it stops at once.
/// </summary>
public sealed class LocationGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public Guid UserId { get; set; }
    public string Reason { get; set; } = "";
    public Guid GrantedById { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
