namespace Lantern.Core.Validation;

/// <summary>Input that a user can correct: each error is keyed by the field it concerns.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IDictionary<string, string[]> errors)
        : base("The input is not valid: " + string.Join(", ", errors?.Keys ?? []))
    {
        Errors = new Dictionary<string, string[]>(errors ?? new Dictionary<string, string[]>());
    }

    public InvalidInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public InvalidInputException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public InvalidInputException(string message)
        : this("", message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
