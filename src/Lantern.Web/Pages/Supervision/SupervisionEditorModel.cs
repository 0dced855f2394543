using Lantern.Core.Supervision;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Supervision;

public sealed class SupervisionActionFields
{
    public Guid? Id { get; set; }
    public uint? Version { get; set; }
    public string? Description { get; set; }
    public DateParts DueOn { get; set; } = new();

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Description) && (DueOn?.IsEmpty ?? true);
}

public sealed class FollowUpFields
{
    public Guid? ActionId { get; set; }
    public uint? Version { get; set; }
    public SupervisionActionStatus? Status { get; set; }
    public string? Note { get; set; }
}

/// <summary>The supervision form's fields, in page order (the error summary follows it).</summary>
public sealed class SupervisionFields
{
    public DateParts HeldOn { get; set; } = new();
    public Guid? WorkerId { get; set; }
    public List<DiscussedComponents> Components { get; set; } = [];
    public string? GapsFound { get; set; }
    public List<CoachingAreas> Coaching { get; set; } = [];
    public string? CoachingNotes { get; set; }
    public List<FollowUpFields> FollowUps { get; set; } = [];
    public List<SupervisionActionFields> Actions { get; set; } = [];
    public uint? Version { get; set; }

    public static SupervisionFields From(SupervisionView session) => new()
    {
        HeldOn = DateParts.From(session?.HeldOn),
        WorkerId = session!.WorkerId,
        Components = [.. session.Components],
        GapsFound = session.GapsFound,
        Coaching = [.. session.Coaching],
        CoachingNotes = session.CoachingNotes,
        Actions = [.. session.Actions.Select(a => new SupervisionActionFields { Id = a.Id, Version = a.Version, Description = a.Description, DueOn = DateParts.From(a.DueOn) })],
        Version = session.Version,
    };
}

/// <summary>
/// Recording or changing a supervision session. Action rows start with a few blanks and "Add another action" posts the
/// form back with one more, so that no script is needed; the earlier actions to follow up come from the case as it is
/// now, each keeping what the supervisor chose for it.
/// </summary>
public abstract class SupervisionEditorModel(SupervisionService supervision, TimeProvider clock) : FormPageModel
{
    /// <summary>Blank action rows a new form starts with.</summary>
    public const int BlankActionRows = 2;

    protected override string InputPrefix => "Input";

    [BindProperty]
    public SupervisionFields Input { get; set; } = new();

    public SupervisionFormContext Context { get; protected set; } = null!;

    public IReadOnlyList<Choice> Workers => [.. Context.Workers.Select(w => new Choice(w.Id.ToString(), w.Name))];

    /// <summary>Where the form posts to: the page's own address.</summary>
    public abstract string FormAction { get; }

    /// <summary>The earlier action a follow-up row is about.</summary>
    public SupervisionActionView? FollowedAction(int row) =>
        row < Input.FollowUps.Count ? Context.FollowUps.FirstOrDefault(a => a.Id == Input.FollowUps[row].ActionId) : null;

    public bool MayAddAction => Input.Actions.Count < SupervisionLimits.MaxActions;

    protected SupervisionService Supervision => supervision;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    /// <summary>The row "Add another action" leads to, so that the page opens where the new row is.</summary>
    public string NextRowAnchor => $"action-{Input.Actions.Count + 1}";

    /// <summary>
    /// One follow-up row for each earlier action that may be followed up now, in the case's order, each with what the
    /// user chose for it (when the form comes back) or what this session recorded for it (when changing one).
    /// </summary>
    protected void AlignFollowUps(Guid? sessionId)
    {
        var posted = Input.FollowUps ?? [];
        var rows = Context.FollowUps.Select(a => posted.FirstOrDefault(p => p?.ActionId == a.Id) ?? new FollowUpFields
        {
            ActionId = a.Id,
            Version = a.Version,
            Status = sessionId is not null && a.FollowedUpInSessionId == sessionId ? a.Status : SupervisionActionStatus.Open,
            Note = sessionId is not null && a.FollowedUpInSessionId == sessionId ? a.FollowUpNote : null,
        }).ToList();
        var moved = posted.Count != rows.Count || posted.Where((p, i) => p?.ActionId != rows[i].ActionId).Any();
        if (moved)
        {
            // The actions open now are not those the form was sent with: what was typed is kept by action, not by row.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.FollowUps[", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }
        }

        Input.FollowUps = rows;
    }

    /// <summary>Adds blank action rows up to <paramref name="blanks"/> beyond those filled in.</summary>
    protected void PadActions(int blanks = BlankActionRows)
    {
        Input.Actions ??= [];
        var wanted = Math.Min(SupervisionLimits.MaxActions, Input.Actions.Count(a => a is not null && !a.IsBlank) + blanks);
        while (Input.Actions.Count < wanted)
        {
            Input.Actions.Add(new SupervisionActionFields());
        }
    }

    /// <summary>"Add another action": the form back as typed with one more blank row, and nothing checked or saved.</summary>
    protected IActionResult AddActionRow()
    {
        // Errors are for a save; what was typed stays, since every field is bound back into the model.
        ModelState.Clear();
        Input.Actions ??= [];
        if (Input.Actions.Count < SupervisionLimits.MaxActions)
        {
            Input.Actions.Add(new SupervisionActionFields());
        }

        return Page();
    }

    protected SupervisionInput ReadInput()
    {
        var actions = Input.Actions ?? [];
        return new()
        {
            HeldOn = ReadDate(Input.HeldOn, nameof(SupervisionFields.HeldOn), "The date of the session"),
            WorkerId = Input.WorkerId,
            Components = [.. Input.Components ?? []],
            GapsFound = Input.GapsFound,
            Coaching = [.. Input.Coaching ?? []],
            CoachingNotes = Input.CoachingNotes,
            Actions = [.. actions.Select((a, i) => new SupervisionActionInput
            {
                Id = a?.Id,
                Version = a?.Version,
                Description = a?.Description,
                DueOn = ReadDate(a?.DueOn, $"{nameof(SupervisionFields.Actions)}[{i}].{nameof(SupervisionActionFields.DueOn)}", $"The due date of action {i + 1}"),
            })],
            FollowUps = [.. (Input.FollowUps ?? []).Select(f => new FollowUpInput
            {
                ActionId = f?.ActionId,
                Version = f?.Version,
                Status = f?.Status,
                Note = f?.Note,
            })],
            Version = Input.Version,
        };
    }

    /// <summary>When the form has mistakes of its own (a date that is not a real date), also shows the service's rules on the rest.</summary>
    protected async Task<IActionResult> ShowErrorsAsync(SupervisionInput input, Guid? sessionId, CancellationToken cancellationToken)
    {
        AddRuleErrors(input);
        if (await Supervision.ProblemsAsync(Context.CaseId, input, sessionId, cancellationToken) is { } problems)
        {
            AddErrors(problems, onlyNewFields: true);
        }

        return Page();
    }

    public override string? ErrorLink(string field) => field == KeyFor(nameof(SupervisionFields.FollowUps)) ? "#follow-ups" : base.ErrorLink(field);
}
