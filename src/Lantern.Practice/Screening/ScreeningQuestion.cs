namespace Lantern.Practice.Screening;

/// <summary>The domestic abuse screening questions asked at every intake, whatever the presenting concern.</summary>
public enum ScreeningQuestion
{
    HarmOrFearFromPartner,
    ControllingBehaviour,
    PoliceOrCourtInvolvement,
    ChildrenHarmedOrUsed,
}

public enum ScreeningAnswer
{
    NotAsked,
    Yes,
    No,
    NotKnown,
}

public enum ScreeningOutcome
{
    NotScreened,
    DomesticAbuseIndicated,
    NoIndicatorsFound,
    UnableToScreenSafely,
}
