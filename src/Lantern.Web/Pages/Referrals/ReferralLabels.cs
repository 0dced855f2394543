using Lantern.Core.Referrals;

namespace Lantern.Web.Pages.Referrals;

/// <summary>Services, sources and a referral's status in a caseworker's words.</summary>
public static class ReferralLabels
{
    public static string For(ServiceKind kind) => kind switch
    {
        ServiceKind.DomesticAbuseService => "Domestic abuse service",
        ServiceKind.CourtAdvocacy => "Court advocacy",
        ServiceKind.SexualViolenceService => "Sexual violence service",
        ServiceKind.Counselling => "Counselling",
        ServiceKind.ChildrensService => "Children's service",
        ServiceKind.PerpetratorProgramme => "Perpetrator programme",
        ServiceKind.SubstanceMisuse => "Substance misuse",
        ServiceKind.MentalHealth => "Mental health",
        ServiceKind.Housing => "Housing",
    };

    public static string For(ReferralSource source) => source switch
    {
        ReferralSource.Police => "The police",
        ReferralSource.Agency => "An agency (ours)",
        ReferralSource.Self => "Self-referral (the person asked for it)",
    };

    public static string For(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "Sent",
        ReferralStatus.Received => "Received",
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Declined",
        ReferralStatus.Completed => "Completed",
    };

    /// <summary>What the providing agency may do next with a referral in this status.</summary>
    public static IReadOnlyList<ReferralStatus> Next(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Declined],
        ReferralStatus.Received => [ReferralStatus.Accepted, ReferralStatus.Declined],
        ReferralStatus.Accepted => [ReferralStatus.Completed],
        ReferralStatus.Declined or ReferralStatus.Completed => [],
    };
}
