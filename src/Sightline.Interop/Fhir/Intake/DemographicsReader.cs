using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// Reads the elements Patient and RelatedPerson share: <c>identifier</c> (the NHS number),
/// <c>name</c>, <c>gender</c>, <c>birthDate</c> and <c>address.postalCode</c>.
/// </summary>
internal static class DemographicsReader
{
    private static readonly string[] Genders = ["male", "female", "other", "unknown"];
    private static readonly string[] NameUses = ["usual", "official", "temp", "nickname", "anonymous", "old", "maiden"];
    private static readonly string[] AddressUses = ["home", "work", "temp", "old", "billing"];

    public static Demographics Read(FhirNode resource)
    {
        var sex = resource.Code("gender", Genders) switch
        {
            "male" => Sex.Male,
            "female" => Sex.Female,
            _ => Sex.Unknown,
        };
        return new Demographics(Name(resource), sex, resource.Date("birthDate"), NhsNumberOf(resource), Postcode(resource));
    }

    private static NhsNumber? NhsNumberOf(FhirNode resource)
    {
        NhsNumber? found = null;
        foreach (var identifier in resource.Objects("identifier"))
        {
            if (identifier.String("system") != FhirSystems.NhsNumber)
            {
                continue;
            }
            var value = identifier.String("value", required: true);
            if (value is null)
            {
                continue;
            }
            if (!NhsNumber.TryParse(value, out var number))
            {
                identifier.Log.Error(FhirIssueType.Value, $"{identifier.Path}.value",
                    $"'{value}' is not a valid NHS number: ten digits, the last being the Modulus 11 check digit of the first nine");
                continue;
            }
            if (found is { } other && other != number)
            {
                identifier.Log.Error(FhirIssueType.Invariant, $"{identifier.Path}.value",
                    $"a second NHS number ({number.Value.Formatted}, after {other.Formatted}): a person has one");
                continue;
            }
            found = number;
        }
        return found;
    }

    /// <summary>The official name, else the usual one, else the first that is current.</summary>
    private static string? Name(FhirNode resource)
    {
        var names = resource.Objects("name")
            .Select(n => (Node: n, Use: n.Code("use", NameUses)))
            .ToList();
        var chosen = names
            .Where(n => n.Use is not ("old" or "maiden" or "anonymous"))
            .OrderBy(n => n.Use switch { "official" => 0, "usual" => 1, null => 2, _ => 3 })
            .Select(n => Words(n.Node))
            .FirstOrDefault(w => w is not null);
        return chosen;
    }

    private static string? Words(FhirNode name)
    {
        if (name.String("text") is { } text)
        {
            return text;
        }
        var parts = name.Strings("given").ToList();
        if (name.String("family") is { } family)
        {
            parts.Add(family);
        }
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>The postcode of the first current home address with one (else of any current address).</summary>
    private static UkPostcode? Postcode(FhirNode resource)
    {
        var chosen = resource.Objects("address")
            .Select(a => (Node: a, Use: a.Code("use", AddressUses), Postcode: a.String("postalCode")))
            .Where(a => a.Postcode is not null && a.Use is not "old" && !a.Node.Object("period").HasValue(p => p.Has("end")))
            .OrderBy(a => a.Use is "home" or null ? 0 : 1)
            .FirstOrDefault();
        if (chosen.Postcode is null)
        {
            return null;
        }
        if (!UkPostcode.TryParse(chosen.Postcode, out var postcode))
        {
            chosen.Node.Log.Error(FhirIssueType.Value, $"{chosen.Node.Path}.postalCode", $"'{chosen.Postcode}' is not a UK postcode");
            return null;
        }
        return postcode;
    }

    private static bool HasValue(this FhirNode? node, Func<FhirNode, bool> test) => node is { } n && test(n);
}
