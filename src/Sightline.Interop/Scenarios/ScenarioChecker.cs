using System.Globalization;
using System.Text.Json;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// Checks a whole scenario document against <c>sightline-scenario/1</c>, section by section,
/// logging every problem rather than stopping at the first. It accepts exactly what the
/// reference validator (<c>shared/scenarios/validate.py</c>) accepts, and also checks NHS numbers.
/// </summary>
internal sealed class ScenarioChecker(CheckContext context)
{
    private static readonly string[] RequiredFields =
        ["format", "id", "title", "source", "start", "agencies", "persons", "relationships", "events"];

    private static readonly string[] OptionalFields = ["expected", "forbidden"];

    private static readonly string[] TextFields = ["id", "title", "source"];

    public void Check(JsonElement root)
    {
        var Root = JsonPath.Root;
        if (!context.IsObject(Root, root))
        {
            return;
        }
        context.RequireFields(Root, root, RequiredFields);
        context.RejectUnknownFields(Root, root, RequiredFields.Concat(OptionalFields));
        CheckFormat(root);
        foreach (var name in TextFields)
        {
            context.CheckIfPresent(Root, root, name, ValueRule.Text);
        }
        CheckStart(root);
        // Agencies and persons first: every later section refers to them.
        Section(root, "agencies", new AgencyListChecker(context).Check);
        Section(root, "persons", new PersonListChecker(context).Check);
        Section(root, "relationships", new RelationshipListChecker(context).Check);
        Section(root, "events", new EventListChecker(context).Check);
        var alerts = new AlertListChecker(context);
        Section(root, "expected", alerts.CheckExpected);
        Section(root, "forbidden", alerts.CheckForbidden);
        context.CheckLocalAuthorityUses();
    }

    private void CheckFormat(JsonElement root)
    {
        if (root.TryGetProperty("format", out var format)
            && !(format.ValueKind == JsonValueKind.String && format.ValueEquals(ScenarioVocabulary.FormatId)))
        {
            context.Problem(JsonPath.Property(JsonPath.Root, "format"),
                $"must be {JsonValueText.Quote(ScenarioVocabulary.FormatId)}, got {JsonValueText.Show(format)}");
        }
    }

    private void CheckStart(JsonElement root)
    {
        if (!root.TryGetProperty("start", out var start))
        {
            return;
        }
        if (start.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(start.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Index.Start = date;
        }
        else
        {
            context.Problem(JsonPath.Property(JsonPath.Root, "start"), $"must be a calendar date YYYY-MM-DD, got {JsonValueText.Show(start)}");
        }
    }

    private static void Section(JsonElement root, string name, Action<JsonPath, JsonElement> check)
    {
        if (root.TryGetProperty(name, out var section))
        {
            check(JsonPath.Property(JsonPath.Root, name), section);
        }
    }
}
