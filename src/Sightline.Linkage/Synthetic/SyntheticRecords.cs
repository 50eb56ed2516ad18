namespace Sightline.Linkage.Synthetic;

/// <summary>Generated records and the person each one really is.</summary>
/// <param name="Table">The records (one source).</param>
/// <param name="Person">Each record's true person, for measuring accuracy.</param>
public sealed record SyntheticRecords(RecordTable Table, IReadOnlyList<string> Person);
