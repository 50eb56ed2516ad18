namespace Sightline.Interop.Fhir.Intake;

/// <summary>What storing an accepted transaction did: the intake receipt the response carries.</summary>
/// <param name="EventsStored">Events new to the log.</param>
/// <param name="EventsAlreadyPresent">Events already stored from an earlier delivery (the same source id and content).</param>
/// <param name="PersonsAdded">Person records new to the store.</param>
/// <param name="PersonsUpdated">Person records completed or changed.</param>
/// <param name="AlertsRaised">New alerts the rules raised at once.</param>
public sealed record FhirIntakeReceipt(int EventsStored, int EventsAlreadyPresent, int PersonsAdded, int PersonsUpdated, int AlertsRaised);
