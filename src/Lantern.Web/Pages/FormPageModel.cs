using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>Shared by form pages: field errors for display, and service validation errors folded into the model state.</summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>Prefix of the bound input model ("Input"), so that service field names land on the right inputs.</summary>
    protected virtual string InputPrefix => "";

    public bool HasError(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every error message with the field it belongs to, for the error summary at the top of a form.</summary>
    public IEnumerable<(string Field, string Message)> AllErrors() =>
        ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(err => (e.Key, err.ErrorMessage)));

    protected void AddErrors(InvalidInputException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        foreach (var (field, messages) in invalid.Errors)
        {
            var key = string.IsNullOrEmpty(InputPrefix) || string.IsNullOrEmpty(field) ? field : $"{InputPrefix}.{field}";
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }
    }
}
