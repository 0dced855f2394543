using Lantern.Core.Meetings;

namespace Lantern.Web.Pages.Meetings;

/// <summary>One action in a table of actions, and whether the reader may record its progress.</summary>
public sealed record ActionRow(MeetingActionView Action, bool MayRecordProgress, string? CaseReference = null, MeetingKind? Kind = null, DateOnly? HeldOn = null);

/// <summary>A table of meeting actions: on a meeting, a case's meetings, or every case's.</summary>
public sealed record ActionsTable(IReadOnlyList<ActionRow> Rows, DateOnly Today, string Caption, bool ShowMeeting = false);
