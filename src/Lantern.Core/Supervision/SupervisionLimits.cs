namespace Lantern.Core.Supervision;

public static class SupervisionLimits
{
    public const int MaxTextLength = 8000;
    public const int MaxActionLength = 1000;
    public const int MaxActions = 20;
}
