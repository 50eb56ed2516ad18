using System.Text.Json;

namespace Sightline.Interop.Checking;

/// <summary>
/// Finds what makes a parsed document ambiguous before any field is read: a key given twice in
/// one object (which value was meant?) and text that cannot be read as a string.
/// </summary>
internal static class DocumentScan
{
    public static void Run(JsonElement element, JsonPath path, ProblemLog log)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryReadName(property, out var name))
                    {
                        log.Add(path, "a key is not valid text (it holds an unpaired surrogate escape)");
                        continue;
                    }
                    if (!keys.Add(name))
                    {
                        log.Add(path, $"duplicate key {JsonValueText.Quote(name)} in a JSON object");
                    }
                    Run(property.Value, JsonPath.Property(path, name), log);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Run(item, JsonPath.Index(path, i++), log);
                }
                break;
            case JsonValueKind.String when !TryReadString(element):
                log.Add(path, "is not valid text (it holds an unpaired surrogate escape)");
                break;
            default:
                break;
        }
    }

    // System.Text.Json refuses to build a string holding a lone surrogate; it says so by throwing.
    private static bool TryReadName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    private static bool TryReadString(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
