using System.Globalization;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Audit;

/// <summary>
/// The audit trail, newest first, 50 at a time. It shows identifiers only: administrators read no case
/// content, so no one's name from a case appears here (user names of staff do).
/// </summary>
public sealed class IndexModel(AuditLog log, LanternDbContext db) : FormPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionText { get; set; }

    [BindProperty(SupportsGet = true, Name = "caseId")]
    public string? CaseIdText { get; set; }

    [BindProperty(SupportsGet = true, Name = "personId")]
    public string? PersonIdText { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public string? BeforeText { get; set; }

    public AuditAction? Action { get; private set; }
    public Guid? CaseId { get; private set; }
    public Guid? PersonId { get; private set; }
    public long? Before { get; private set; }
    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> UserNames { get; private set; } = new Dictionary<Guid, string>();
    public bool IsFiltered => Action is not null || CaseId is not null || PersonId is not null;

    public IReadOnlyList<Choice> Actions { get; } = Choice.FromEnum<AuditAction>(Labels.For)
        .OrderBy(c => c.Text, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Action = Enum.TryParse<AuditAction>(ActionText, out var action) && Enum.IsDefined(action) ? action : null;
        CaseId = ReadId(CaseIdText, "caseId", "case");
        PersonId = ReadId(PersonIdText, "personId", "person");
        Before = long.TryParse(BeforeText, NumberStyles.None, CultureInfo.InvariantCulture, out var before) && before > 0 ? before : null;
        if (HasErrors)
        {
            return;
        }

        Events = await log.ListAsync(new AuditQuery(CaseId: CaseId, PersonId: PersonId, Action: Action, Before: Before, Take: PageSize),
            recordTheViewing: true, cancellationToken);
        var userIds = Events.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList();
        UserNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id.ToString(), cancellationToken);
    }

    public string Link(long? before = null, AuditAction? action = null, Guid? caseId = null, Guid? personId = null)
    {
        var query = new List<string>();
        if ((action ?? Action) is { } a)
        {
            query.Add("action=" + a);
        }

        if ((caseId ?? CaseId) is { } c)
        {
            query.Add("caseId=" + c);
        }

        if ((personId ?? PersonId) is { } p)
        {
            query.Add("personId=" + p);
        }

        if (before is { } b)
        {
            query.Add("before=" + b.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/Audit" : "/Audit?" + string.Join('&', query);
    }

    private Guid? ReadId(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        ModelState.AddModelError(field, $"Enter a {what} id like 0195f3a2-7c41-7d0e-9a51-3f6b2c8d9e10, or leave it empty.");
        return null;
    }
}
