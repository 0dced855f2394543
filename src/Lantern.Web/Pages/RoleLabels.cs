using Lantern.Core.Cases;

namespace Lantern.Web.Pages;

/// <summary>The words and tag style for each participant role; the perpetrator's term is the agency's own.</summary>
public static class RoleLabels
{
    public static (string CssModifier, string Label) For(ParticipantRole role, LanternSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return role switch
        {
            ParticipantRole.Child => ("child", "Child"),
            ParticipantRole.Survivor => ("survivor", "Survivor"),
            ParticipantRole.Perpetrator => ("perpetrator", settings.PerpetratorTerm),
            ParticipantRole.OtherCaregiver => ("other-caregiver", "Other caregiver"),
            ParticipantRole.Other => ("other", "Other"),
        };
    }
}
