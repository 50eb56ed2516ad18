using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A baby repeatedly not brought to health appointments, or a child on a plan not brought once.</summary>
public sealed class WasNotBrought : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "was-not-brought",
        "Child not brought to appointments",
        "The second 'was not brought' appointment of a child under 2 within 90 days (a sliding window; cancelled appointments do not count), or any 'was not brought' of a child with an active child-protection plan.",
        "Health visiting and GP; children's social care when the child has a plan.",
        "Follow up with the family within days, and consider whether this is neglect; share with children's social care where the child has a plan.",
        "RS (Sandwell): \"There were concerns about RS' weight gain, not being registered with a GP and not being brought to appointments—a pattern also seen with older sibling.\"",
        "NSPCC and RCPCH 'Was Not Brought' guidance; NICE CG89 on when to suspect child maltreatment.",
        ["WasNotBroughtWindowDays", "WasNotBroughtChildAgeYears"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Appointment)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Appointment { Outcome: AppointmentOutcome.WasNotBrought } appointment)
        {
            yield break;
        }
        var state = context.State;
        var settings = context.Settings;
        foreach (var child in appointment.Subjects.Where(state.IsBornChild))
        {
            var windowStart = appointment.Date.AddDays(-settings.WasNotBroughtWindowDays);
            var missed = CaseFacts.EventsAbout<Appointment>(state, child)
                .Count(a => a.Event.Outcome == AppointmentOutcome.WasNotBrought && a.Event.Date >= windowStart);
            var onPlan = CaseFacts.ActivePlan(state, child, PlanType.ChildProtection) is not null;
            var repeated = missed >= 2 && state.IsChildUnder(child, settings.WasNotBroughtChildAgeYears, appointment.Date);
            if (!repeated && !onPlan)
            {
                continue;
            }
            var notify = ChildsAgencies(context, child, AgencyKind.HealthVisiting, AgencyKind.Gp);
            if (state.ActivePlansOf(child).Any())
            {
                notify = notify.Concat(ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare));
            }
            var why = onPlan ? "a child on a child-protection plan" : $"{missed} times in {settings.WasNotBroughtWindowDays} days";
            yield return new Decision.Raise(Raise(context, [child], notify, context.Due(Calendar.Timescale.WorkingDays(5), appointment.Date),
                $"{CaseFacts.AgeInWords(context.State, child, appointment.Date)} not brought to {appointment.Service} ({why}). Follow up with the family and consider neglect.",
                KeyOf(recorded.Id, child)));
        }
    }
}
