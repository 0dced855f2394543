namespace Lantern.Core.Implementation;

/// <summary>The agency's monthly practice meeting: who came, which cases were discussed, and what was learnt.</summary>
public sealed class PracticeMeeting : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Attendees { get; set; } = "";
    public string Learning { get; set; } = "";
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public uint Version { get; set; }

    public List<PracticeMeetingCase> CasesDiscussed { get; } = [];
}

/// <summary>A case discussed at a practice meeting.</summary>
public sealed class PracticeMeetingCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid CaseId { get; set; }
}

public enum PresentationAudience
{
    OwnUnit,
    OtherUnit,
    PartnerAgency,
}

/// <summary>A presentation of the model given to a unit or a partner agency.</summary>
public sealed class Presentation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public DateOnly GivenOn { get; set; }
    public PresentationAudience AudienceKind { get; set; }
    public string Audience { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Presenter { get; set; } = "";
    public int? AttendeeCount { get; set; }
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
