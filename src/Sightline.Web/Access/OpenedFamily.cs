using Sightline.Core.Persons;
using Sightline.Storage.Queries;

namespace Sightline.Web.Access;

/// <summary>
/// A request feature left by an allowed opening: the family record the access policy decided on,
/// loaded once for the request, so the page shows the very record that was decided on rather than
/// loading (and folding) it a second time.
/// </summary>
/// <param name="Person">Whose record was opened, as the route named them.</param>
/// <param name="Family">Their family record, as loaded for the decision.</param>
internal sealed record OpenedFamily(PersonId Person, FamilyRecord Family)
{
    /// <summary>The family record opened for <paramref name="person"/> in this request; null when none was (the page then loads it).</summary>
    public static FamilyRecord? Of(HttpContext context, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<OpenedFamily>() is { } opened && opened.Person == person ? opened.Family : null;
    }
}
