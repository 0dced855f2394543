namespace Lantern.Core.Access;

public enum ScopeKind
{
    Nobody,
    User,
    System,
}
