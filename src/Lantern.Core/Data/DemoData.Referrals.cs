using Lantern.Core.Agencies;
using Lantern.Core.Referrals;

namespace Lantern.Core.Data;

/// <summary>The demonstration directory of services: two provided by agencies in Lantern (who receive their referrals), two outside it.</summary>
public static partial class DemoData
{
    public const string HarbourOutreach = "Harbour outreach";

    private static void SeedServices(LanternDbContext db, Agency refuge, Agency school, DateTimeOffset now)
    {
        db.Services.AddRange(
            new Service
            {
                Name = HarbourOutreach,
                Kind = ServiceKind.DomesticAbuseService,
                AgencyId = refuge.Id,
                Contact = "Harbour Domestic Abuse Service, outreach team: 0300 555 0142 (weekdays 9 to 5).",
                CreatedAt = now,
            },
            new Service
            {
                Name = "Northgate perpetrator programme",
                Kind = ServiceKind.PerpetratorProgramme,
                Contact = "Northgate Change Project: referrals@northgate-change.example, 0300 555 0177.",
                CreatedAt = now,
            },
            new Service
            {
                Name = "Riverside school counselling",
                Kind = ServiceKind.Counselling,
                AgencyId = school.Id,
                Contact = "Riverside Primary School, pastoral lead: 0300 555 0190.",
                CreatedAt = now,
            },
            new Service
            {
                Name = "Northgate drug and alcohol service",
                Kind = ServiceKind.SubstanceMisuse,
                Contact = "Northgate Recovery Hub: 0300 555 0123, open access Monday to Friday.",
                CreatedAt = now,
            });
    }
}
