using Lantern.Core.Intakes;

namespace Lantern.Web.Pages.Intakes;

/// <summary>The model of <c>_IntakeSummary</c>: the intake, and whether each answer has a "Change" link.</summary>
public sealed record IntakeSummaryView(IntakeDetail Intake, bool ChangeLinks);
