using Lantern.Core.Cases;
using Lantern.Practice.Screening;

namespace Lantern.Core.Intakes;

/// <summary>A concern or referral received about a family, with its domestic abuse screening.</summary>
public sealed class Intake : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public IntakeSource Source { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string Narrative { get; set; } = "";
    public IntakeStatus Status { get; set; }
    public ScreeningAnswer HarmOrFearFromPartner { get; set; }
    public ScreeningAnswer ControllingBehaviour { get; set; }
    public ScreeningAnswer PoliceOrCourtInvolvement { get; set; }
    public ScreeningAnswer ChildrenHarmedOrUsed { get; set; }
    public ScreeningOutcome ScreeningOutcome { get; set; }
    public string? ReasonUnableToScreen { get; set; }
    public Guid RecordedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }

    public DomesticAbuseScreening Screening() => new(
        new Dictionary<ScreeningQuestion, ScreeningAnswer>
        {
            [ScreeningQuestion.HarmOrFearFromPartner] = HarmOrFearFromPartner,
            [ScreeningQuestion.ControllingBehaviour] = ControllingBehaviour,
            [ScreeningQuestion.PoliceOrCourtInvolvement] = PoliceOrCourtInvolvement,
            [ScreeningQuestion.ChildrenHarmedOrUsed] = ChildrenHarmedOrUsed,
        },
        ScreeningOutcome,
        ReasonUnableToScreen);
}
