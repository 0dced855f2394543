namespace Lantern.Core.Implementation;

/// <summary>A member of the agency's staff, as offered when recording attendance or a champion.</summary>
public sealed record StaffMember(Guid Id, string Name, IReadOnlyList<string> Roles);

public sealed record TrainingRecordView(Guid Id, Guid? UserId, string AttendeeName, TrainingCourse Course, DateOnly AttendedOn, DateTimeOffset RecordedAt);

/// <summary>One course's reach: how many of the agency's active practitioners and supervisors attended it, and how many attendances in all.</summary>
public sealed record CourseCoverage(TrainingCourse Course, int StaffAttended, int Attendances);

/// <summary>
/// How far core practice training has reached the people who carry cases: the agency's active practitioners and
/// supervisors, with those not yet trained named, so that a manager can plan the next course.
/// </summary>
public sealed record TrainingCoverage(int Staff, int CoreTrained, IReadOnlyList<CourseCoverage> ByCourse, IReadOnlyList<StaffMember> NotYetCoreTrained)
{
    public int CorePercent => Staff == 0 ? 0 : (int)Math.Round(100.0 * CoreTrained / Staff, MidpointRounding.AwayFromZero);
}

public sealed record TrainingList(IReadOnlyList<TrainingRecordView> Records, TrainingCoverage Coverage, bool MayRecord);

public sealed record ChampionView(Guid Id, Guid UserId, string Name, DateOnly Since, DateOnly? Until);

public sealed record ChampionList(IReadOnlyList<ChampionView> Current, IReadOnlyList<ChampionView> Past, bool MayChange);

/// <summary>A case discussed at a practice meeting, listed only to someone who may see the case.</summary>
public sealed record DiscussedCase(Guid CaseId, string Reference);

/// <summary>A practice meeting in a list; <see cref="CasesDiscussed"/> counts only the cases the reader may see.</summary>
public sealed record PracticeMeetingSummary(Guid Id, DateOnly HeldOn, int CasesDiscussed, string Learning);

public sealed record PracticeMeetingList(IReadOnlyList<PracticeMeetingSummary> Meetings, bool MayRecord);

public sealed record PracticeMeetingView(
    Guid Id,
    DateOnly HeldOn,
    string Attendees,
    IReadOnlyList<DiscussedCase> CasesDiscussed,
    string Learning,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    uint Version,
    bool MayChange);

public sealed record PresentationView(
    Guid Id,
    DateOnly GivenOn,
    PresentationAudience AudienceKind,
    string Audience,
    string Topic,
    string Presenter,
    int? AttendeeCount,
    DateTimeOffset RecordedAt);

public sealed record PresentationList(IReadOnlyList<PresentationView> Presentations, bool MayRecord);

public sealed record ContinuumRatingView(ContinuumArea Area, ContinuumLevel Level, string Evidence);

public sealed record ContinuumAssessmentView(
    Guid Id,
    DateOnly AssessedOn,
    string Notes,
    IReadOnlyList<ContinuumRatingView> Ratings,
    string RecordedByName,
    DateTimeOffset RecordedAt)
{
    public ContinuumRatingView? RatingOf(ContinuumArea area) => Ratings.FirstOrDefault(r => r.Area == area);

    public ContinuumLevel? LevelOf(ContinuumArea area) => RatingOf(area)?.Level;
}

/// <summary>One area's level in the latest self-assessment beside the one before it.</summary>
public sealed record ContinuumChange(ContinuumArea Area, ContinuumLevel Level, ContinuumLevel? Previous)
{
    /// <summary>Levels moved: positive towards proficient, negative back towards destructive, null with nothing to compare.</summary>
    public int? Movement => Previous is { } previous ? (int)Level - (int)previous : null;
}

/// <summary>The agency's self-assessments, oldest first, so that its history can be drawn.</summary>
public sealed record ContinuumHistory(IReadOnlyList<ContinuumAssessmentView> Assessments, bool MayRecord)
{
    public ContinuumAssessmentView? Latest => Assessments.Count > 0 ? Assessments[^1] : null;

    public ContinuumAssessmentView? Previous => Assessments.Count > 1 ? Assessments[^2] : null;

    public IReadOnlyList<ContinuumChange> Changes => Latest is { } latest
        ? [.. latest.Ratings.OrderBy(r => r.Area).Select(r => new ContinuumChange(r.Area, r.Level, Previous?.LevelOf(r.Area)))]
        : [];
}

/// <summary>The implementation overview: each record kind in brief, with the latest self-assessment's movement.</summary>
public sealed record ImplementationOverview(
    TrainingCoverage Training,
    IReadOnlyList<ChampionView> Champions,
    IReadOnlyList<PracticeMeetingSummary> RecentMeetings,
    IReadOnlyList<PresentationView> PresentationsLastYear,
    ContinuumAssessmentView? LatestAssessment,
    DateOnly? PreviousAssessedOn,
    IReadOnlyList<ContinuumChange> Changes,
    bool MayRecord,
    bool MayRecordPracticeMeetings);
