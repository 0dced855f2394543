namespace Lantern.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
