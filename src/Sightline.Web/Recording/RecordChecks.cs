namespace Sightline.Web.Recording;

/// <summary>A set of checkboxes on the record-an-event form.</summary>
/// <param name="Id">The first box's id, which an error links to; the others are <c>{Id}-{n}</c>.</param>
/// <param name="Name">The posted name (repeated for each box ticked).</param>
/// <param name="Legend">The question.</param>
/// <param name="Options">Values and labels.</param>
/// <param name="Chosen">The values sent, to keep them ticked.</param>
/// <param name="Error">The problem with it, if any.</param>
internal sealed record RecordChecks(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyList<string> Chosen, string? Error);
