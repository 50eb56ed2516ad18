using Sightline.Core.Persons;
using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>Someone in a child's world, as the child's page lists them and draws them in the genogram.</summary>
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
    IReadOnlyList<KnownFact> Facts)
{
    /// <summary>Their sex as recorded, for the genogram's symbol.</summary>
    public Sex Sex { get; init; } = Sex.Unknown;

    /// <summary>Their generation relative to the child: -2 grandparents, -1 parents and their partners, 0 the child and siblings.</summary>
    public int Generation { get; init; }

    /// <summary>The agencies that know them: those that recorded an event about them or hold a fact about them.</summary>
    public IReadOnlyList<string> KnownTo { get; init; } = [];

    /// <summary>
    /// An adult close to the child — in the household, a parent, a parent's partner, a step-parent
    /// or carer — whom none of the agencies working with the child (those that recorded something
    /// about the child) knows: known to no agency, or only to others such as the police or
    /// probation. The "unseen man" that reviews keep finding.
    /// </summary>
    public bool IsUnseen { get; init; }
}
