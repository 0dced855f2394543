namespace Lantern.Core.Plans;

/// <summary>
/// The survivor's or a child's safety plan. Confidential: visible only to the case's allocated worker, her
/// supervisor (the case's team) and people given explicit access; every view is audited.
/// </summary>
public sealed class SafetyPlan : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public Guid PersonId { get; set; }
    public string Strategies { get; set; } = "";
    public string SafePeople { get; set; } = "";
    public string SafePlaces { get; set; } = "";
    public string CodeWords { get; set; } = "";
    public string WhatToDoWhen { get; set; } = "";
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}

/// <summary>Explicit access to one safety plan for a named user, with the reason; revoked, it stops at once.</summary>
public sealed class SafetyPlanGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SafetyPlanId { get; set; }
    public Guid UserId { get; set; }
    public string Reason { get; set; } = "";
    public Guid GrantedById { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
