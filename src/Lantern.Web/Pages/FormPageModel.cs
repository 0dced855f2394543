using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages;

/// <summary>Shared by form pages: field errors for display, and service validation errors folded into the model state.</summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>Prefix of the bound input model ("Input"), so that service field names land on the right inputs.</summary>
    protected virtual string InputPrefix => "";

    public bool HasErrors => ModelState.ErrorCount > 0;

    /// <summary>The page title, starting "Error:" while the form has errors, so that screen reader users hear it first.</summary>
    public string TitleFor(string title) => HasErrors ? "Error: " + title : title;

    public bool HasError(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every error message with the field it belongs to, for the error summary at the top of a form.</summary>
    /// <remarks>In the order of the input model's properties, which the forms follow, so that the summary reads in page order.</remarks>
    public IEnumerable<(string Field, string Message)> AllErrors()
    {
        var order = string.IsNullOrEmpty(InputPrefix)
            ? []
            : GetType().GetProperty(InputPrefix)?.PropertyType.GetProperties().Select(p => $"{InputPrefix}.{p.Name}").ToList() ?? [];
        int Position(string key) => order.FindIndex(name => key == name || key.StartsWith(name + ".", StringComparison.Ordinal)
            || key.StartsWith(name + "[", StringComparison.Ordinal));
        return ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .OrderBy(e => Position(e.Key))
            .SelectMany(e => e.Value!.Errors.Select(err => (e.Key, string.IsNullOrEmpty(err.ErrorMessage) ? "Check this value." : err.ErrorMessage)))
            .Distinct();
    }

    /// <summary>
    /// Where the error summary's link for a field goes: the field's input (its id), or null for an error that
    /// belongs to no field on this page. A page may send a field elsewhere (another step of a journey).
    /// </summary>
    public virtual string? ErrorLink(string field) =>
        string.IsNullOrEmpty(field) || field.EndsWith(".Version", StringComparison.Ordinal) ? null : "#" + TagBuilder.CreateSanitizedId(field, "_");

    protected string KeyFor(string field) =>
        string.IsNullOrEmpty(InputPrefix) || string.IsNullOrEmpty(field) ? field : $"{InputPrefix}.{field}";

    /// <summary>
    /// Runs a change. Input the user can correct shows the form again with what they typed and the errors, as does an
    /// edit someone else saved first; a role that may read the case but not change it gets 403.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task<IActionResult>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            return await change();
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            return Page();
        }
        catch (EditConflictException conflict)
        {
            ModelState.AddModelError(KeyFor("Version"), conflict.Message);
            await OnEditConflictAsync();
            return Page();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }
    }

    /// <summary>After someone else saved first: a page may load the record as it is now, to show beside what the user typed.</summary>
    protected virtual Task OnEditConflictAsync() => Task.CompletedTask;

    /// <summary>
    /// The case the user is about to change: "not found" when it is not hers to see, 403 when her role may read
    /// cases but not change them or the case is another agency's shared with hers.
    /// </summary>
    protected async Task<(CaseDetail? Case, IActionResult? Refusal)> CaseToChangeAsync(CaseService cases, AccessScope scope, Guid caseId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(scope);
        if (await cases.GetAsync(caseId, cancellationToken) is not { } found)
        {
            return (null, NotFound());
        }

        // A partner agency sees a shared case but changes only the map, within its categories.
        return scope.WritesCases && (found.OwningAgencyId == scope.AgencyId || scope.Kind == ScopeKind.System) ? (found, null) : (null, Forbid());
    }

    protected void AddErrors(InvalidInputException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        AddErrors(invalid.Errors);
    }

    /// <param name="onlyNewFields">Skip fields that already have an error (so a field does not show two messages for one mistake).</param>
    protected void AddErrors(IReadOnlyDictionary<string, string[]> errors, bool onlyNewFields = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            var key = KeyFor(field);
            if (onlyNewFields && HasError(key))
            {
                continue;
            }

            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>Reads a day-month-year field, recording an error against it when it is not a real date.</summary>
    protected DateOnly? ReadDate(DateParts? parts, string field, string label)
    {
        if (parts is null)
        {
            return null;
        }

        var error = parts.TryRead(label, out var date);
        if (error is not null)
        {
            ModelState.AddModelError(KeyFor(field), error);
        }

        return date;
    }

    /// <summary>
    /// When this page found mistakes before calling the service, also shows what the service's own rules
    /// would say about the rest, so that the user can correct everything at once.
    /// </summary>
    protected void AddRuleErrors(object input) => AddErrors(InputRules.Check(input), onlyNewFields: true);
}
