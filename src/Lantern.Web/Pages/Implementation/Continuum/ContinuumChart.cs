using System.Globalization;
using System.Text;
using Lantern.Core.Implementation;

namespace Lantern.Web.Pages.Implementation.Continuum;

/// <summary>
/// The geometry of the continuum history chart, drawn as SVG on the server (no script). Levels are horizontal bands,
/// named on the y axis; assessments are evenly spaced along the x axis in date order (they are meant to be six
/// months or so apart, and even spacing keeps every date label readable). Each area is one line; lines in the same
/// band are spread a little within it so that none hides another, and each area has its own marker shape and line
/// pattern as well as its own colour, so that nothing depends on telling colours apart.
/// </summary>
public sealed class ContinuumChart
{
    /// <summary>The chart (and the table beside it) shows at most this many of the latest assessments.</summary>
    public const int MaxAssessments = 12;

    public const double BandHeight = 64;
    public const double Top = 12;
    public const double Left = 132;
    public const double Right = 24;
    public const double Bottom = 48;
    private const double Spread = 6.5;
    private const double Inset = 36;

    private static readonly string[] Colours = ["#1a4480", "#b50909", "#00687d", "#8a3b12", "#5e519e", "#4d6b22", "#c05600", "#71767a", "#1b1b1b"];
    private static readonly string[] Dashes = ["", "8 4", "2 3", "", "8 4", "2 3", "", "8 4", "2 3"];

    public ContinuumChart(IReadOnlyList<ContinuumAssessmentView> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        Assessments = assessments.Count > MaxAssessments ? assessments.Skip(assessments.Count - MaxAssessments).ToList() : assessments;
        Width = Left + Right + Math.Max(480, Assessments.Count * 96);
        var plotWidth = Width - Left - Right;
        double X(int i) => Assessments.Count == 1 ? Left + (plotWidth / 2) : Left + Inset + (i * (plotWidth - (2 * Inset)) / (Assessments.Count - 1));
        Columns = [.. Assessments.Select((a, i) => new Column(X(i), a.AssessedOn))];
        var areas = Enum.GetValues<ContinuumArea>();
        Series = [.. areas.Select((area, index) =>
        {
            var points = Assessments.Select((a, i) => a.LevelOf(area) is { } level ? new Point(X(i), Y(level, index), a.AssessedOn, level) : null)
                .OfType<Point>().ToList();
            return new Line(area, index, Colours[index % Colours.Length], Dashes[index % Dashes.Length], points);
        })];
    }

    public IReadOnlyList<ContinuumAssessmentView> Assessments { get; }

    public double Width { get; }

    public double Height => Top + (BandHeight * Bands.Count) + Bottom;

    public double PlotBottom => Top + (BandHeight * Bands.Count);

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<Line> Series { get; }

    /// <summary>The levels from the top of the chart (proficient) down.</summary>
    public IReadOnlyList<Band> Bands { get; } =
        [.. Enum.GetValues<ContinuumLevel>().Reverse().Select((level, i) => new Band(level, Top + (i * BandHeight), BandHeight))];

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The middle of the level's band, moved up or down a little for the area's place in the order.</summary>
    public static double Y(ContinuumLevel level, int areaIndex) =>
        Top + ((int)ContinuumLevel.Proficient - (int)level) * BandHeight + (BandHeight / 2) + ((areaIndex - 4) * Spread);

    /// <summary>One of nine marker shapes, centred on the point, as an SVG path.</summary>
    public static string Marker(int areaIndex, double x, double y)
    {
        const double R = 4.5;
        var d = new StringBuilder();
        void Move(double dx, double dy) => d.Append(CultureInfo.InvariantCulture, $"M{Number(x + dx)} {Number(y + dy)}");
        void To(double dx, double dy) => d.Append(CultureInfo.InvariantCulture, $"L{Number(x + dx)} {Number(y + dy)}");
        void Polygon(int corners, double rotation)
        {
            for (var i = 0; i < corners; i++)
            {
                var angle = rotation + (2 * Math.PI * i / corners);
                var (dx, dy) = (R * 1.15 * Math.Cos(angle), R * 1.15 * Math.Sin(angle));
                if (i == 0)
                {
                    Move(dx, dy);
                }
                else
                {
                    To(dx, dy);
                }
            }

            d.Append('Z');
        }

        switch (areaIndex % 9)
        {
            case 0: // circle
                d.Append(CultureInfo.InvariantCulture, $"M{Number(x - R)} {Number(y)}a{Number(R)} {Number(R)} 0 1 0 {Number(2 * R)} 0a{Number(R)} {Number(R)} 0 1 0 {Number(-2 * R)} 0Z");
                break;
            case 1: // square
                Move(-R, -R);
                To(R, -R);
                To(R, R);
                To(-R, R);
                d.Append('Z');
                break;
            case 2: // triangle, point up
                Polygon(3, -Math.PI / 2);
                break;
            case 3: // diamond
                Polygon(4, 0);
                break;
            case 4: // triangle, point down
                Polygon(3, Math.PI / 2);
                break;
            case 5: // pentagon
                Polygon(5, -Math.PI / 2);
                break;
            case 6: // hexagon
                Polygon(6, 0);
                break;
            case 7: // plus
                Move(-R / 3, -R);
                To(R / 3, -R);
                To(R / 3, -R / 3);
                To(R, -R / 3);
                To(R, R / 3);
                To(R / 3, R / 3);
                To(R / 3, R);
                To(-R / 3, R);
                To(-R / 3, R / 3);
                To(-R, R / 3);
                To(-R, -R / 3);
                To(-R / 3, -R / 3);
                d.Append('Z');
                break;
            default: // star
                for (var i = 0; i < 10; i++)
                {
                    var angle = (-Math.PI / 2) + (Math.PI * i / 5);
                    var radius = i % 2 == 0 ? R * 1.3 : R * 0.55;
                    if (i == 0)
                    {
                        Move(radius * Math.Cos(angle), radius * Math.Sin(angle));
                    }
                    else
                    {
                        To(radius * Math.Cos(angle), radius * Math.Sin(angle));
                    }
                }

                d.Append('Z');
                break;
        }

        return d.ToString();
    }

    public sealed record Column(double X, DateOnly On);

    public sealed record Band(ContinuumLevel Level, double Y, double Height);

    public sealed record Point(double X, double Y, DateOnly On, ContinuumLevel Level);

    public sealed record Line(ContinuumArea Area, int Index, string Colour, string Dash, IReadOnlyList<Point> Points)
    {
        public string Path => string.Concat(Points.Select((p, i) => $"{(i == 0 ? "M" : "L")}{Number(p.X)} {Number(p.Y)}"));
    }
}
