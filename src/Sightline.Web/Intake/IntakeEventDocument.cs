using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Web.Intake;

/// <summary>An event in a batch, described for the OpenAPI document: the common fields, and the kind's own fields beside them (FORMAT.md's events table).</summary>
internal sealed record IntakeEventDocument
{
    /// <summary>The sender's own id for the event, unique within the agency: the same id sent again is stored once.</summary>
    public required string SourceId { get; init; }

    /// <summary>The day it happened, <c>YYYY-MM-DD</c>, not after today.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The event's kind, e.g. <c>injury</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The sender's ids of the persons it is about.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }

    /// <summary>Free text; never drives a rule.</summary>
    public string? Note { get; init; }

    /// <summary>The kind's own fields, e.g. <c>injury</c> and <c>site</c> for an injury.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Fields { get; init; }
}
