namespace Sightline.Linkage.Training;

/// <summary>The trained parameters of one comparison, strongest level first, "else" last.</summary>
/// <param name="Name">The comparison's name.</param>
/// <param name="Levels">Its levels' m and u.</param>
public sealed record ComparisonParameters(string Name, IReadOnlyList<LevelParameters> Levels);
