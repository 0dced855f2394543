using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.PracticeMeetings;

/// <summary>The practice meeting form's fields, in page order; case references are typed in one box.</summary>
public sealed class PracticeMeetingFields
{
    public DateParts HeldOn { get; set; } = new();
    public string? Attendees { get; set; }
    public string? CaseReferences { get; set; }
    public string? Learning { get; set; }
    public uint? Version { get; set; }

    public static PracticeMeetingFields From(PracticeMeetingView meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new()
        {
            HeldOn = DateParts.From(meeting.HeldOn),
            Attendees = meeting.Attendees,
            CaseReferences = string.Join(", ", meeting.CasesDiscussed.Select(c => c.Reference)),
            Learning = meeting.Learning,
            Version = meeting.Version,
        };
    }
}

/// <summary>Recording or changing a practice meeting.</summary>
public abstract class PracticeMeetingEditorModel(PracticeMeetingService meetings, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public PracticeMeetingFields Input { get; set; } = new();

    protected PracticeMeetingService Meetings => meetings;

    protected bool MayRecord => ImplementationPermissions.MayRecordPracticeMeetings(scope);

    /// <summary>Reads the form; a date that is not a real date is recorded against its field.</summary>
    protected PracticeMeetingInput ReadInput() => new()
    {
        HeldOn = ReadDate(Input.HeldOn, nameof(PracticeMeetingFields.HeldOn), "The date of the meeting"),
        Attendees = Input.Attendees,
        CaseReferences = [.. PracticeMeetingService.SplitReferences(Input.CaseReferences)],
        Learning = Input.Learning,
        Version = Input.Version,
    };

    /// <summary>When the form has mistakes of its own, also shows the service's rules on the rest.</summary>
    protected async Task<IActionResult> ShowErrorsAsync(PracticeMeetingInput input, CancellationToken cancellationToken)
    {
        AddRuleErrors(input);
        AddErrors(await meetings.ProblemsAsync(input, cancellationToken), onlyNewFields: true);
        return Page();
    }
}
