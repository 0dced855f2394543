namespace Lantern.Core.Agencies;

public sealed class Agency : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public AgencyType Type { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
    public List<Team> Teams { get; } = [];
}
