using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>An event mapped from an entry, with where its date came from, for the checks against the patient's age.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="DatePath">The element that gave the date.</param>
/// <param name="Patient">The patient it is about.</param>
/// <param name="Event">The event with its source.</param>
internal sealed record MappedEvent(BundleEntry Entry, string DatePath, PersonId Patient, SourcedEvent Event);
