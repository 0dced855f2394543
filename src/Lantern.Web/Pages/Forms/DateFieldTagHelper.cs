using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary>
/// A USWDS memorable date (day, month, year boxes) bound to <see cref="DateParts"/>:
/// <c>&lt;lantern-date for="Input.ReceivedOn" label="Date received" /&gt;</c>. The day box carries the field's id,
/// so that the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("lantern-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateFieldTagHelper : FieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Hint ??= "For example, 27 3 2024";
        var error = Error;
        StartGroup(output, error);
        var parts = For.Model as DateParts ?? new DateParts();
        var fieldset = Fieldset(error);
        var boxes = new TagBuilder("div");
        boxes.AddCssClass("usa-memorable-date");
        boxes.InnerHtml.AppendHtml(Box("Day", "day", FieldId, parts.Day, 2, error));
        boxes.InnerHtml.AppendHtml(Box("Month", "month", FieldId + "_Month", parts.Month, 9, error));
        boxes.InnerHtml.AppendHtml(Box("Year", "year", FieldId + "_Year", parts.Year, 4, error));
        fieldset.InnerHtml.AppendHtml(boxes);
        output.Content.AppendHtml(fieldset);
    }

    private TagBuilder Box(string part, string modifier, string id, string? model, int size, string? error)
    {
        var group = new TagBuilder("div");
        group.AddCssClass($"usa-form-group usa-form-group--{modifier}");
        var label = new TagBuilder("label");
        label.AddCssClass("usa-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(part);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("usa-input");
        MarkInvalid(input, error, "usa-input--error");
        var name = $"{FieldName}.{part}";
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = part == "Month" ? "text" : "numeric";
        input.Attributes["size"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (ValueOf(name, model) is { } value)
        {
            input.Attributes["value"] = value;
        }

        group.InnerHtml.AppendHtml(label);
        group.InnerHtml.AppendHtml(input);
        return group;
    }
}
