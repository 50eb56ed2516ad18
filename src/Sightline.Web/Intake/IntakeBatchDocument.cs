using System.Text.Json.Nodes;

namespace Sightline.Web.Intake;

/// <summary>
/// A batch as <c>POST /api/events</c> takes it, described for the OpenAPI document. The endpoint
/// reads the body with <see cref="Interop.Intake.IntakeReader"/>, not through these types, so
/// that every problem can be reported with its place; docs/api.md gives the rules.
/// </summary>
/// <param name="Agency">The sending agency's id; when given, it must be the caller's agency.</param>
/// <param name="Agencies">Agencies the events name that Sightline may not know yet (<c>id</c>, <c>name</c>, <c>kind</c>, <c>localAuthority</c>).</param>
/// <param name="Persons">The sender's persons, by the sender's own ids.</param>
/// <param name="Relationships">Relationships (<c>from</c>, <c>to</c>, <c>type</c>) and households (<c>household</c>: ids) between them.</param>
/// <param name="Events">The events, each with the sender's own id for it.</param>
internal sealed record IntakeBatchDocument(
    string? Agency,
    IReadOnlyList<JsonObject>? Agencies,
    IReadOnlyList<IntakePersonDocument>? Persons,
    IReadOnlyList<JsonObject>? Relationships,
    IReadOnlyList<IntakeEventDocument> Events);
