namespace Lantern.Core.Agencies;

public enum AgencyType
{
    ChildWelfare,
    DomesticAbuseService,
    Police,
    Court,
    Probation,
    School,
    Health,
    MentalHealth,
    PerpetratorInterventionProgramme,
    Other,
}
