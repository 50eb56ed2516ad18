namespace Sightline.Core.Relationships;

/// <summary>How two persons are related. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum RelationshipType
{
    /// <summary><c>parent</c></summary>
    Parent,
    /// <summary><c>step-parent</c></summary>
    StepParent,
    /// <summary><c>partner</c></summary>
    Partner,
    /// <summary><c>sibling</c></summary>
    Sibling,
    /// <summary><c>grandparent</c></summary>
    Grandparent,
    /// <summary><c>carer</c></summary>
    Carer,
}
