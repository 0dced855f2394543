using Lantern.Core.Plans;

namespace Lantern.Web.Pages.SafetyPlans;

public sealed class SafetyPlanFields
{
    public Guid? PersonId { get; set; }
    public string? Strategies { get; set; }
    public string? SafePeople { get; set; }
    public string? SafePlaces { get; set; }
    public string? CodeWords { get; set; }
    public string? WhatToDoWhen { get; set; }
    public uint? Version { get; set; }

    public SafetyPlanInput ToInput() => new()
    {
        PersonId = PersonId,
        Strategies = Strategies,
        SafePeople = SafePeople,
        SafePlaces = SafePlaces,
        CodeWords = CodeWords,
        WhatToDoWhen = WhatToDoWhen,
        Version = Version,
    };

    public static SafetyPlanFields From(SafetyPlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            PersonId = plan.PersonId,
            Strategies = plan.Strategies,
            SafePeople = plan.SafePeople,
            SafePlaces = plan.SafePlaces,
            CodeWords = plan.CodeWords,
            WhatToDoWhen = plan.WhatToDoWhen,
            Version = plan.Version,
        };
    }
}

/// <summary>What the shared safety plan form needs from its page (new or edit).</summary>
public interface ISafetyPlanForm
{
    SafetyPlanFields Input { get; }

    IReadOnlyList<Forms.Choice> People { get; }

    string CancelUrl { get; }
}
