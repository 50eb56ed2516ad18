using System.Text.Json;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Interop.Checking;

/// <summary>
/// Checks <c>relationships</c>: pairwise relationships and the households at day 0, where a
/// person lives in one household only and an unborn child lives with its mother.
/// </summary>
internal sealed class RelationshipListChecker(CheckContext context)
{
    private static readonly string[] HouseholdFields = ["household"];

    private static readonly string[] PairFields = ["from", "to", "type"];

    /// <summary>Person id to the path of the household that first lists it.</summary>
    private readonly Dictionary<string, JsonPath> households = new(StringComparer.Ordinal);

    public void Check(JsonPath path, JsonElement relationships)
    {
        if (!context.IsList(path, relationships))
        {
            return;
        }
        var i = 0;
        foreach (var relationship in relationships.EnumerateArray())
        {
            var itemPath = JsonPath.Index(path, i++);
            if (!context.IsObject(itemPath, relationship))
            {
                continue;
            }
            if (relationship.TryGetProperty("household", out var members))
            {
                CheckHousehold(itemPath, relationship, members);
            }
            else
            {
                CheckPair(itemPath, relationship);
            }
        }
        foreach (var relationship in relationships.EnumerateArray())
        {
            CheckUnbornLivesWithMother(relationship);
        }
    }

    private void CheckHousehold(JsonPath path, JsonElement relationship, JsonElement members)
    {
        context.RejectUnknownFields(path, relationship, HouseholdFields);
        var membersPath = JsonPath.Property(path, "household");
        context.Values.Check(membersPath, members, ValueRule.Persons);
        if (members.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        if (members.GetArrayLength() == 0)
        {
            context.Problem(membersPath, "a household needs at least one member");
        }
        var j = 0;
        foreach (var member in members.EnumerateArray())
        {
            var memberPath = JsonPath.Index(membersPath, j++);
            if (member.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            var id = member.GetString()!;
            if (households.TryGetValue(id, out var home) && home != path)
            {
                context.Problem(memberPath, $"{JsonValueText.Show(member)} already lives in {home}");
            }
            households.TryAdd(id, path);
        }
    }

    private void CheckPair(JsonPath path, JsonElement relationship)
    {
        context.RejectUnknownFields(path, relationship, PairFields);
        context.RequireFields(path, relationship, PairFields);
        context.CheckIfPresent(path, relationship, "from", ValueRule.Person);
        context.CheckIfPresent(path, relationship, "to", ValueRule.Person);
        context.CheckIfPresent(path, relationship, "type", ValueRule.OneOf<RelationshipType>());
        if (relationship.TryGetProperty("from", out var from) && from.ValueKind != JsonValueKind.Null
            && relationship.TryGetProperty("to", out var to) && JsonElement.DeepEquals(from, to))
        {
            context.Problem(path, "a relationship needs two different persons");
        }
    }

    private void CheckUnbornLivesWithMother(JsonElement relationship)
    {
        if (relationship.ValueKind != JsonValueKind.Object
            || !relationship.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String || !type.ValueEquals("parent")
            || !relationship.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.String
            || !relationship.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.String)
        {
            return;
        }
        var mother = from.GetString()!;
        var unborn = to.GetString()!;
        if (RoleOf(mother) == PersonRole.Mother && RoleOf(unborn) == PersonRole.Unborn
            && households.TryGetValue(unborn, out var unbornHome)
            && unbornHome != households.GetValueOrDefault(mother))
        {
            context.Problem(unbornHome, $"unborn {JsonValueText.Quote(unborn)} must live in its mother's household ({JsonValueText.Quote(mother)})");
        }
    }

    private PersonRole? RoleOf(string id) => context.Index.Persons.GetValueOrDefault(id)?.Role;
}
