using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A third referral about a child within a year, whoever made them.</summary>
public sealed class RepeatReferrals : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "repeat-referrals",
        "Repeat referrals",
        "The third referral about a child within 365 days, whoever made them (same-day referrals by one agency count once).",
        "Children's social care.",
        "Look at the referrals together — cumulative harm — and decide on a multi-agency assessment.",
        "Baby C (Durham): cumulative harm identified as an area for learning, and \"The importance not accepting information at face value\". RS (Sandwell): guard against \"'second guessing' the response of MASH to a referral\".",
        "Working Together to Safeguard Children; Ofsted and partnership guidance on cumulative harm and re-referrals.",
        ["RepeatReferralCount", "RepeatReferralWindowDays"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Referral referral)
        {
            yield break;
        }
        var settings = context.Settings;
        foreach (var child in referral.Subjects.Where(context.State.IsChild))
        {
            var referrals = CaseFacts.EventsAbout<Referral>(context.State, child)
                .Where(r => r.Event.Date >= referral.Date.AddDays(-settings.RepeatReferralWindowDays))
                .ToList();
            var firstToday = referrals.First(r => r.Event.Date == referral.Date && r.Event.Agency == referral.Agency).Recorded.Sequence == recorded.Sequence;
            var count = referrals.Select(r => (r.Event.Date, r.Event.Agency)).Distinct().Count();
            if (!firstToday || count < settings.RepeatReferralCount)
            {
                continue;
            }
            yield return new Decision.Raise(Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Due(Calendar.Timescale.WorkingDays(1), referral.Date),
                $"{count} referrals about the child in {settings.RepeatReferralWindowDays} days (latest from {AgencyName(context, referral.Agency)}: {referral.Concern}). Consider them together and decide on a multi-agency assessment.",
                KeyOf(recorded.Id, child)));
        }
    }
}
