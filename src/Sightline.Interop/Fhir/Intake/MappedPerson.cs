using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>A person mapped from a Patient or RelatedPerson entry.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Person">The person to store.</param>
internal sealed record MappedPerson(BundleEntry Entry, Person Person);
