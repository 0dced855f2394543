using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary><c>&lt;lantern-textarea for="Input.Narrative" label="…" rows="8" /&gt;</c>. No maxlength: a paste is never cut short silently; the server explains the limit.</summary>
[HtmlTargetElement("lantern-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaFieldTagHelper : FieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    /// <summary>When set, htmx posts the whole form to this address as the user types (debounced) and puts the answer in <see cref="CheckTarget"/>.</summary>
    [HtmlAttributeName("check-url")]
    public string? CheckUrl { get; set; }

    /// <summary>The id of the element that receives the answer from <see cref="CheckUrl"/>.</summary>
    [HtmlAttributeName("check-target")]
    public string? CheckTarget { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var error = Error;
        StartGroup(output, error);
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("usa-textarea");
        MarkInvalid(textarea, error, "usa-input--error");
        textarea.Attributes["id"] = FieldId;
        textarea.Attributes["name"] = FieldName;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (DescribedBy(error) is { } describedBy)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        if (CheckUrl is not null && CheckTarget is not null)
        {
            textarea.Attributes["hx-post"] = CheckUrl;
            textarea.Attributes["hx-trigger"] = "keyup changed delay:600ms";
            textarea.Attributes["hx-target"] = "#" + CheckTarget;
            textarea.Attributes["hx-include"] = "closest form";
            textarea.Attributes["hx-swap"] = "innerHTML";
        }

        // A leading newline after <textarea> is dropped by the HTML parser; add one so that text starting with a newline survives.
        textarea.InnerHtml.AppendHtml("\n");
        textarea.InnerHtml.Append(ValueOf(FieldName, For.Model) ?? "");
        output.Content.AppendHtml(LabelTag());
        output.Content.AppendHtml(HintAndError(error));
        output.Content.AppendHtml(textarea);
    }
}
