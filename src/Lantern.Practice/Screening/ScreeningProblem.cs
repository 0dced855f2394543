namespace Lantern.Practice.Screening;

/// <summary>Why a screening cannot yet complete an intake. <paramref name="Field"/> names the answer or outcome concerned.</summary>
public sealed record ScreeningProblem(string Field, string Message);
