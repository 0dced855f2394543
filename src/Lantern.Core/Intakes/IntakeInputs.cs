using System.ComponentModel.DataAnnotations;
using Lantern.Practice.Screening;

namespace Lantern.Core.Intakes;

public sealed record IntakeInput
{
    [Required(ErrorMessage = "Choose where the concern came from.")]
    public IntakeSource? Source { get; init; }

    [Required(ErrorMessage = "Enter the date the concern was received.")]
    public DateOnly? ReceivedOn { get; init; }

    [Required(ErrorMessage = "Describe the concern as it was received.")]
    [StringLength(8000, ErrorMessage = "Keep the account under 8,000 characters.")]
    public string? Narrative { get; init; }

    public ScreeningAnswer HarmOrFearFromPartner { get; init; }
    public ScreeningAnswer ControllingBehaviour { get; init; }
    public ScreeningAnswer PoliceOrCourtInvolvement { get; init; }
    public ScreeningAnswer ChildrenHarmedOrUsed { get; init; }
    public ScreeningOutcome ScreeningOutcome { get; init; }

    [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? ReasonUnableToScreen { get; init; }

    /// <summary>Required when changing an existing intake.</summary>
    public uint? Version { get; init; }
}

public sealed record IntakeDetail(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    IntakeSource Source,
    DateOnly ReceivedOn,
    string Narrative,
    IntakeStatus Status,
    ScreeningAnswer HarmOrFearFromPartner,
    ScreeningAnswer ControllingBehaviour,
    ScreeningAnswer PoliceOrCourtInvolvement,
    ScreeningAnswer ChildrenHarmedOrUsed,
    ScreeningOutcome ScreeningOutcome,
    string? ReasonUnableToScreen,
    DateTimeOffset? CompletedAt,
    uint Version);
