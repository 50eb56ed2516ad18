using Sightline.Core.Persons;

namespace Sightline.Core.Relationships;

/// <summary>A relationship from one person to another (a parent to a child, a partner to a partner).</summary>
/// <param name="From">The first person (the parent, for <see cref="RelationshipType.Parent"/>).</param>
/// <param name="To">The second person.</param>
/// <param name="Type">How they are related.</param>
public sealed record Relationship(PersonId From, PersonId To, RelationshipType Type);
