using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sightline.Core.Events;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Fhir.Flags;

/// <summary>
/// Writes the answer to <c>GET /fhir/Flag</c> as FHIR R4 JSON, by hand over
/// <see cref="Utf8JsonWriter"/> (no FHIR library restores here), with only the elements used:
/// a <c>searchset</c> Bundle of <c>Flag</c> resources (a bad search is answered with the FHIR
/// intake's <c>OperationOutcome</c>, <see cref="Intake.FhirResponses"/>).
/// <para>
/// Each Flag: <c>id</c> (a hash of the flag's key), generated <c>text</c> saying the plan, its
/// dates, the area and whom to call; <c>extension</c> <see cref="ResponsibleAreaExtension"/>
/// (the local authority and its children's social care's phone, email and out-of-hours phone as
/// <c>ContactPoint</c>s) and, for a household member's plan, <see cref="HouseholdMemberExtension"/>;
/// <c>status</c> <c>active</c> or <c>inactive</c> (ended); <c>category</c> <c>safety</c> (HL7
/// flag-category); <c>code</c> the plan type in <see cref="PlanTypeSystem"/>; <c>subject</c> the
/// patient by NHS number; <c>period</c> the plan's start and end; <c>author</c> the children's
/// social care holding the plan (or the area by name when Sightline knows no such agency).
/// </para>
/// <para>
/// The R4 rules relied on, and kept: Flag.status, code and subject are present (1..1); a
/// Reference carries an identifier or a display; an extension has a url and either a value or
/// sub-extensions (ext-1); the narrative is XHTML in a div with the XHTML namespace and some text
/// (txt-1, txt-2); a period's start is not after its end (per-1); <c>total</c> and
/// <c>entry.search</c> appear only in a searchset (bdl-1, bdl-2); ids match [A-Za-z0-9-.]{1,64}.
/// </para>
/// </summary>
public static class FlagBundle
{
    /// <summary>The FHIR JSON media type.</summary>
    public const string MediaType = Intake.FhirResponses.MediaType;

    /// <summary>Sightline's code system for plan types (the wire names: <c>child-protection</c>, <c>looked-after</c>, <c>pre-birth-child-protection</c>).</summary>
    public const string PlanTypeSystem = "https://sightline.example/fhir/CodeSystem/plan-type";

    /// <summary>Sightline's identifier system for agencies (the stored agency id).</summary>
    public const string AgencySystem = "https://sightline.example/fhir/Id/agency";

    /// <summary>The complex extension naming the responsible area and its contact points.</summary>
    public const string ResponsibleAreaExtension = "https://sightline.example/fhir/StructureDefinition/responsible-area";

    /// <summary>The extension on a flag raised by a household member's plan, naming the member.</summary>
    public const string HouseholdMemberExtension = "https://sightline.example/fhir/StructureDefinition/household-member-plan";

    private const string FlagCategorySystem = "http://terminology.hl7.org/CodeSystem/flag-category";

    /// <summary>A searchset Bundle of the flags, in the order given.</summary>
    /// <param name="flags">The flags found.</param>
    /// <param name="fhirBase">The FHIR base URL, e.g. <c>https://sightline.example/fhir</c>, for the entries' full URLs.</param>
    /// <param name="self">The search as requested, for the self link.</param>
    /// <param name="at">When the search ran (the Bundle's timestamp).</param>
    public static byte[] Searchset(IReadOnlyList<SafeguardingFlag> flags, Uri fhirBase, Uri self, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(fhirBase);
        ArgumentNullException.ThrowIfNull(self);
        var baseUrl = fhirBase.AbsoluteUri.TrimEnd('/');
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "searchset");
            writer.WriteString("timestamp", at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteNumber("total", flags.Count);
            writer.WriteStartArray("link");
            writer.WriteStartObject();
            writer.WriteString("relation", "self");
            writer.WriteString("url", self.AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndArray();
            if (flags.Count > 0)
            {
                writer.WriteStartArray("entry");
                foreach (var flag in flags)
                {
                    var id = IdOf(flag.Key);
                    writer.WriteStartObject();
                    writer.WriteString("fullUrl", $"{baseUrl}/Flag/{id}");
                    writer.WritePropertyName("resource");
                    WriteFlag(writer, flag, id);
                    writer.WriteStartObject("search");
                    writer.WriteString("mode", "match");
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        });
    }

    /// <summary>The resource id of a flag's key: 32 hex digits of its SHA-256, stable and free of characters ids may not hold.</summary>
    public static string IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static void WriteFlag(Utf8JsonWriter writer, SafeguardingFlag flag, string id)
    {
        if (flag.Ended is { } end && end < flag.Started)
        {
            throw new ArgumentException($"The plan of flag '{flag.Key}' ends ({end:yyyy-MM-dd}) before it starts ({flag.Started:yyyy-MM-dd}).", nameof(flag));
        }
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Flag");
        writer.WriteString("id", id);
        writer.WriteStartObject("text");
        writer.WriteString("status", "generated");
        writer.WriteString("div", $"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{WebUtility.HtmlEncode(Narrative(flag))}</p></div>");
        writer.WriteEndObject();
        writer.WriteStartArray("extension");
        WriteArea(writer, flag.Area);
        if (flag.HolderName is { } holder)
        {
            writer.WriteStartObject();
            writer.WriteString("url", HouseholdMemberExtension);
            writer.WriteString("valueString", holder);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("status", flag.Ended is null ? "active" : "inactive");
        writer.WriteStartArray("category");
        writer.WriteStartObject();
        WriteCoding(writer, FlagCategorySystem, "safety", "Safety");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("code");
        WriteCoding(writer, PlanTypeSystem, Wire.Name(flag.Plan), PlanWords(flag.Plan, capital: true));
        writer.WriteString("text", CodeText(flag));
        writer.WriteEndObject();
        writer.WriteStartObject("subject");
        writer.WriteStartObject("identifier");
        writer.WriteString("system", FlagSearch.NhsNumberSystem);
        writer.WriteString("value", flag.Subject.Value);
        writer.WriteEndObject();
        if (flag.SubjectName is { } name)
        {
            writer.WriteString("display", name);
        }
        writer.WriteEndObject();
        writer.WriteStartObject("period");
        writer.WriteString("start", Day(flag.Started));
        if (flag.Ended is { } ended)
        {
            writer.WriteString("end", Day(ended));
        }
        writer.WriteEndObject();
        writer.WriteStartObject("author");
        if (flag.Area.Agency is { } agency)
        {
            writer.WriteStartObject("identifier");
            writer.WriteString("system", AgencySystem);
            writer.WriteString("value", agency.Id.Value);
            writer.WriteEndObject();
            writer.WriteString("display", agency.Name);
        }
        else
        {
            writer.WriteString("display", $"{flag.Area.LocalAuthority} children's social care");
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter writer, ResponsibleArea area)
    {
        writer.WriteStartObject();
        writer.WriteString("url", ResponsibleAreaExtension);
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", "localAuthority");
        writer.WriteString("valueString", area.LocalAuthority);
        writer.WriteEndObject();
        if (area.Agency?.Contact is { } contact)
        {
            WriteContactPoint(writer, "phone", "phone", contact.Phone);
            WriteContactPoint(writer, "email", "email", contact.Email);
            WriteContactPoint(writer, "outOfHoursPhone", "phone", contact.OutOfHoursPhone);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteContactPoint(Utf8JsonWriter writer, string url, string system, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("url", url);
        writer.WriteStartObject("valueContactPoint");
        writer.WriteString("system", system);
        writer.WriteString("value", value);
        writer.WriteString("use", "work");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCoding(Utf8JsonWriter writer, string system, string code, string display)
    {
        writer.WriteStartArray("coding");
        writer.WriteStartObject();
        writer.WriteString("system", system);
        writer.WriteString("code", code);
        writer.WriteString("display", display);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>The flag in a sentence or two, as the narrative shows it to a reader without the structured data.</summary>
    public static string Narrative(SafeguardingFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var plan = $"{PlanWords(flag.Plan, capital: false)} plan{(flag.Category is { } c ? $" ({Wire.Name(c)})" : "")}";
        var verb = flag.Ended is null ? "is" : "was";
        var whose = flag.HolderName is { } holder
            ? $"{holder}, who lives with {flag.SubjectName ?? "this patient"}, {verb} on a {plan}"
            : $"{flag.SubjectName ?? "This patient"} {verb} on a {plan}";
        var dates = flag.Ended is { } end ? $"from {Show(flag.Started)} to {Show(end)}" : $"since {Show(flag.Started)}";
        return $"{whose} {dates}, held by {flag.Area.LocalAuthority}. {Contact(flag.Area)}";
    }

    private static string Contact(ResponsibleArea area)
    {
        if (area.Agency is not { } agency)
        {
            return $"Contact {area.LocalAuthority} children's social care.";
        }
        var parts = new List<string>();
        if (agency.Contact?.Phone is { Length: > 0 } phone)
        {
            parts.Add(phone);
        }
        if (agency.Contact?.Email is { Length: > 0 } email)
        {
            parts.Add(email);
        }
        var text = parts.Count > 0 ? $"Contact {agency.Name}: {string.Join(", ", parts)}." : $"Contact {agency.Name}.";
        return agency.Contact?.OutOfHoursPhone is { Length: > 0 } outOfHours ? $"{text} Out of hours: {outOfHours}." : text;
    }

    private static string CodeText(SafeguardingFlag flag)
    {
        var plan = PlanWords(flag.Plan, capital: false);
        return flag.HolderName is { } holder ? $"Household member ({holder}) on a {plan} plan" : $"{PlanWords(flag.Plan, capital: true)} plan";
    }

    private static string PlanWords(PlanType plan, bool capital)
    {
        var words = Wire.Name(plan).Replace('-', ' ');
        return capital ? char.ToUpperInvariant(words[0]) + words[1..] : words;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.ToArray();
    }
}
