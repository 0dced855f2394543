using Lantern.Core.Data;

namespace Lantern.Assurance.Tests.Backup;

/// <summary>The backup and restore on SQLite: the online backup API while the app writes in WAL mode.</summary>
public sealed class SqliteBackupRestoreTests : BackupRestoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
