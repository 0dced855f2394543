namespace Lantern.Practice.Language;

/// <summary>
/// A phrase an agency wants flagged in its own notes (e.g. a local euphemism). The phrase is matched
/// as literal words, case-insensitively, outside quotations.
/// </summary>
public sealed record AgencyTerm(
    string Phrase,
    string Category,
    string Message,
    string Reason,
    IReadOnlyList<string>? Suggestions = null,
    string? Id = null);
