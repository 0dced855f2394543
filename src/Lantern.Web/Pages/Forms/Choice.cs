namespace Lantern.Web.Pages.Forms;

/// <summary>One option of a select, a radio group or a checkbox group.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null)
{
    public static IReadOnlyList<Choice> FromEnum<TEnum>(Func<TEnum, string> text, params TEnum[] only)
        where TEnum : struct, Enum =>
        (only.Length > 0 ? only : Enum.GetValues<TEnum>()).Select(v => new Choice(v.ToString(), text(v))).ToList();
}
