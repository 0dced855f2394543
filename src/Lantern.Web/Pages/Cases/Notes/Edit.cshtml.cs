using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Notes;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.Notes;

/// <summary>Changes an unsigned note; a signed note is sent to its read-only page.</summary>
public sealed class EditModel(CaseService cases, NoteService notes, AccessScope scope) : NoteEditorModel(cases, scope)
{
    [FromRoute]
    public Guid Id { get; set; }

    public override string PagePath => $"/Notes/{Id}/Edit";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var note = Note!;
        Input = new NoteFields
        {
            Kind = note.Kind,
            WithWhom = note.WithWhom,
            OccurredOn = DateParts.From(note.OccurredOn),
            Text = note.Text,
            Version = note.Version,
        };
        RunCheck();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = ReadInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        try
        {
            if (!await notes.UpdateAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes have been saved.";
            return Redirect($"/Notes/{Id}");
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            return Page();
        }
        catch (EditConflictException conflict)
        {
            ModelState.AddModelError("Input.Version", conflict.Message);
            return Page();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }
    }

    /// <summary>Leaves a flagged phrase as written, with the reason typed beside it. The text in the form is kept as it is (not saved).</summary>
    public async Task<IActionResult> OnPostDismissAsync(string? dismiss, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        RunCheck();
        var parts = (dismiss ?? "").Split('|');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || Findings!.FirstOrDefault(f => f.Start == start && f.RuleId == parts[2]) is not { } finding)
        {
            ModelState.AddModelError("", "The text changed after it was checked, so that finding is no longer there. Check the findings below again.");
            return Page();
        }

        try
        {
            var reason = index < Reasons.Count ? Reasons[index] : null;
            if (!await notes.DismissAsync(Id, new DismissalInput
            {
                RuleId = finding.RuleId,
                Phrase = finding.Text,
                Start = finding.Start,
                Length = finding.Length,
                Reason = reason,
            }, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (InvalidInputException invalid)
        {
            ModelState.AddModelError($"Reasons[{index}]", invalid.Errors.TryGetValue("Reason", out var why) ? why[0] : Describe(invalid));
            return Page();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        Note = await notes.GetAsync(Id, cancellationToken);
        ModelState.Clear();
        Reasons = [];
        RunCheck();
        return Page();
    }

    protected override async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await notes.GetAsync(Id, cancellationToken) is not { } note || !await LoadCaseAsync(note.CaseId, cancellationToken))
        {
            return NotFound();
        }

        Note = note;
        if (!MayWrite)
        {
            return Forbid();
        }

        return note.IsSigned ? Redirect($"/Notes/{Id}") : null;
    }
}
