using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Cases;

public sealed record NewCaseInput
{
    [Required(ErrorMessage = "Describe the presenting concerns.")]
    [StringLength(4000, ErrorMessage = "Keep the presenting concerns under 4,000 characters.")]
    public string? PresentingConcerns { get; init; }

    public Guid? TeamId { get; init; }
    public Guid? AllocatedWorkerId { get; init; }
}

public sealed record CaseUpdateInput
{
    [Required(ErrorMessage = "Choose the case status.")]
    public CaseStatus? Status { get; init; }

    [Required(ErrorMessage = "Describe the presenting concerns.")]
    [StringLength(4000, ErrorMessage = "Keep the presenting concerns under 4,000 characters.")]
    public string? PresentingConcerns { get; init; }

    public Guid? TeamId { get; init; }
    public Guid? AllocatedWorkerId { get; init; }
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The version the user saw; a different current version means someone else saved first.</summary>
    [Required(ErrorMessage = "The record version is missing: reload the page and try again.")]
    public uint? Version { get; init; }
}

public sealed record CaseListQuery(string? Search = null, CaseStatus? Status = null, bool MineOnly = false, int Page = 1, int PageSize = 25);
