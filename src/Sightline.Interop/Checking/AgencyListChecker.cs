using System.Text.Json;
using Sightline.Core.Agencies;

namespace Sightline.Interop.Checking;

/// <summary>Checks <c>agencies</c> and records their ids and local authorities for later references.</summary>
internal sealed class AgencyListChecker(CheckContext context)
{
    private static readonly string[] Fields = ["id", "name", "kind", "localAuthority"];

    private readonly HashSet<string> declared = new(StringComparer.Ordinal);

    public void Check(JsonPath path, JsonElement agencies)
    {
        if (!context.IsList(path, agencies))
        {
            return;
        }
        var i = 0;
        foreach (var agency in agencies.EnumerateArray())
        {
            CheckAgency(JsonPath.Index(path, i++), agency);
        }
    }

    private void CheckAgency(JsonPath path, JsonElement agency)
    {
        if (!context.IsObject(path, agency))
        {
            return;
        }
        context.RejectUnknownFields(path, agency, Fields);
        context.RequireFields(path, agency, Fields);
        if (agency.TryGetProperty("id", out var id))
        {
            var idPath = JsonPath.Property(path, "id");
            context.Values.Check(idPath, id, ValueRule.Text);
            if (id.ValueKind == JsonValueKind.String)
            {
                context.Index.Agencies.Add(id.GetString()!);
            }
            // Duplicates within this list; for intake the index also holds the agencies Sightline knows.
            if (id.ValueKind == JsonValueKind.String && !declared.Add(id.GetString()!))
            {
                context.Problem(idPath, $"duplicate agency id {JsonValueText.Show(id)}");
            }
        }
        context.CheckIfPresent(path, agency, "name", ValueRule.Text);
        context.CheckIfPresent(path, agency, "kind", ValueRule.OneOf<AgencyKind>());
        if (agency.TryGetProperty("localAuthority", out var area))
        {
            context.Values.Check(JsonPath.Property(path, "localAuthority"), area, ValueRule.Text);
            if (area.ValueKind == JsonValueKind.String)
            {
                context.Index.LocalAuthorities.Add(area.GetString()!);
            }
        }
    }
}
