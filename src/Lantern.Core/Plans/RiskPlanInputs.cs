using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Plans;

/// <summary>A risk management plan as typed. Rows of risks and actions with every field empty are ignored.</summary>
public sealed record RiskPlanInput
{
    public const int MaxTextLength = 4000;
    public const int MaxOwnerLength = 200;
    public const int MaxRisks = 20;
    public const int MaxActions = 30;

    [Required(ErrorMessage = "Enter the concern.")]
    [StringLength(MaxTextLength, ErrorMessage = "Keep the concern under 4,000 characters.")]
    public string? Concern { get; init; }

    public IReadOnlyList<RiskInput>? Risks { get; init; }

    public IReadOnlyList<RiskActionInput>? Actions { get; init; }

    [Required(ErrorMessage = "Enter when the plan will be reviewed.")]
    public DateOnly? ReviewOn { get; init; }

    /// <summary>Required when changing an existing plan.</summary>
    public uint? Version { get; init; }
}

/// <summary>One risk as typed.</summary>
public sealed record RiskInput
{
    public string? Description { get; init; }
    public RiskLevel? Likelihood { get; init; }
    public RiskLevel? Seriousness { get; init; }

    internal bool IsEmpty() => string.IsNullOrWhiteSpace(Description) && Likelihood is null && Seriousness is null;
}

/// <summary>One action as typed.</summary>
public sealed record RiskActionInput
{
    public string? Description { get; init; }
    public string? Owner { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? DoneOn { get; init; }

    internal bool IsEmpty() => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueOn is null && DoneOn is null;
}
