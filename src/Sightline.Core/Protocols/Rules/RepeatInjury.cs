using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A second injury to a child under 2 within 90 days.</summary>
public sealed class RepeatInjury : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "repeat-injury",
        "Repeat injury to a young child",
        "The second injury to a child under 2 within 90 days (injuries to one child on one day count once); each later one raises again.",
        "Children's social care; health visiting; GP.",
        "Referral to children's social care and a strategy discussion within 1 working day; a child protection medical.",
        "RS (Sandwell): a fading bruise two weeks before \"potentially life changing non accidental injuries\". Baby R (Bexley): a bruise, then a head injury within weeks. Lily and Bobby (Cumberland): bruising, then healing fractures.",
        "NICE CG89 When to suspect child maltreatment; Child Safeguarding Practice Review Panel, 'The Myth of Invisible Men' (2021).",
        ["RepeatInjuryWindowDays", "RepeatInjuryChildAgeYears"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Injury)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Injury injury)
        {
            yield break;
        }
        var state = context.State;
        var settings = context.Settings;
        foreach (var child in injury.Subjects.Where(c => state.IsChildUnder(c, settings.RepeatInjuryChildAgeYears, injury.Date)))
        {
            var injuries = CaseFacts.EventsAbout<Injury>(state, child).ToList();
            var firstToday = injuries.First(i => i.Event.Date == injury.Date).Recorded.Sequence == recorded.Sequence;
            var earlier = injuries.Where(i => i.Event.Date < injury.Date && i.Event.Date >= injury.Date.AddDays(-settings.RepeatInjuryWindowDays)).Select(i => i.Event.Date).ToList();
            if (!firstToday || earlier.Count == 0)
            {
                continue;
            }
            var due = context.Due(Calendar.Timescale.WorkingDays(1), injury.Date);
            var notify = ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare, AgencyKind.HealthVisiting, AgencyKind.Gp);
            yield return new Decision.Raise(Raise(context, [child], notify, due,
                $"Another injury to a {CaseFacts.AgeInWords(state, child, injury.Date)} (earlier: {string.Join(", ", earlier.Distinct().Select(Show))}). Refer to children's social care and hold a strategy discussion by {Show(due)}.",
                KeyOf(recorded.Id, child)));
        }
    }
}
