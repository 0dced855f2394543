using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Core.Sharing;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration agreement between the child welfare agency, the domestic abuse service, the police and the
/// school, and the Calder case shared under it: the police see his pattern, the intakes and the meetings (with only
/// the minutes of his pattern and his harm to the children); the advocate, with Morag's consent, sees the whole map,
/// the plan and the meetings; the school sees the impact on the children and the plan, and no meetings.
/// </summary>
public static partial class DemoData
{
    private const InformationCategory PoliceSees = InformationCategory.Identity | InformationCategory.Intakes
        | InformationCategory.CoerciveControl | InformationCategory.HarmToChild | InformationCategory.Meetings;

    private const InformationCategory AdvocateSees = InformationCategory.Identity | InformationCategory.CoerciveControl | InformationCategory.HarmToChild
        | InformationCategory.ProtectiveEfforts | InformationCategory.ChildImpact | InformationCategory.IntersectingFactors | InformationCategory.Plans
        | InformationCategory.Meetings;

    private const InformationCategory SchoolSees = InformationCategory.Identity | InformationCategory.ChildImpact | InformationCategory.Plans;

    private static void ShareCalder(LanternDbContext db, Agency welfare, Agency refuge, Agency police, Agency school, Case calder, Person morag,
        LanternUser worker, DateTimeOffset now, DateOnly today)
    {
        var agreement = new SharingAgreement
        {
            Title = "Northgate family safety information sharing",
            Purpose = "To keep children safe and together with the non-abusing parent where there is domestic abuse, by sharing what each agency knows of the perpetrator's pattern and its effect on the children.",
            LegalBasis = "Children Act 1989 s.47 and s.17; Crime and Disorder Act 1998 s.115; UK GDPR Art. 6(1)(e) and 9(2)(g).",
            StartsOn = today.AddYears(-1),
            EndsOn = today.AddYears(2),
            Status = AgreementStatus.Active,
            ApprovedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        agreement.Parties.Add(new AgreementParty { AgencyId = welfare.Id, Categories = (InformationCategory)8191, ConsentRequired = false });
        agreement.Parties.Add(new AgreementParty { AgencyId = police.Id, Categories = PoliceSees, ConsentRequired = false });
        agreement.Parties.Add(new AgreementParty { AgencyId = refuge.Id, Categories = AdvocateSees, ConsentRequired = true });
        agreement.Parties.Add(new AgreementParty { AgencyId = school.Id, Categories = SchoolSees, ConsentRequired = false });
        db.SharingAgreements.Add(agreement);

        var consent = new Consent
        {
            CaseId = calder.Id,
            GivenByPersonId = morag.Id,
            PartnerAgencyId = refuge.Id,
            Scope = "Morag agreed that her advocate at Harbour may see the map, the plan and the meetings about the boys, not her safety plan.",
            GivenOn = today.AddDays(-7),
            ExpiresOn = today.AddMonths(6),
            RecordedById = worker.Id,
            RecordedAt = now,
        };
        db.Consents.Add(consent);

        CaseShare Share(Agency partner, InformationCategory categories, Consent? given) => new()
        {
            CaseId = calder.Id,
            AgreementId = agreement.Id,
            PartnerAgencyId = partner.Id,
            Categories = categories,
            ConsentId = given?.Id,
            IsActive = true,
            ActiveFrom = agreement.StartsOn,
            ValidUntil = given?.ExpiresOn is { } expires && expires < agreement.EndsOn ? expires : agreement.EndsOn,
            SharedById = worker.Id,
            SharedAt = now,
        };
        db.CaseShares.AddRange(Share(police, PoliceSees, null), Share(refuge, AdvocateSees, consent), Share(school, SchoolSees, null));
    }
}
