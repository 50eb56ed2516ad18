using Sightline.Linkage;

namespace Sightline.Interop.Linkage;

/// <summary>A linkage config file: the id column and the engine's settings.</summary>
/// <param name="IdColumn">The column that identifies a record in its file.</param>
/// <param name="Settings">Comparisons, blocking rules, threshold and training options.</param>
public sealed record LinkageConfig(string IdColumn, LinkageSettings Settings);
