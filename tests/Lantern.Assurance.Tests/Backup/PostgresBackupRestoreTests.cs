using Lantern.Core.Data;

namespace Lantern.Assurance.Tests.Backup;

/// <summary>The backup and restore on PostgreSQL (the server of LANTERN_TEST_POSTGRES): pg_dump of an exported snapshot, pg_restore.</summary>
public sealed class PostgresBackupRestoreTests : BackupRestoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
