namespace Lantern.Practice.Mapping;

/// <summary>One category of a component's taxonomy.</summary>
/// <param name="Key">Stable key stored with entries, e.g. <c>cc.strangulation</c>.</param>
/// <param name="HighRisk">A behaviour marked as high risk (strangulation, weapons).</param>
/// <param name="WorkerSafety">Behaviour towards workers and other professionals: raises a worker-safety alert.</param>
public sealed record MapCategory(string Key, MapComponent Component, string Label, string Hint = "", bool HighRisk = false, bool WorkerSafety = false);
