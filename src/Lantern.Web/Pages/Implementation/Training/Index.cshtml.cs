using Lantern.Core.Implementation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.Training;

/// <summary>Who attended which training and when, filtered by course and period, with core training coverage.</summary>
public sealed class IndexModel(TrainingService training, TimeProvider clock) : PageModel
{
    public const string DefaultPeriod = "12m";

    public static IReadOnlyList<Choice> Periods { get; } =
    [
        new("3m", "The last 3 months"),
        new("12m", "The last 12 months"),
        new("24m", "The last 2 years"),
        new("all", "Any time"),
    ];

    /// <summary>A value no filter offers is treated as "any course", not an error.</summary>
    [BindProperty(SupportsGet = true)]
    public TrainingCourse? Course { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public TrainingList List { get; private set; } = null!;

    public string PeriodText => Periods.First(p => p.Value == Period).Text.ToLowerInvariant();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Course is { } course && !Enum.IsDefined(course))
        {
            Course = null;
        }

        Period = Periods.Any(p => p.Value == Period) ? Period : DefaultPeriod;
        var today = Core.Data.ClockExtensions.Today(clock);
        DateOnly? from = Period switch
        {
            "3m" => today.AddMonths(-3),
            "12m" => today.AddYears(-1),
            "24m" => today.AddYears(-2),
            _ => null,
        };
        List = await training.ListAsync(Course, from, null, cancellationToken);
    }
}
