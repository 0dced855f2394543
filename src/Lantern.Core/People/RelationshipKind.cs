namespace Lantern.Core.People;

public enum RelationshipKind
{
    Partner,
    FormerPartner,
    ParentOf,
    StepParentOf,
    Sibling,
    Other,
}
