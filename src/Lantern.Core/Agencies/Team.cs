namespace Lantern.Core.Agencies;

public sealed class Team
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public required string Name { get; set; }
}
