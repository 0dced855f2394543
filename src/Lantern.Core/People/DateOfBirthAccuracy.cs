namespace Lantern.Core.People;

public enum DateOfBirthAccuracy
{
    Unknown,
    Exact,
    Approximate,
}
