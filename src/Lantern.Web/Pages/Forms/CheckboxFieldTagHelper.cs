using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary>
/// One yes/no checkbox bound to a bool: <c>&lt;lantern-checkbox for="Input.InterpreterNeeded" label="Needs an interpreter" /&gt;</c>.
/// An unticked box posts nothing, and a new input model starts false.
/// </summary>
[HtmlTargetElement("lantern-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxFieldTagHelper : FieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var error = Error;
        StartGroup(output, error);
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("usa-checkbox");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("usa-checkbox__input");
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["value"] = "true";
        if (string.Equals(ValueOf(FieldName, For.Model), "true", StringComparison.OrdinalIgnoreCase))
        {
            input.Attributes["checked"] = "checked";
        }

        if (error is not null)
        {
            // The hint is part of the label, so it is read with it; only the error is a separate description.
            input.Attributes["aria-describedby"] = ErrorId;
        }

        var label = new TagBuilder("label");
        label.AddCssClass("usa-checkbox__label");
        label.Attributes["for"] = FieldId;
        label.InnerHtml.Append(Label);
        if (Hint is not null)
        {
            var description = new TagBuilder("span");
            description.AddCssClass("usa-checkbox__label-description");
            description.Attributes["id"] = HintId;
            description.InnerHtml.Append(Hint);
            label.InnerHtml.AppendHtml(description);
        }

        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(label);

        // The hint sits inside the label, as USWDS lays checkboxes out; only the error goes above the box.
        var hint = Hint;
        Hint = null;
        output.Content.AppendHtml(HintAndError(error));
        Hint = hint;
        output.Content.AppendHtml(wrapper);
    }
}
