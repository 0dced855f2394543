namespace Lantern.Core.Implementation;

/// <summary>The continuum of practice, from worst to best; the numbers order a history chart.</summary>
public enum ContinuumLevel
{
    Destructive = 0,
    Neglectful = 1,
    PreCompetent = 2,
    Competent = 3,
    Proficient = 4,
}

/// <summary>What an agency assesses itself on: the model's three principles and the parts of the organisation that carry them.</summary>
public enum ContinuumArea
{
    ChildSafeAndTogether = 1,
    PartneringWithSurvivor = 2,
    InterveningWithPerpetrator = 3,
    Policy = 4,
    Screening = 5,
    Supervision = 6,
    Documentation = 7,
    QualityAssurance = 8,
    PartnershipWithAgencies = 9,
}

/// <summary>An agency's self-assessment on the continuum, repeated over time so that its history can be drawn.</summary>
public sealed class ContinuumAssessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public string Notes { get; set; } = "";
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public List<ContinuumRating> Ratings { get; } = [];
}

/// <summary>One area's level in a self-assessment, with the evidence for it.</summary>
public sealed class ContinuumRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssessmentId { get; set; }
    public ContinuumArea Area { get; set; }
    public ContinuumLevel Level { get; set; }
    public string Evidence { get; set; } = "";
}
