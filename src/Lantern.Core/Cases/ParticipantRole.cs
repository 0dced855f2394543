namespace Lantern.Core.Cases;

public enum ParticipantRole
{
    Child,
    Survivor,
    Perpetrator,
    OtherCaregiver,
    Other,
}
