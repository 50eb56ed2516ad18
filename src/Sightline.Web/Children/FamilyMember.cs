using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>Someone in a child's world, as the child's page lists them.</summary>
/// <param name="Person">Who.</param>
/// <param name="Relationship">How they are related to the child, in words ("father", "mother's partner").</param>
/// <param name="Age">Their age today, when their date of birth is known.</param>
/// <param name="LivesWithChild">Whether they are in the child's household now.</param>
/// <param name="Area">The local authority they live in now.</param>
/// <param name="Facts">What agencies know about them, and which agencies.</param>
internal sealed record FamilyMember(
    PersonLink Person,
    string Relationship,
    string? Age,
    bool LivesWithChild,
    string? Area,
    IReadOnlyList<KnownFact> Facts);
