using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Vocabulary;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Intake;

/// <summary>
/// Checks a whole intake batch, section by section, logging every problem rather than stopping at
/// the first: the agencies it introduces, the sender's persons and their relationships, then each
/// event. References resolve against the batch and against what Sightline already holds.
/// </summary>
internal sealed class IntakeChecker(CheckContext context, IntakeContext intake, ICollection<FieldProblem> claims)
{
    private static readonly string[] Fields = ["agency", "agencies", "persons", "relationships", "events"];

    private static readonly string[] RequiredFields = ["events"];

    public void Check(JsonElement root)
    {
        var path = JsonPath.Root;
        if (!context.IsObject(path, root))
        {
            return;
        }
        context.RequireFields(path, root, RequiredFields);
        context.RejectUnknownFields(path, root, Fields);
        if (root.TryGetProperty("agency", out var agency))
        {
            IntakeEventChecker.CheckClaim(JsonPath.Property(path, "agency"), agency, intake.Sender, claims);
        }
        if (root.TryGetProperty("agencies", out var agencies))
        {
            var agenciesPath = JsonPath.Property(path, "agencies");
            new AgencyListChecker(context).Check(agenciesPath, agencies);
            CheckKnownAgenciesUnchanged(agenciesPath, agencies);
        }
        if (!context.Index.Agencies.Contains(intake.Sender.Value))
        {
            context.Problem(path, $"the sending agency '{intake.Sender.Value}' is not known to Sightline: give its details in 'agencies'");
        }
        Section(root, "persons", new PersonListChecker(context).Check);
        Section(root, "relationships", new RelationshipListChecker(context).Check);
        Section(root, "events", CheckEvents);
        context.CheckLocalAuthorityUses();
    }

    private void CheckEvents(JsonPath path, JsonElement events)
    {
        if (!context.IsList(path, events))
        {
            return;
        }
        var checker = new IntakeEventChecker(context, intake, claims);
        var sourceIds = new Dictionary<string, JsonPath>(StringComparer.Ordinal);
        var i = 0;
        foreach (var caseEvent in events.EnumerateArray())
        {
            var eventPath = JsonPath.Index(path, i++);
            checker.Check(eventPath, caseEvent);
            if (caseEvent.ValueKind == JsonValueKind.Object && caseEvent.TryGetProperty("sourceId", out var id)
                && id.ValueKind == JsonValueKind.String && !sourceIds.TryAdd(id.GetString()!, eventPath))
            {
                // Two events under one id would make the second a silent repeat, or a conflict.
                context.Problem(JsonPath.Property(eventPath, "sourceId"), $"source id {JsonValueText.Show(id)} is also the id of {Readable(sourceIds[id.GetString()!])}");
            }
        }
    }

    /// <summary>
    /// An agency Sightline holds may be listed again (a sender may always send the agencies its
    /// events name), but not changed: one agency's system does not rename another agency.
    /// </summary>
    private void CheckKnownAgenciesUnchanged(JsonPath path, JsonElement agencies)
    {
        if (agencies.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var known = intake.KnownAgencies.ToDictionary(a => a.Id.Value, StringComparer.Ordinal);
        var i = 0;
        foreach (var agency in agencies.EnumerateArray())
        {
            var agencyPath = JsonPath.Index(path, i++);
            if (agency.ValueKind != JsonValueKind.Object || !agency.TryGetProperty("id", out var id)
                || id.ValueKind != JsonValueKind.String || !known.TryGetValue(id.GetString()!, out var stored))
            {
                continue;
            }
            if (!Same(agency, "name", stored.Name) || !Same(agency, "kind", Wire.Name(stored.Kind)) || !Same(agency, "localAuthority", stored.LocalAuthority))
            {
                context.Problem(agencyPath, $"agency {JsonValueText.Show(id)} is known to Sightline as {Describe(stored)}; a batch cannot change an agency's details");
            }
        }
    }

    private static bool Same(JsonElement agency, string field, string stored) =>
        !agency.TryGetProperty(field, out var value) || (value.ValueKind == JsonValueKind.String && value.ValueEquals(stored));

    private static string Describe(Agency agency) =>
        $"{JsonValueText.Quote(agency.Name)} ({Wire.Name(agency.Kind)}, {agency.LocalAuthority})";

    private static string Readable(JsonPath path) => IntakeReader.Readable(path);

    private static void Section(JsonElement root, string name, Action<JsonPath, JsonElement> check)
    {
        if (root.TryGetProperty(name, out var section))
        {
            check(JsonPath.Property(JsonPath.Root, name), section);
        }
    }
}
