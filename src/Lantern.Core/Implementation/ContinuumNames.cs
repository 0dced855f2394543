namespace Lantern.Core.Implementation;

/// <summary>
/// The continuum's areas and levels in words, in one place so that error messages, pages and exports agree. The
/// third principle is named by what the intervention is for, so that the wording holds whatever term an agency
/// uses for the person causing harm.
/// </summary>
public static class ContinuumNames
{
    public static string Of(ContinuumArea area) => area switch
    {
        ContinuumArea.ChildSafeAndTogether => "Keeping children safe and together with the non-offending parent",
        ContinuumArea.PartneringWithSurvivor => "Partnering with the non-offending parent",
        ContinuumArea.InterveningWithPerpetrator => "Intervening to reduce risk and harm to the children",
        ContinuumArea.Policy => "Policy, from intake to permanency",
        ContinuumArea.Screening => "Screening in every case",
        ContinuumArea.Supervision => "Supervision",
        ContinuumArea.Documentation => "Documentation",
        ContinuumArea.QualityAssurance => "Quality assurance",
        ContinuumArea.PartnershipWithAgencies => "Partnership with other agencies",
    };

    public static string Of(ContinuumLevel level) => level switch
    {
        ContinuumLevel.Destructive => "Destructive",
        ContinuumLevel.Neglectful => "Neglectful",
        ContinuumLevel.PreCompetent => "Pre-competent",
        ContinuumLevel.Competent => "Competent",
        ContinuumLevel.Proficient => "Proficient",
    };
}
