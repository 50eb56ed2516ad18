using Sightline.Core.Persons;

namespace Sightline.Linkage.Demographics;

/// <summary>
/// Who a clinician is looking for when the NHS number is not known: the name as given, the date
/// of birth and, where known, the postcode of the home address.
/// </summary>
/// <param name="Name">The full name, given name first (<c>Ruby Hart</c>, <c>Ruby May Hart</c>).</param>
/// <param name="Born">The date of birth: candidates are the persons born that day.</param>
/// <param name="Postcode">The home postcode, when known.</param>
public sealed record DemographicQuery(string Name, DateOnly Born, UkPostcode? Postcode);
