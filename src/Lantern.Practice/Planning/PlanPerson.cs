namespace Lantern.Practice.Planning;

/// <summary>The part a person plays in a plan.</summary>
public enum PlanRole
{
    Perpetrator,
    Survivor,
    Child,
    OtherAdult,
}

/// <summary>A person the plan is for: the name is used in findings.</summary>
public sealed record PlanPerson(Guid Id, string Name, PlanRole Role);
