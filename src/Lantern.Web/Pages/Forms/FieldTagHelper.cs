using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary>
/// The accessible USWDS form group every field shares: a label (or a fieldset and legend), an optional hint,
/// the field's error message, and <c>aria-describedby</c> pointing at both. Errors come from the model state
/// under the field's name, so a service's field errors appear by the field they concern.
/// </summary>
public abstract class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The label, or the legend of a group.</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Shows the label or legend as the page's question (larger text).</summary>
    [HtmlAttributeName("large")]
    public bool Large { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string FieldId => TagBuilder.CreateSanitizedId(FieldName, "_");

    protected string HintId => FieldId + "-hint";

    protected string ErrorId => FieldId + "-error";

    /// <summary>The first error recorded for this field or any of its parts.</summary>
    protected string? Error
    {
        get
        {
            var state = ViewContext.ViewData.ModelState;
            var name = FieldName;
            var errors = state.Where(e => e.Key == name || e.Key.StartsWith(name + ".", StringComparison.Ordinal))
                .SelectMany(e => e.Value?.Errors ?? []);
            var first = errors.FirstOrDefault();
            return first is null ? null : string.IsNullOrEmpty(first.ErrorMessage) ? "Check this value." : first.ErrorMessage;
        }
    }

    /// <summary>What the user typed when the form comes back to them, otherwise the model's value.</summary>
    protected string? ValueOf(string name, object? model)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null)
        {
            return entry.AttemptedValue;
        }

        return model switch
        {
            null => null,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => model.ToString(),
        };
    }

    protected string? DescribedBy(string? error) =>
        string.Join(' ', new[] { Hint is null ? null : HintId, error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    protected void StartGroup(TagHelperOutput output, string? error)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "usa-form-group" : "usa-form-group usa-form-group--error");
    }

    protected TagBuilder LabelTag()
    {
        var label = new TagBuilder("label");
        label.AddCssClass(Large ? "usa-label usa-label--large" : "usa-label");
        label.Attributes["for"] = FieldId;
        label.InnerHtml.Append(Label);
        return label;
    }

    protected IHtmlContent HintAndError(string? error)
    {
        var content = new HtmlContentBuilder();
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("usa-hint");
            hint.Attributes["id"] = HintId;
            hint.InnerHtml.Append(Hint);
            content.AppendHtml(hint);
        }

        if (error is not null)
        {
            var message = new TagBuilder("span");
            message.AddCssClass("usa-error-message");
            message.Attributes["id"] = ErrorId;
            message.InnerHtml.Append(error);
            content.AppendHtml(message);
        }

        return content;
    }

    /// <summary>A fieldset with its legend, hint and error: radio and checkbox groups, and dates.</summary>
    protected TagBuilder Fieldset(string? error)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("usa-fieldset");
        if (DescribedBy(error) is { } describedBy)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legend = new TagBuilder("legend");
        legend.AddCssClass(Large ? "usa-legend usa-legend--large" : "usa-legend");
        legend.InnerHtml.Append(Label);
        fieldset.InnerHtml.AppendHtml(legend);
        fieldset.InnerHtml.AppendHtml(HintAndError(error));
        return fieldset;
    }

    protected static void MarkInvalid(TagBuilder control, string? error, string errorClass)
    {
        if (error is not null)
        {
            control.AddCssClass(errorClass);
            control.Attributes["aria-invalid"] = "true";
        }
    }
}
