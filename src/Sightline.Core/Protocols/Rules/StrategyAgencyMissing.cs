using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A strategy discussion that did not invite an agency with recent records about the child or the household.</summary>
public sealed class StrategyAgencyMissing : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "strategy-agency-missing",
        "Agency left out of a strategy discussion",
        "A strategy discussion that did not invite an agency that recorded an event in the last 365 days about the child or a member of the child's household (then or now) — the GP and agencies of other areas included.",
        "Children's social care.",
        "Seek the missing agencies' information now and share the discussion's outcome with them; invite them to the next meeting.",
        "Lily and Bobby (Cumberland): \"the importance of multi-agency invites and attendance\" and \"especially with GPs and involving them in multi-agency planning\". Baby C (Durham): \"All agencies with relevant knowledge of, or involvement with, a child and their family need to be invited to multi-agency meetings\" and engagement of out of area professionals in strategies.",
        "Working Together to Safeguard Children: strategy discussions involve children's social care, police, health and other agencies as appropriate, including the referring agency.",
        ["StrategyLookbackDays"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not StrategyDiscussion strategy)
        {
            yield break;
        }
        var state = context.State;
        var since = strategy.Date.AddDays(-context.Settings.StrategyLookbackDays);
        foreach (var child in strategy.Subjects.Where(state.IsChild))
        {
            // Events about the child or the household of the time, and about today's household members
            // from before they joined: both are agencies with relevant knowledge.
            var people = state.HouseholdOf(child).Append(child).ToHashSet();
            var aboutHouseholdNow = state.History
                .Where(r => r.Sequence < recorded.Sequence && r.Event.Date >= since && r.Event.Subjects.Any(people.Contains))
                .Select(r => r.Event.Agency);
            var aboutHouseholdThen = state.LastRecordedAbout(child).Where(a => a.Value >= since).Select(a => a.Key);
            var missing = aboutHouseholdNow.Concat(aboutHouseholdThen)
                .Distinct()
                .Where(a => !strategy.Invited.Contains(a) && a != strategy.Agency)
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            var notify = ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare).Prepend(strategy.Agency)
                .Where(a => state.AgencyOf(a).Kind == AgencyKind.ChildrensSocialCare);
            var names = string.Join(", ", missing.Select(a => AgencyName(context, a)));
            yield return new Decision.Raise(Raise(context, [child], notify, context.Today,
                $"The strategy discussion did not invite {names}, who recorded events about the child or household in the last {context.Settings.StrategyLookbackDays} days. Seek their information and share the outcome today.",
                KeyOf(recorded.Id, child)));
        }
    }
}
