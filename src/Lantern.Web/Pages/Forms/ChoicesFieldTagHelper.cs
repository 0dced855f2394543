using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Pages.Forms;

/// <summary>
/// A radio group (one answer) or a checkbox group (several, when the property is a list), in a fieldset with
/// a legend: <c>&lt;lantern-choices for="Input.Role" label="Their role in this case" items="Model.Roles" /&gt;</c>.
/// The first option's id is the field's id, so that the error summary's link lands on the group.
/// </summary>
[HtmlTargetElement("lantern-choices", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesFieldTagHelper : FieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<Choice> Items { get; set; } = [];

    /// <summary>Shows short options (Yes / No / Not known) side by side.</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var error = Error;
        StartGroup(output, error);
        var multiple = For.Model is IEnumerable and not string || (For.Metadata.IsEnumerableType && For.Metadata.ModelType != typeof(string));
        var chosen = Chosen(multiple);
        var fieldset = Fieldset(error);
        var index = 0;
        var list = new TagBuilder("div");
        if (Inline)
        {
            list.AddCssClass("lantern-choices--inline");
        }

        foreach (var item in Items)
        {
            var id = index == 0 ? FieldId : $"{FieldId}-{index}";
            index++;
            var wrapper = new TagBuilder("div");
            wrapper.AddCssClass(multiple ? "usa-checkbox" : "usa-radio");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass(multiple ? "usa-checkbox__input" : "usa-radio__input");
            input.Attributes["type"] = multiple ? "checkbox" : "radio";
            input.Attributes["id"] = id;
            input.Attributes["name"] = FieldName;
            input.Attributes["value"] = item.Value;
            if (chosen.Contains(item.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.AddCssClass(multiple ? "usa-checkbox__label" : "usa-radio__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(item.Text);
            if (item.Hint is not null)
            {
                var description = new TagBuilder("span");
                description.AddCssClass(multiple ? "usa-checkbox__label-description" : "usa-radio__label-description");
                description.InnerHtml.Append(item.Hint);
                label.InnerHtml.AppendHtml(description);
            }

            wrapper.InnerHtml.AppendHtml(input);
            wrapper.InnerHtml.AppendHtml(label);
            list.InnerHtml.AppendHtml(wrapper);
        }

        fieldset.InnerHtml.AppendHtml(list);
        output.Content.AppendHtml(fieldset);
    }

    private HashSet<string> Chosen(bool multiple)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            switch (entry.RawValue)
            {
                case string one:
                    set.Add(one);
                    break;
                case IEnumerable many:
                    foreach (var value in many)
                    {
                        set.Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                    }

                    break;
                default:
                    set.Add(entry.AttemptedValue ?? "");
                    break;
            }

            return set;
        }

        if (multiple && For.Model is IEnumerable values and not string)
        {
            foreach (var value in values)
            {
                set.Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            }
        }
        else if (ValueOf(FieldName, For.Model) is { } single)
        {
            set.Add(single);
        }

        return set;
    }
}
