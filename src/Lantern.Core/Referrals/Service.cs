namespace Lantern.Core.Referrals;

/// <summary>What a service in the directory offers.</summary>
public enum ServiceKind
{
    DomesticAbuseService,
    CourtAdvocacy,
    SexualViolenceService,
    Counselling,
    ChildrensService,
    PerpetratorProgramme,
    SubstanceMisuse,
    MentalHealth,
    Housing,
}

/// <summary>
/// A service families are referred to, in the directory administrators keep. Provided by an agency in Lantern (whose
/// users then receive its referrals) or by one outside it (referrals are recorded and followed up by the referrer).
/// </summary>
public sealed class Service
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public ServiceKind Kind { get; set; }

    /// <summary>The agency that provides it, when that agency uses Lantern.</summary>
    public Guid? AgencyId { get; set; }
    public string Contact { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
