using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary><c>&lt;lantern-textarea for="Input.Narrative" label="…" rows="8" /&gt;</c>. No maxlength: a paste is never cut short silently; the server explains the limit.</summary>
[HtmlTargetElement("lantern-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaFieldTagHelper : FieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

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

        // A leading newline after <textarea> is dropped by the HTML parser; add one so that text starting with a newline survives.
        textarea.InnerHtml.AppendHtml("\n");
        textarea.InnerHtml.Append(ValueOf(FieldName, For.Model) ?? "");
        output.Content.AppendHtml(LabelTag());
        output.Content.AppendHtml(HintAndError(error));
        output.Content.AppendHtml(textarea);
    }
}
