using Lantern.Core.Cases;
using Lantern.Practice.Language;

namespace Lantern.Core.Notes;

/// <summary>Builds the pivot assistant's context from a case's people, so that rewrites name them.</summary>
public static class CaseLanguage
{
    public static LanguageContext ContextFor(IReadOnlyList<ParticipantView> participants, string locale = "en-GB")
    {
        ArgumentNullException.ThrowIfNull(participants);
        var perpetrator = participants.FirstOrDefault(p => p.Role == ParticipantRole.Perpetrator)?.Name;
        var survivor = participants.FirstOrDefault(p => p.Role == ParticipantRole.Survivor)?.Name;
        List<string> children = [.. participants.Where(p => p.Role == ParticipantRole.Child).Select(p => p.Name)];
        return new LanguageContext(perpetrator, survivor, children.Count > 0 ? children : null, locale);
    }
}
