using System.Text.Json.Nodes;

namespace Lantern.Assurance.Tests;

/// <summary>A record as the API reads it, turned into the shape its change (PUT) takes where the two differ.</summary>
internal static class ReadAsInput
{
    /// <summary>A map entry is read with its category and changed by the category's key.</summary>
    public static void CategoryByKey(JsonObject read)
    {
        if (read["category"] is JsonObject category)
        {
            read["categoryKey"] = category["key"]!.DeepClone();
        }
    }

    /// <summary>A meeting is read with its minutes by component and changed with a field for each.</summary>
    public static void MinutesByComponent(JsonObject meeting)
    {
        foreach (var (component, minutes) in meeting["minutes"]?.AsObject() ?? [])
        {
            meeting[$"{char.ToLowerInvariant(component[0])}{component[1..]}Minutes"] = minutes?.DeepClone();
        }
    }

    /// <summary>A meeting is read as its agency's pack, which holds the meeting: the meeting's fields are lifted beside the pack's.</summary>
    public static void MeetingFromPack(JsonObject pack)
    {
        foreach (var (name, value) in pack["meeting"]!.AsObject().ToList())
        {
            pack[name] = value?.DeepClone();
        }

        MinutesByComponent(pack);
    }
}
