namespace Lantern.Core.Implementation;

/// <summary>The trainings an agency tracks as it adopts the model.</summary>
public enum TrainingCourse
{
    Overview,
    CorePractice,
    Supervisors,
    Champions,
    PartnerAgencies,
    Refresher,
}

/// <summary>Someone from the agency attended a training on a date.</summary>
public sealed class TrainingRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }

    /// <summary>The attendee's Lantern account, when they have one; <see cref="AttendeeName"/> is kept either way.</summary>
    public Guid? UserId { get; set; }
    public string AttendeeName { get; set; } = "";
    public TrainingCourse Course { get; set; }
    public DateOnly AttendedOn { get; set; }
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A member of staff who spreads the model in the agency, from a date until they step down.</summary>
public sealed class PracticeChampion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public Guid UserId { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? Until { get; set; }
}
