using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Agencies;

public sealed record NewAgencyInput
{
    [Required(ErrorMessage = "Enter the agency's name.")]
    [StringLength(200, ErrorMessage = "Keep the agency's name under 200 characters.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Choose the kind of agency.")]
    public AgencyType? Type { get; init; }
}

public sealed record NewTeamInput
{
    [Required(ErrorMessage = "Enter the team's name.")]
    [StringLength(200, ErrorMessage = "Keep the team's name under 200 characters.")]
    public string? Name { get; init; }
}

public sealed record NewUserInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(100, ErrorMessage = "Keep the user name under 100 characters.")]
    [RegularExpression(@"^[A-Za-z0-9._@\-]+$", ErrorMessage = "Use only letters, digits, dots, dashes, underscores and @ in a user name.")]
    public string? UserName { get; init; }

    [Required(ErrorMessage = "Enter the person's name as colleagues should see it.")]
    [StringLength(200, ErrorMessage = "Keep the display name under 200 characters.")]
    public string? DisplayName { get; init; }

    [Required(ErrorMessage = "Choose the user's agency.")]
    public Guid? AgencyId { get; init; }

    public Guid? TeamId { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    [Required(ErrorMessage = "Enter an initial password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    public string? Password { get; init; }

    public bool MayViewConfidentialAddresses { get; init; }
}

/// <summary>The first account on a new installation: an administrator, and the agency they belong to.</summary>
public sealed record FirstAdministratorInput
{
    [Required(ErrorMessage = "Enter your agency's name.")]
    [StringLength(200, ErrorMessage = "Keep the agency's name under 200 characters.")]
    public string? AgencyName { get; init; }

    [Required(ErrorMessage = "Choose the kind of agency.")]
    public AgencyType? AgencyType { get; init; }

    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(100, ErrorMessage = "Keep the user name under 100 characters.")]
    [RegularExpression(@"^[A-Za-z0-9._@\-]+$", ErrorMessage = "Use only letters, digits, dots, dashes, underscores and @ in a user name.")]
    public string? UserName { get; init; }

    [Required(ErrorMessage = "Enter your name as colleagues should see it.")]
    [StringLength(200, ErrorMessage = "Keep the display name under 200 characters.")]
    public string? DisplayName { get; init; }

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    public string? Password { get; init; }
}

public sealed record TeamView(Guid Id, string Name, int UserCount);

public sealed record AgencyView(Guid Id, string Name, AgencyType Type, DateTimeOffset CreatedAt, int UserCount, IReadOnlyList<TeamView> Teams);

public sealed record UserView(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid AgencyId,
    string AgencyName,
    string? TeamName,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    bool IsLockedOut,
    bool MayViewConfidentialAddresses);
