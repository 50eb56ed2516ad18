namespace Sightline.Web.Intake;

/// <summary>The reply to an accepted batch (<c>POST /api/events</c>).</summary>
/// <param name="EventsStored">Events new to Sightline, now stored.</param>
/// <param name="EventsAlreadyPresent">Events Sightline held already under the same source id (a batch sent again): not stored twice.</param>
/// <param name="PersonsAdded">Persons new to Sightline.</param>
/// <param name="PersonsUpdated">Persons Sightline held whose details the batch completed or changed.</param>
/// <param name="AgenciesAdded">Agencies the batch introduced.</param>
/// <param name="AlertsRaised">New alerts raised when the protocols ran over the families the batch touches.</param>
/// <param name="Alerts">Those of the new alerts that name a person the batch names.</param>
internal sealed record IntakeReply(
    int EventsStored,
    int EventsAlreadyPresent,
    int PersonsAdded,
    int PersonsUpdated,
    int AgenciesAdded,
    int AlertsRaised,
    IReadOnlyList<IntakeAlert> Alerts);
