namespace Sightline.Linkage;

/// <summary>One record to link: its id, its source's index and its raw values in column order.</summary>
/// <param name="Id">The record's id in its source.</param>
/// <param name="Source">The source's index (0 for the first file).</param>
/// <param name="Values">One raw value per column; null when missing.</param>
public sealed record LinkageRecord(string Id, int Source, IReadOnlyList<string?> Values);
