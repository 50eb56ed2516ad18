using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child-protection plan whose review conference is overdue.</summary>
public sealed class ReviewConferenceOverdue : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "review-conference-overdue",
        "Review conference overdue",
        "While a child-protection or pre-birth plan is active, no review conference within 3 months of the initial one (a pre-birth or transfer-in conference counts as initial), or within 6 months of the last review.",
        "Children's social care.",
        "Hold the review conference now.",
        "Baby R (Bexley): \"The importance of multi-agency discussions both within statutory meetings and in-between reviews.\" Baby C (Durham): \"The importance of regular monitoring the home environment in which a child lives in.\"",
        "Working Together to Safeguard Children: the first review within three months of the initial conference, later reviews at intervals of no more than six months.",
        ["FirstReviewConference", "LaterReviewConference"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Conference), typeof(PlanStarted), typeof(Born)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not (Conference or PlanStarted or Born))
        {
            yield break;
        }
        var state = context.State;
        foreach (var child in recorded.Event.Subjects.Where(c => state.IsChild(c) && CaseFacts.ActiveProtectionPlan(state, c) is not null))
        {
            var latest = CaseFacts.EventsAbout<Conference>(state, child).LastOrDefault();
            if (latest.Event is null)
            {
                continue;
            }
            var review = latest.Event.Type == ConferenceType.Review;
            var timescale = review ? context.Settings.LaterReviewConference : context.Settings.FirstReviewConference;
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(child, latest.Recorded.Id),
                Subjects = [child],
                OpenedOn = latest.Event.Date,
                DueOn = context.Due(timescale, latest.Event.Date),
                OpenedBy = latest.Recorded.Sequence,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        if (CaseFacts.AnyAboutSince<Conference>(context.State, child, obligation.OpenedBy, _ => true))
        {
            return ObligationStatus.Met;
        }
        return CaseFacts.ActiveProtectionPlan(context.State, child) is null ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        return Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Today,
            $"No review conference since {Show(obligation.OpenedOn)} while the child is on a protection plan; it was due by {Show(obligation.DueOn)}. Hold it now.",
            obligation.Key);
    }
}
