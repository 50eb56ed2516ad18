using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>What a Patient or RelatedPerson says about who the person is: what identity resolution uses.</summary>
/// <param name="Name">The name to record, when one is given.</param>
/// <param name="Sex">Sex from <c>gender</c>; <c>other</c> and a missing gender are unknown.</param>
/// <param name="Born">Date of birth, when given.</param>
/// <param name="NhsNumber">The NHS number, when given (and valid).</param>
/// <param name="Postcode">The postcode of the current home address, when given.</param>
internal sealed record Demographics(string? Name, Sex Sex, DateOnly? Born, NhsNumber? NhsNumber, UkPostcode? Postcode);
