namespace Lantern.Core.Reviews;

public static class ReviewLimits
{
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 1000;
    public const int MaxSampleSize = 100;
}
