using System.Text.Json;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Intake;

/// <summary>Finds every person id a batch declares or names, by the shapes of the fields that hold them.</summary>
internal static class PersonMentions
{
    public static void Collect(JsonElement root, ISet<string> ids)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var person in Items(root, "persons"))
        {
            AddOne(person, "id", ids);
        }
        foreach (var relationship in Items(root, "relationships"))
        {
            AddOne(relationship, "from", ids);
            AddOne(relationship, "to", ids);
            AddMany(relationship, "household", ids);
        }
        foreach (var caseEvent in Items(root, "events"))
        {
            if (caseEvent.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            AddMany(caseEvent, "subjects", ids);
            var kind = caseEvent.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? EventFields.For(k.GetString()!) : null;
            foreach (var field in kind ?? [])
            {
                if (field.Value.Shape == ValueShape.Person)
                {
                    AddOne(caseEvent, field.Name, ids);
                }
                else if (field.Value.Shape == ValueShape.Persons)
                {
                    AddMany(caseEvent, field.Name, ids);
                }
            }
        }
    }

    private static JsonElement[] Items(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static void AddOne(JsonElement obj, string name, ISet<string> ids)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            ids.Add(value.GetString()!);
        }
    }

    private static void AddMany(JsonElement obj, string name, ISet<string> ids)
    {
        foreach (var value in Items(obj, name))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                ids.Add(value.GetString()!);
            }
        }
    }
}
