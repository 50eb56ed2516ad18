using Sightline.Core.Persons;

namespace Sightline.Web.Genogram;

/// <summary>A line of the genogram: a parent to their child, or two partners.</summary>
/// <param name="From">The parent, or one partner.</param>
/// <param name="To">The child, or the other partner.</param>
/// <param name="IsPartnership">True for partners; false for parent and child.</param>
internal sealed record GenogramTie(PersonId From, PersonId To, bool IsPartnership);
