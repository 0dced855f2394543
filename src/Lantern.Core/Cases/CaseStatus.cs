namespace Lantern.Core.Cases;

public enum CaseStatus
{
    Intake,
    Open,
    Closed,
}
