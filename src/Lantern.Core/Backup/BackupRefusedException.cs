namespace Lantern.Core.Backup;

/// <summary>
/// A backup or restore that was stopped before it changed anything, with a message for the person running it
/// (what was wrong and what to do), never personal data.
/// </summary>
public sealed class BackupRefusedException : Exception
{
    public BackupRefusedException()
    {
    }

    public BackupRefusedException(string message)
        : base(message)
    {
    }

    public BackupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
