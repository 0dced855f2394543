namespace Lantern.Core.Intakes;

public enum IntakeSource
{
    PoliceConcernForm,
    School,
    Health,
    Self,
    OtherAgency,
    Anonymous,
}
