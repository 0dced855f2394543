namespace Lantern.Core;

/// <summary>Case data is never hard-deleted outside an audited retention rule.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }
}
