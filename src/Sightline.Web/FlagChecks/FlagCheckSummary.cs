using Sightline.Storage.Flags;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>A flag check's answer in a sentence or two, as a clinician reads it at triage; the API and a page say the same.</summary>
internal static class FlagCheckSummary
{
    public static string Of(FlagCheckQuery query, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        var plans = "child-protection, looked-after or pre-birth plan";
        return result.Outcome switch
        {
            FlagCheckOutcome.Refused => $"You may not check flags: {result.Refusal}.",
            FlagCheckOutcome.NoRecord => $"No flags: Sightline holds no record of {query.Describe()}, so it knows of no {plans} for this child.",
            FlagCheckOutcome.NoConfidentMatch =>
                $"Not found: no child matches {query.Describe()} confidently, so Sightline cannot say whether this child has a {plans}. Check again with the NHS number.",
            FlagCheckOutcome.NoFlags =>
                $"No flags: no {plans}, active or ended in the last {result.PlanEndedWithinDays} days, for {Names(result)} or anyone in their household.",
            _ => Flagged(result),
        };
    }

    private static string Names(FlagCheckResult result) =>
        Words.List(result.Records.Select(r => r.Person.Name ?? r.Person.Id.Value).Distinct(StringComparer.Ordinal));

    private static string Flagged(FlagCheckResult result) => $"FLAGGED. {FlaggedDetails(result)}";

    /// <summary>What a flagged answer says after "FLAGGED.": the plans, and whom to call.</summary>
    public static string FlaggedDetails(FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var flags = result.Records.SelectMany(r => r.Flags.Select(f => Sentence(r.Person.Name ?? r.Person.Id.Value, f))).Distinct(StringComparer.Ordinal);
        var contacts = result.Records.SelectMany(r => r.Areas).DistinctBy(a => a.LocalAuthority).Select(Contact);
        return $"{string.Join(" ", flags)} Speak to the child's social worker today: {string.Join(" ", contacts)}";
    }

    private static string Sentence(string child, StoredFlag flag)
    {
        var whose = flag.IsOwn ? child : $"{flag.HolderName ?? flag.Holder.Value}, who lives with {child},";
        var when = flag.Ended is { } ended
            ? $"was on a {Words.Plan(flag.Plan)} plan held by {flag.LocalAuthority} until {Words.Date(ended)}."
            : $"is on a {Words.Plan(flag.Plan)} plan held by {flag.LocalAuthority} since {Words.Date(flag.Started)}.";
        return $"{whose} {when}";
    }

    private static string Contact(AreaContacts area)
    {
        if (area.ChildrensSocialCare.Count == 0)
        {
            return $"{area.LocalAuthority} children's social care.";
        }
        return string.Join(" ", area.ChildrensSocialCare.Select(a =>
        {
            var ways = new List<string>();
            if (a.Contact?.Phone is { Length: > 0 } phone)
            {
                ways.Add(phone);
            }
            if (a.Contact?.Email is { Length: > 0 } email)
            {
                ways.Add(email);
            }
            if (a.Contact?.OutOfHoursPhone is { Length: > 0 } outOfHours)
            {
                ways.Add($"out of hours {outOfHours}");
            }
            return ways.Count > 0 ? $"{a.Name}, {string.Join(", ", ways)}." : $"{a.Name}.";
        }));
    }
}
