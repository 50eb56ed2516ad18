using Sightline.Core.Persons;

namespace Sightline.Web.Access;

/// <summary>A request feature left by a refusal, for the 403 page to offer break-glass where it may.</summary>
/// <param name="Person">Whose record was refused.</param>
/// <param name="Decision">The refusal.</param>
internal sealed record PersonRefusal(PersonId Person, AccessDecision Decision);
