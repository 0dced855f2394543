using Lantern.Core.Access;
using Lantern.Core.Access.Policy;

namespace Lantern.Core.Implementation;

/// <summary>
/// Who may read and record the agency's implementation records. They are the agency's own business, about staff
/// rather than families: supervisors, managers and reviewers read them; managers and reviewers, who lead the
/// agency's adoption of the model, record training, champions, presentations and self-assessments; supervisors also
/// record the monthly practice meeting, which they often chair. Partners, practitioners and administrators do neither.
/// </summary>
public static class ImplementationPermissions
{
    public static bool MayRead(AccessScope scope) => Has(scope, AccessRights.ReadImplementation);

    /// <summary>Training, champions, presentations and continuum self-assessments.</summary>
    public static bool MayRecord(AccessScope scope) => Has(scope, AccessRights.RecordImplementation);

    public static bool MayRecordPracticeMeetings(AccessScope scope) => Has(scope, AccessRights.RecordPracticeMeeting);

    internal static void EnsureMayRead(AccessScope scope)
    {
        if (!MayRead(scope))
        {
            throw new NotPermittedException("Only supervisors, managers and reviewers can read the agency's implementation records.");
        }
    }

    internal static void EnsureMayRecord(AccessScope scope)
    {
        if (!MayRecord(scope))
        {
            throw new NotPermittedException("Only managers and reviewers can record this.");
        }
    }

    internal static void EnsureMayRecordPracticeMeetings(AccessScope scope)
    {
        if (!MayRecordPracticeMeetings(scope))
        {
            throw new NotPermittedException("Only supervisors, managers and reviewers can record practice meetings.");
        }
    }

    // Records belong to an agency, so the system scope (which has none) neither reads nor writes them through these services.
    private static bool Has(AccessScope scope, AccessRight permission)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind == ScopeKind.User && scope.May(permission);
    }
}
