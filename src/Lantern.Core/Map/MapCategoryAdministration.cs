using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Lantern.Practice.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Map;

public sealed record NewMapCategoryInput
{
    [Required(ErrorMessage = "Choose which part of the map the category belongs to.")]
    public MapComponent? Component { get; init; }

    [Required(ErrorMessage = "Enter the category's name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string? Label { get; init; }

    [StringLength(300, ErrorMessage = "Keep the hint under 300 characters.")]
    public string? Hint { get; init; }

    public bool WorkerSafety { get; init; }
}

/// <summary>One category as an administrator sees it: in use or hidden, the default's or the agency's own.</summary>
public sealed record MapCategoryRow(MapCategory Category, bool Hidden, bool AgencysOwn);

public sealed record AgencyTaxonomyView(Guid AgencyId, string AgencyName, string Version, IReadOnlyList<MapCategoryRow> Categories);

/// <summary>
/// An agency's map categories, for administrators: hide defaults the agency does not use, add its own. Entries
/// already recorded keep their category (and its name) when it is hidden; it is only left out of new choices.
/// </summary>
public sealed class MapCategoryAdministration(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <returns>Null when there is no such agency.</returns>
    public async Task<AgencyTaxonomyView?> GetAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        db.Scope.EnsureAdministrator("manage an agency's map categories");
        var name = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var taxonomy = await AgencyTaxonomy.ForAsync(db, agencyId, cancellationToken);
        var defaults = MapTaxonomy.Default;
        var rows = taxonomy.All.Select(c => new MapCategoryRow(c, taxonomy.IsHidden(c.Key), defaults.Find(c.Key) is null)).ToList();
        return new AgencyTaxonomyView(agencyId, name, taxonomy.Version, rows);
    }

    /// <returns>False when there is no such agency or category.</returns>
    public async Task<bool> SetHiddenAsync(Guid agencyId, string key, bool hidden, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        db.Scope.EnsureAdministrator("manage an agency's map categories");
        if (await GetAsync(agencyId, cancellationToken) is not { } view || view.Categories.FirstOrDefault(r => r.Category.Key == key) is not { } row)
        {
            return false;
        }

        var setting = await db.MapCategorySettings.SingleOrDefaultAsync(s => s.AgencyId == agencyId && s.Key == key, cancellationToken);
        if (setting is null)
        {
            setting = new MapCategorySetting { AgencyId = agencyId, Key = key, Component = row.Category.Component };
            db.MapCategorySettings.Add(setting);
        }

        setting.Hidden = hidden;
        setting.ChangedAt = clock.Now();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MapCategoriesChanged, SubjectId: agencyId,
            Detail: $"{(hidden ? "hid" : "showed")}={key}"));
        return true;
    }

    /// <returns>Null when there is no such agency.</returns>
    public async Task<MapCategory?> AddAsync(Guid agencyId, NewMapCategoryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Scope.EnsureAdministrator("manage an agency's map categories");
        if (await GetAsync(agencyId, cancellationToken) is not { } view)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        var label = input.Label?.Trim() ?? "";
        if (label.Length > 0 && view.Categories.Any(r => r.Category.Component == input.Component && string.Equals(r.Category.Label, label, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(NewMapCategoryInput.Label)] = ["This part of the map already has a category with this name."];
        }

        InputRules.Enforce(input, errors);
        var component = input.Component!.Value;
        var stem = $"{Prefix(component)}.own-{Slug(label)}";
        var key = stem;
        for (var n = 2; view.Categories.Any(r => r.Category.Key == key); n++)
        {
            key = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        db.MapCategorySettings.Add(new MapCategorySetting
        {
            AgencyId = agencyId,
            Key = key,
            Component = component,
            Label = label,
            Hint = input.Hint?.Trim() ?? "",
            WorkerSafety = input.WorkerSafety && component == MapComponent.CoerciveControl,
            ChangedAt = clock.Now(),
        });
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MapCategoriesChanged, SubjectId: agencyId, Detail: $"added={key}"));
        return new MapCategory(key, component, label, input.Hint?.Trim() ?? "");
    }

    private static string Prefix(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => "cc",
        MapComponent.HarmToChild => "hc",
        MapComponent.ProtectiveEfforts => "pe",
        MapComponent.ChildImpact => "ci",
        MapComponent.IntersectingFactors => "if",
    };

    /// <summary>Lower-case ASCII letters and digits joined by hyphens, at most 40 characters; "category" when nothing is left.</summary>
    private static string Slug(string label)
    {
        var builder = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
        return slug.Length == 0 ? "category" : slug;
    }
}
