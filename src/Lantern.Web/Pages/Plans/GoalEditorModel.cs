using Lantern.Core.Access;
using Lantern.Core.Plans;
using Lantern.Practice.Language;
using Lantern.Practice.Planning;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.Map;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Plans;

public sealed class GoalFields
{
    /// <summary>A person's id, or "joint" for a goal for more than one person.</summary>
    public string? Person { get; set; }
    public BehaviourChange? Change { get; set; }
    public string? Behaviour { get; set; }
    public string? Purpose { get; set; }
    public string? SuccessIndicator { get; set; }
    public string? Measure { get; set; }
    public string? VerifiedBy { get; set; }
    public DateParts ReviewOn { get; set; } = new();
    public GoalStatus? Status { get; set; }
    public List<Guid> MapEntryIds { get; set; } = [];
    public string? Services { get; set; }
    public uint? Version { get; set; }

    public static GoalFields From(GoalView goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new()
        {
            Person = goal.PersonId?.ToString() ?? Joint,
            Change = goal.Change,
            Behaviour = goal.Behaviour,
            Purpose = goal.Purpose,
            SuccessIndicator = goal.SuccessIndicator,
            Measure = goal.Measure,
            VerifiedBy = goal.VerifiedBy,
            ReviewOn = DateParts.From(goal.ReviewOn),
            Status = goal.Status,
            MapEntryIds = [.. goal.MapEntryIds],
            Services = goal.Services,
            Version = goal.Version,
        };
    }

    public const string Joint = "joint";
}

/// <summary>
/// Writing a goal with the plan checker beside it: the goal is checked in the context of the rest of the plan as
/// the worker types (htmx, debounced) or with the "Check the goal" button, and its text by the pivot assistant.
/// </summary>
public abstract class GoalEditorModel(PlanService plans, AccessScope scope) : FormPageModel
{
    public const string FindingsId = "goal-findings";

    protected override string InputPrefix => "Input";

    [BindProperty]
    public GoalFields Input { get; set; } = new();

    public CasePlanView Plan { get; protected set; } = null!;

    /// <summary>Null until the goal has been checked.</summary>
    public IReadOnlyList<PlanFinding>? Findings { get; private set; }

    public IReadOnlyList<LanguageFinding> Language { get; private set; } = [];

    public abstract string PagePath { get; }

    protected abstract Guid? GoalId { get; }

    protected bool MayWrite => scope.WritesCases && Plan.MayChange;

    protected bool IsHtmx => Request.Headers["HX-Request"] == "true";

    public string HandlerUrl(string handler) => $"{PagePath}?handler={handler}";

    public IReadOnlyList<Choice> People => Plan.People.OrderBy(p => PlanLabels.Order(p.Role))
        .Select(p => new Choice(p.Id.ToString(), p.Name)).Append(new Choice(GoalFields.Joint, "More than one person")).ToList();

    public static IReadOnlyList<Choice> Changes { get; } = Choice.FromEnum<BehaviourChange>(PlanLabels.For);

    public static IReadOnlyList<Choice> Statuses { get; } = Choice.FromEnum<GoalStatus>(PlanLabels.For);

    public IReadOnlyList<Choice> MapEntries => Plan.MapEntries
        .Select(e => new Choice(e.Id.ToString(), $"{MapLabels.For(e.Component)} — {e.Category}", e.Description.Length > 120 ? e.Description[..117] + "…" : e.Description))
        .ToList();

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = ReadInput();
        ModelState.Clear();
        if (await plans.CheckGoalAsync(Plan.CaseId, input, GoalId, cancellationToken) is { } result)
        {
            Findings = result.Findings;
            Language = result.Language;
        }

        return IsHtmx ? Partial("_GoalFindings", this) : Page();
    }

    protected abstract Task<IActionResult?> LoadAsync(CancellationToken cancellationToken);

    protected GoalInput ReadInput() => new()
    {
        PersonId = Guid.TryParse(Input.Person, out var person) ? person : null,
        Change = Input.Change,
        Behaviour = Input.Behaviour,
        Purpose = Input.Purpose,
        SuccessIndicator = Input.SuccessIndicator,
        Measure = Input.Measure,
        VerifiedBy = Input.VerifiedBy,
        ReviewOn = ReadDate(Input.ReviewOn, nameof(GoalFields.ReviewOn), "The review date"),
        Status = Input.Status,
        MapEntryIds = Input.MapEntryIds,
        Services = Input.Services,
        Version = Input.Version,
    };

    /// <summary>"Choose whose goal it is" when nothing was chosen: a joint goal is a choice, not a default.</summary>
    protected void RequirePerson()
    {
        if (string.IsNullOrEmpty(Input.Person))
        {
            ModelState.AddModelError(KeyFor(nameof(GoalFields.Person)), "Choose whose goal this is.");
        }
    }
}
