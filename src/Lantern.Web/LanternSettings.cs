namespace Lantern.Web;

/// <summary>Bound from the "Lantern" configuration section.</summary>
public sealed class LanternSettings
{
    /// <summary>The agency's term for the person causing harm ("Perpetrator", "Person causing harm").</summary>
    public string PerpetratorTerm { get; set; } = "Perpetrator";
    public int IdleTimeoutMinutes { get; set; } = 20;
    public int AbsoluteTimeoutHours { get; set; } = 8;
    public bool Demo { get; set; }

    /// <summary>Session and antiforgery cookies are Secure-only; demo mode on localhost turns this off.</summary>
    public bool RequireHttps { get; set; } = true;
}
