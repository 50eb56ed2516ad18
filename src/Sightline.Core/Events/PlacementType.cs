namespace Sightline.Core.Events;

/// <summary>Where a child is placed away from parents. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum PlacementType
{
    /// <summary><c>foster</c></summary>
    Foster,
    /// <summary><c>kinship</c></summary>
    Kinship,
    /// <summary><c>residential</c></summary>
    Residential,
}
