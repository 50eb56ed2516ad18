using Sightline.Core.Persons;

namespace Sightline.Web.Presentation;

/// <summary>A person as a page names them; a child gets a link to their page.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Name">The name shown.</param>
/// <param name="IsChild">True for a child, born or unborn: children have pages.</param>
internal sealed record PersonLink(PersonId Id, string Name, bool IsChild);
