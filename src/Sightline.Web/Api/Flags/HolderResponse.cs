namespace Sightline.Web.Api.Flags;

/// <summary>Whose plan a flag is.</summary>
/// <param name="Id">The holder's record id.</param>
/// <param name="Name">The holder's name, when recorded.</param>
/// <param name="Relation"><c>self</c>, or <c>household</c> for someone living with the child (a sibling, a pregnant mother's unborn baby).</param>
internal sealed record HolderResponse(string Id, string? Name, string Relation);
