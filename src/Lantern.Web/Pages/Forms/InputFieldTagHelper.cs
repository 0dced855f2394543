using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary><c>&lt;lantern-input for="Input.GivenName" label="Given name" autocomplete="off" width="md" /&gt;</c></summary>
[HtmlTargetElement("lantern-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputFieldTagHelper : FieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>USWDS width: 2xs, xs, sm, md, lg, xl, 2xl.</summary>
    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    /// <summary>Names, references and identifiers are not words: no spell check, no capitalisation.</summary>
    [HtmlAttributeName("verbatim")]
    public bool Verbatim { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var error = Error;
        StartGroup(output, error);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("usa-input");
        if (Width is not null)
        {
            input.AddCssClass("usa-input--" + Width);
        }

        MarkInvalid(input, error, "usa-input--error");
        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = Type;
        if (Type != "password" && ValueOf(FieldName, For.Model) is { } value)
        {
            input.Attributes["value"] = value;
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (InputMode is not null)
        {
            input.Attributes["inputmode"] = InputMode;
        }

        if (Verbatim)
        {
            input.Attributes["spellcheck"] = "false";
            input.Attributes["autocapitalize"] = "none";
        }

        if (DescribedBy(error) is { } describedBy)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        output.Content.AppendHtml(LabelTag());
        output.Content.AppendHtml(HintAndError(error));
        output.Content.AppendHtml(input);
    }
}
