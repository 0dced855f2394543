namespace Lantern.Practice.Mapping;

/// <summary>The part a person plays on a map.</summary>
public enum MapRole
{
    Perpetrator,
    Survivor,
    Child,
    OtherAdult,
}

/// <summary>A person on the map: the name is used in gap messages.</summary>
public sealed record MapPerson(Guid Id, string Name, MapRole Role);
