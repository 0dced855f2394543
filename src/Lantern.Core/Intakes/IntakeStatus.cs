namespace Lantern.Core.Intakes;

public enum IntakeStatus
{
    Draft,
    Completed,
}
