namespace Lantern.Practice.Language;

/// <summary>
/// What the caller knows about the case, used to fill in rewrites and to recognise who is who:
/// with <c>Perpetrator = "Mr Calder"</c> and <c>Survivor = "Ms Calder"</c>, "she was pushed" becomes
/// "Mr Calder pushed Ms Calder". Unknown roles stay as placeholders such as <c>{perpetrator}</c>.
/// </summary>
public sealed record LanguageContext(
    string? Perpetrator = null,
    string? Survivor = null,
    IReadOnlyList<string>? Children = null,
    string Locale = "en-GB")
{
    public static LanguageContext Default { get; } = new();
}
