namespace Sightline.Web.Recording;

/// <summary>A set of radios on the record-an-event form.</summary>
/// <param name="Id">The first radio's id, which an error links to; the others are <c>{Id}-{value}</c>.</param>
/// <param name="Name">The posted name.</param>
/// <param name="Legend">The question.</param>
/// <param name="Options">Values and labels.</param>
/// <param name="Chosen">The value sent, to keep it checked.</param>
/// <param name="Error">The problem with it, if any.</param>
/// <param name="Inline">Side by side (yes/no).</param>
internal sealed record RecordRadios(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Chosen, string? Error, bool Inline = false);
