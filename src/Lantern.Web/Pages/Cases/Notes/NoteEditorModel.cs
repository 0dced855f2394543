using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Notes;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.Notes;

public sealed class NoteFields
{
    public NoteKind? Kind { get; set; }
    public string? WithWhom { get; set; }
    public DateParts OccurredOn { get; set; } = new();
    public string? Text { get; set; }
    public uint? Version { get; set; }
}

/// <summary>
/// Writing a note (new or unsigned) with the pivot assistant beside it: the text is checked as the worker types
/// (htmx, debounced) or with the "Check language" button; a rewrite is applied on the server; on a saved note a
/// finding can be dismissed with a reason.
/// </summary>
public abstract class NoteEditorModel(CaseService cases, AccessScope scope) : FormPageModel
{
    public const string FindingsId = "language-findings";

    protected override string InputPrefix => "Input";

    [BindProperty]
    public NoteFields Input { get; set; } = new();

    /// <summary>The reasons typed beside each finding, by the finding's position in the list.</summary>
    [BindProperty]
    public List<string?> Reasons { get; set; } = [];

    public CaseDetail Case { get; protected set; } = null!;

    /// <summary>The saved note when editing; null while writing a new one (findings cannot be dismissed until it is saved).</summary>
    public NoteDetail? Note { get; protected set; }

    /// <summary>Null until the text has been checked.</summary>
    public IReadOnlyList<LanguageFinding>? Findings { get; private set; }

    public string? CheckNotice { get; private set; }

    public static IReadOnlyList<Choice> Kinds { get; } = Choice.FromEnum<NoteKind>(NoteKinds.Describe);

    /// <summary>The page's own address, which the form's handlers (?handler=Check, Rewrite, Dismiss) post to.</summary>
    public abstract string PagePath { get; }

    public string HandlerUrl(string handler) => $"{PagePath}?handler={handler}";

    protected bool IsHtmx => Request.Headers["HX-Request"] == "true";

    /// <summary>Notes are the case's own agency's: a partner reading a shared case's notes does not write them.</summary>
    protected bool MayWrite => scope.WritesCases && Case.OwningAgencyId == scope.AgencyId;

    protected async Task<bool> LoadCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } found)
        {
            return false;
        }

        Case = found;
        return true;
    }

    /// <summary>Loads the case (and the note when editing); returns a refusal when there is nothing to show.</summary>
    protected abstract Task<IActionResult?> LoadAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        RunCheck();
        return IsHtmx ? Partial("_Findings", this) : Page();
    }

    public async Task<IActionResult> OnPostRewriteAsync(string? rewrite, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var text = (Input.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = (rewrite ?? "").Split('|');
        var finding = parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var choice) && text.Length <= NoteInput.MaxTextLength
            ? FindingsFor(text).Select(f => (Finding: f, Choice: choice)).FirstOrDefault(x => x.Finding.Start == start && x.Finding.RuleId == parts[1])
            : default;
        if (finding.Finding is not { } f || finding.Choice >= f.Suggestions.Count)
        {
            CheckNotice = "The text changed after it was checked, so that rewrite no longer fits. Here are the findings for the text as it is now.";
        }
        else
        {
            Input.Text = string.Concat(text.AsSpan(0, f.ReplaceStart), f.Suggestions[finding.Choice], text.AsSpan(f.ReplaceStart + f.ReplaceLength));
            ModelState.Remove("Input.Text");
            CheckNotice = $"Rewritten: “{f.Suggestions[finding.Choice]}”. The note is not saved yet.";
        }

        RunCheck();
        return Page();
    }

    /// <summary>Runs the checker on the text as posted, leaving out findings already dismissed on this note.</summary>
    protected void RunCheck()
    {
        var text = Input.Text ?? "";
        if (text.Length > NoteInput.MaxTextLength)
        {
            Findings = [];
            CheckNotice = "The note is longer than 20,000 characters, so it was not checked.";
            return;
        }

        Findings = FindingsFor(text);
    }

    private IReadOnlyList<LanguageFinding> FindingsFor(string text) =>
        NoteService.OpenFindings(text.Replace("\r\n", "\n", StringComparison.Ordinal), CaseLanguage.ContextFor(Case.Participants), Note?.Dismissals);

    protected NoteInput ReadInput() => new()
    {
        Kind = Input.Kind,
        WithWhom = Input.WithWhom,
        OccurredOn = ReadDate(Input.OccurredOn, nameof(NoteFields.OccurredOn), "The date of the contact"),
        Text = Input.Text,
        Version = Input.Version,
    };

    protected static string Describe(InvalidInputException invalid) => string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
}
