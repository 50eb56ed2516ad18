namespace Sightline.Web.Intake;

/// <summary>An alert raised by a delivered batch, as the reply lists it.</summary>
/// <param name="Rule">The rule's id, e.g. <c>bruising-non-mobile</c> (see <c>/rules</c>).</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="Subjects">The Sightline ids of the persons it names: for a person whose records several agencies
/// hold, linked by identity resolution, the record that stands for the person (<c>{agency}:{local id}</c>).</param>
/// <param name="Notify">The ids of the agencies it notifies.</param>
/// <param name="Due">When the next step falls due, where the rule sets one.</param>
/// <param name="Message">What was found and what must happen next.</param>
internal sealed record IntakeAlert(string Rule, DateOnly RaisedOn, IReadOnlyList<string> Subjects, IReadOnlyList<string> Notify, DateOnly? Due, string Message);
