using Lantern.Core.Supervision;

namespace Lantern.Web.Pages.Supervision;

/// <summary>One row of a table of supervision actions; the case is named when the table spans cases.</summary>
public sealed record SupervisionActionRow(SupervisionActionView Action, Guid? CaseId = null, string? CaseReference = null);

/// <summary>A table of supervision actions, for the <c>_ActionsTable</c> partial.</summary>
/// <param name="ShowSession">Link each action to the session that agreed it.</param>
public sealed record SupervisionActionsTable(IReadOnlyList<SupervisionActionRow> Rows, DateOnly Today, string Caption, bool ShowSession, bool ShowCase = false);
