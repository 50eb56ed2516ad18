namespace Sightline.Web.Recording;

/// <summary>A text field on the record-an-event form.</summary>
/// <param name="Id">Its id, which an error links to.</param>
/// <param name="Name">The posted name.</param>
/// <param name="Label">The question.</param>
/// <param name="Hint">A hint, if any.</param>
/// <param name="Value">What was typed.</param>
/// <param name="Error">The problem with it, if any.</param>
/// <param name="Long">A text area rather than one line.</param>
internal sealed record RecordText(string Id, string Name, string Label, string? Hint, string? Value, string? Error, bool Long = false);
