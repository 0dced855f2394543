using Lantern.Core.Access;
using Lantern.Core.Meetings;
using Lantern.Practice.Mapping;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Meetings;

public sealed class AttendeeFields
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public Guid? AgencyId { get; set; }

    /// <summary>Ticked for someone invited who did not come (an unticked box posts nothing, so the default is "came").</summary>
    public bool SentApologies { get; set; }
}

public sealed class ActionFields
{
    public Guid? Id { get; set; }
    public uint? Version { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public Guid? OwnerAgencyId { get; set; }
    public DateParts DueOn { get; set; } = new();
    public MeetingActionStatus? Status { get; set; }
    public DateParts CompletedOn { get; set; } = new();
}

/// <summary>The meeting form's fields, in page order. Rows are a fixed number of blanks, so that no script is needed to add one.</summary>
public sealed class MeetingFields
{
    public MeetingKind? Kind { get; set; }
    public DateParts HeldOn { get; set; } = new();
    public string? Purpose { get; set; }
    public List<AttendeeFields> Attendees { get; set; } = [];
    public string? CoerciveControlMinutes { get; set; }
    public string? HarmToChildMinutes { get; set; }
    public string? ProtectiveEffortsMinutes { get; set; }
    public string? ChildImpactMinutes { get; set; }
    public string? IntersectingFactorsMinutes { get; set; }
    public string? OtherMinutes { get; set; }
    public string? Decisions { get; set; }
    public List<ActionFields> Actions { get; set; } = [];
    public uint? Version { get; set; }

    public static MeetingFields From(MeetingView meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new()
        {
            Kind = meeting.Kind,
            HeldOn = DateParts.From(meeting.HeldOn),
            Purpose = meeting.Purpose,
            Attendees = [.. meeting.Attendees.Select(a => new AttendeeFields { Name = a.Name, Role = a.Role, AgencyId = a.AgencyId, SentApologies = !a.Attended })],
            CoerciveControlMinutes = meeting.MinutesOf(MapComponent.CoerciveControl),
            HarmToChildMinutes = meeting.MinutesOf(MapComponent.HarmToChild),
            ProtectiveEffortsMinutes = meeting.MinutesOf(MapComponent.ProtectiveEfforts),
            ChildImpactMinutes = meeting.MinutesOf(MapComponent.ChildImpact),
            IntersectingFactorsMinutes = meeting.MinutesOf(MapComponent.IntersectingFactors),
            OtherMinutes = meeting.OtherMinutes,
            Decisions = meeting.Decisions,
            Actions = [.. meeting.Actions.Select(a => new ActionFields
            {
                Id = a.Id,
                Version = a.Version,
                Description = a.Description,
                Owner = a.Owner,
                OwnerAgencyId = a.OwnerAgencyId,
                DueOn = DateParts.From(a.DueOn),
                Status = a.Status,
                CompletedOn = DateParts.From(a.CompletedOn),
            })],
            Version = meeting.Version,
        };
    }
}

/// <summary>Recording or changing a meeting.</summary>
public abstract class MeetingEditorModel(MeetingService meetings, AccessScope scope) : FormPageModel
{
    public const int AttendeeRows = 8;

    public const int ActionRows = 6;

    protected override string InputPrefix => "Input";

    [BindProperty]
    public MeetingFields Input { get; set; } = new();

    public string CaseReference { get; protected set; } = "";

    public Guid MeetingCaseId { get; protected set; }

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];

    protected MeetingService Meetings => meetings;

    protected AccessScope Scope => scope;

    protected async Task LoadAgenciesAsync(CancellationToken cancellationToken) =>
        Agencies = [.. (await meetings.AgenciesAsync(cancellationToken)).Select(a => new Choice(a.Id.ToString(), a.Name))];

    /// <summary>Pads the rows with blanks up to the fixed number (and two spare beyond what is filled in).</summary>
    protected void PadRows()
    {
        Input.Attendees ??= [];
        Input.Actions ??= [];
        var attendees = Math.Min(MeetingInput.MaxAttendees, Math.Max(AttendeeRows, Input.Attendees.Count(a => !IsBlank(a)) + 2));
        var actions = Math.Min(MeetingInput.MaxActions, Math.Max(ActionRows, Input.Actions.Count(a => !IsBlank(a)) + 2));
        while (Input.Attendees.Count < attendees)
        {
            Input.Attendees.Add(new AttendeeFields());
        }

        while (Input.Actions.Count < actions)
        {
            Input.Actions.Add(new ActionFields());
        }
    }

    protected MeetingInput ReadInput()
    {
        var attendees = Input.Attendees ?? [];
        var actions = Input.Actions ?? [];
        return new()
        {
            Kind = Input.Kind,
            HeldOn = ReadDate(Input.HeldOn, nameof(MeetingFields.HeldOn), "The date of the meeting"),
            Purpose = Input.Purpose,
            Attendees = [.. attendees.Select(a => new AttendeeInput { Name = a?.Name, Role = a?.Role, AgencyId = a?.AgencyId, Attended = !(a?.SentApologies ?? false) })],
            CoerciveControlMinutes = Input.CoerciveControlMinutes,
            HarmToChildMinutes = Input.HarmToChildMinutes,
            ProtectiveEffortsMinutes = Input.ProtectiveEffortsMinutes,
            ChildImpactMinutes = Input.ChildImpactMinutes,
            IntersectingFactorsMinutes = Input.IntersectingFactorsMinutes,
            OtherMinutes = Input.OtherMinutes,
            Decisions = Input.Decisions,
            Actions = [.. actions.Select((a, i) => new MeetingActionInput
            {
                Id = a?.Id,
                Version = a?.Version,
                Description = a?.Description,
                Owner = a?.Owner,
                OwnerAgencyId = a?.OwnerAgencyId,
                DueOn = ReadDate(a?.DueOn, $"{nameof(MeetingFields.Actions)}[{i}].{nameof(ActionFields.DueOn)}", $"The due date of action {i + 1}"),
                Status = a?.Status,
                CompletedOn = ReadDate(a?.CompletedOn, $"{nameof(MeetingFields.Actions)}[{i}].{nameof(ActionFields.CompletedOn)}", $"The date action {i + 1} was done"),
            })],
            Version = Input.Version,
        };
    }

    /// <summary>When the form has mistakes of its own (a date that is not a real date), also shows the service's rules on the rest.</summary>
    protected async Task<IActionResult> ShowErrorsAsync(MeetingInput input, CancellationToken cancellationToken)
    {
        AddRuleErrors(input);
        AddErrors(await Meetings.ProblemsAsync(input, null, cancellationToken), onlyNewFields: true);
        PadRows();
        return Page();
    }

    private static bool IsBlank(AttendeeFields? a) => a is null || (string.IsNullOrWhiteSpace(a.Name) && string.IsNullOrWhiteSpace(a.Role) && a.AgencyId is null);

    private static bool IsBlank(ActionFields? a) => a is null
        || (a.Id is null && string.IsNullOrWhiteSpace(a.Description) && string.IsNullOrWhiteSpace(a.Owner) && a.OwnerAgencyId is null
            && (a.DueOn?.IsEmpty ?? true) && (a.CompletedOn?.IsEmpty ?? true));
}
