namespace Lantern.Practice.Mapping;

/// <summary>Where a map entry's information came from; anything but the survivor's own account corroborates it.</summary>
public enum EvidenceSource
{
    SurvivorInterview,
    PerpetratorInterview,
    ChildInterview,
    PoliceReport,
    School,
    Health,
    Records,
    OtherAgency,
}
