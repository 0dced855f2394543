namespace Lantern.Practice.Mapping;

/// <summary>How well the date or period of a map entry is known.</summary>
public enum PeriodAccuracy
{
    Exact,
    Approximate,
    Ongoing,
    Unknown,
}
