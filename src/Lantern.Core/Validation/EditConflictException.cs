namespace Lantern.Core.Validation;

/// <summary>Someone else saved the record after this user opened it: their change is not overwritten.</summary>
public sealed class EditConflictException : Exception
{
    public EditConflictException()
        : base("This record was changed by someone else after you opened it. Your changes have not been saved.")
    {
    }

    public EditConflictException(string message)
        : base(message)
    {
    }

    public EditConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
