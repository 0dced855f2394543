using System.ComponentModel.DataAnnotations;
using Lantern.Practice.Planning;

namespace Lantern.Core.Plans;

public sealed record GoalInput
{
    public const int MaxTextLength = 4000;

    /// <summary>Whose goal it is; empty for a goal for more than one person (allowed, and pointed out by the checker).</summary>
    public Guid? PersonId { get; init; }

    public BehaviourChange? Change { get; init; }

    [Required(ErrorMessage = "Describe the behaviour to stop, start or sustain.")]
    [StringLength(MaxTextLength, ErrorMessage = "Keep the behaviour under 4,000 characters.")]
    public string? Behaviour { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the purpose under 4,000 characters.")]
    public string? Purpose { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the success indicator under 4,000 characters.")]
    public string? SuccessIndicator { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep how it is measured under 4,000 characters.")]
    public string? Measure { get; init; }

    [StringLength(400, ErrorMessage = "Keep who verifies it under 400 characters.")]
    public string? VerifiedBy { get; init; }

    public DateOnly? ReviewOn { get; init; }

    public GoalStatus? Status { get; init; }

    public IReadOnlyList<Guid>? MapEntryIds { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the services under 4,000 characters.")]
    public string? Services { get; init; }

    /// <summary>Required when changing an existing goal.</summary>
    public uint? Version { get; init; }
}

public sealed record SafetyPlanInput
{
    public const int MaxTextLength = 8000;

    [Required(ErrorMessage = "Choose whose safety plan this is.")]
    public Guid? PersonId { get; init; }

    [Required(ErrorMessage = "Write the strategies she (or the child) has agreed.")]
    [StringLength(MaxTextLength, ErrorMessage = "Keep the strategies under 8,000 characters.")]
    public string? Strategies { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the safe people under 8,000 characters.")]
    public string? SafePeople { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the safe places under 8,000 characters.")]
    public string? SafePlaces { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the code words under 8,000 characters.")]
    public string? CodeWords { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep what to do when under 8,000 characters.")]
    public string? WhatToDoWhen { get; init; }

    public uint? Version { get; init; }
}

public sealed record GrantInput
{
    [Required(ErrorMessage = "Choose who is to have access.")]
    public Guid? UserId { get; init; }

    [Required(ErrorMessage = "Say why they need to see the safety plan.")]
    [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record ProgressInput(Guid GoalId, GoalStatus? Status, string? Note);

public sealed record ReviewInput
{
    [Required(ErrorMessage = "Enter the date of the review.")]
    public DateOnly? ReviewedOn { get; init; }

    [StringLength(GoalInput.MaxTextLength, ErrorMessage = "Keep the summary under 4,000 characters.")]
    public string? Summary { get; init; }

    [Required(ErrorMessage = "Enter when the plan is next reviewed.")]
    public DateOnly? NextReviewOn { get; init; }

    public IReadOnlyList<ProgressInput>? Progress { get; init; }
}
