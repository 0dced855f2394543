using Lantern.Core.Access;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.RiskPlans;

public sealed class RiskFields
{
    public string? Description { get; set; }
    public RiskLevel? Likelihood { get; set; }
    public RiskLevel? Seriousness { get; set; }
}

public sealed class RiskActionFields
{
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public DateParts DueOn { get; set; } = new();
    public DateParts DoneOn { get; set; } = new();
}

/// <summary>The plan form's fields, in page order. The rows are a fixed number of blanks, so that no script is needed to add one.</summary>
public sealed class RiskPlanFields
{
    public string? Concern { get; set; }
    public List<RiskFields> Risks { get; set; } = [];
    public List<RiskActionFields> Actions { get; set; } = [];
    public DateParts ReviewOn { get; set; } = new();
    public uint? Version { get; set; }

    public static RiskPlanFields From(RiskPlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Concern = plan.Concern,
            Risks = [.. plan.Risks.Select(r => new RiskFields { Description = r.Description, Likelihood = r.Likelihood, Seriousness = r.Seriousness })],
            Actions = [.. plan.Actions.Select(a => new RiskActionFields
            {
                Description = a.Description,
                Owner = a.Owner,
                DueOn = DateParts.From(a.DueOn),
                DoneOn = DateParts.From(a.DoneOn),
            })],
            ReviewOn = DateParts.From(plan.ReviewOn),
            Version = plan.Version,
        };
    }
}

/// <summary>Writing or changing a risk management plan.</summary>
public abstract class RiskPlanEditorModel(RiskPlanService plans, AccessScope scope) : FormPageModel
{
    /// <summary>Blank rows on a new plan; a plan with more keeps one spare.</summary>
    public const int RiskRows = 5;

    public const int ActionRows = 8;

    protected override string InputPrefix => "Input";

    [BindProperty]
    public RiskPlanFields Input { get; set; } = new();

    public string CaseReference { get; protected set; } = "";

    public Guid PlanCaseId { get; protected set; }

    protected RiskPlanService Plans => plans;

    protected AccessScope Scope => scope;

    protected bool MayWrite => scope.WritesCases;

    public string ListPath => $"/Cases/{PlanCaseId}/RiskPlans";

    /// <summary>Pads the rows with blanks up to the fixed number (and one spare beyond what is filled in).</summary>
    protected void PadRows()
    {
        Input.Risks ??= [];
        Input.Actions ??= [];
        var risks = Math.Min(RiskPlanInput.MaxRisks, Math.Max(RiskRows, Input.Risks.Count(r => !IsBlank(r)) + 1));
        var actions = Math.Min(RiskPlanInput.MaxActions, Math.Max(ActionRows, Input.Actions.Count(a => !IsBlank(a)) + 1));
        while (Input.Risks.Count < risks)
        {
            Input.Risks.Add(new RiskFields());
        }

        while (Input.Actions.Count < actions)
        {
            Input.Actions.Add(new RiskActionFields());
        }
    }

    protected RiskPlanInput ReadInput()
    {
        var risks = Input.Risks ?? [];
        var actions = Input.Actions ?? [];
        return new()
        {
            Concern = Input.Concern,
            Risks = [.. risks.Select(r => new RiskInput { Description = r?.Description, Likelihood = r?.Likelihood, Seriousness = r?.Seriousness })],
            Actions = [.. actions.Select((a, i) => new RiskActionInput
            {
                Description = a?.Description,
                Owner = a?.Owner,
                DueOn = ReadDate(a?.DueOn, $"{nameof(RiskPlanFields.Actions)}[{i}].{nameof(RiskActionFields.DueOn)}", $"The due date of action {i + 1}"),
                DoneOn = ReadDate(a?.DoneOn, $"{nameof(RiskPlanFields.Actions)}[{i}].{nameof(RiskActionFields.DoneOn)}", $"The date action {i + 1} was done"),
            })],
            ReviewOn = ReadDate(Input.ReviewOn, nameof(RiskPlanFields.ReviewOn), "The review date"),
            Version = Input.Version,
        };
    }

    /// <summary>When the form has mistakes of its own (a date that is not a real date), also shows the service's rules on the rest.</summary>
    protected IActionResult ShowErrors(RiskPlanInput input)
    {
        AddRuleErrors(input);
        AddErrors(Plans.Problems(input), onlyNewFields: true);
        PadRows();
        return Page();
    }

    private static bool IsBlank(RiskFields? r) => r is null || (string.IsNullOrWhiteSpace(r.Description) && r.Likelihood is null && r.Seriousness is null);

    private static bool IsBlank(RiskActionFields? a) => a is null
        || (string.IsNullOrWhiteSpace(a.Description) && string.IsNullOrWhiteSpace(a.Owner) && (a.DueOn?.IsEmpty ?? true) && (a.DoneOn?.IsEmpty ?? true));
}
