using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary><c>&lt;lantern-select for="Input.TeamId" label="Team" items="Model.Teams" empty="No team" /&gt;</c></summary>
[HtmlTargetElement("lantern-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper : FieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    /// <summary>Text of a first option with an empty value (none chosen).</summary>
    [HtmlAttributeName("empty")]
    public string? Empty { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var error = Error;
        StartGroup(output, error);
        var select = new TagBuilder("select");
        select.AddCssClass("usa-select");
        MarkInvalid(select, error, "usa-input--error");
        select.Attributes["id"] = FieldId;
        select.Attributes["name"] = FieldName;
        if (DescribedBy(error) is { } describedBy)
        {
            select.Attributes["aria-describedby"] = describedBy;
        }

        var current = ValueOf(FieldName, For.Model) ?? "";
        if (Empty is not null)
        {
            select.InnerHtml.AppendHtml(Option("", Empty, current.Length == 0));
        }

        foreach (var item in Items)
        {
            select.InnerHtml.AppendHtml(Option(item.Value, item.Text, string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase)));
        }

        output.Content.AppendHtml(LabelTag());
        output.Content.AppendHtml(HintAndError(error));
        output.Content.AppendHtml(select);
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
