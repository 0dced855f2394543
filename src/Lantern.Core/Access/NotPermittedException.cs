namespace Lantern.Core.Access;

/// <summary>The caller may see the record but not do this to it (a reviewer editing, for example).</summary>
public sealed class NotPermittedException : Exception
{
    public NotPermittedException()
        : base("You do not have permission to do this.")
    {
    }

    public NotPermittedException(string message)
        : base(message)
    {
    }

    public NotPermittedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
